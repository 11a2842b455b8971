import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { ROLES, type Role } from '@crm/contracts';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

export class UserFields {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{2,50}$/, { message: 'username: 2–50 letters, digits, - _ .' })
  username?: string;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptionalNotNull()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  teamId?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  /** 企业微信/钉钉 style robot URL for this user's reminders. */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  webhookUrl?: string | null;

  /** false disables the account: no login, existing sessions end within seconds. */
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  /** Set on create or to change it; stored only as an argon2id hash. */
  @ApiPropertyOptional({ format: 'password', writeOnly: true })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(200)
  password?: string;

  /** The chains a chain manager manages (chain_manager rows); replaces the whole set when given. */
  @ApiPropertyOptional({ type: [Number] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  chainIds?: number[];
}

export class CreateUserDto extends UserFields {
  @ApiProperty({ required: true }) @Required() override username: string;
  @ApiProperty({ required: true }) @Required() override displayName: string;
  @ApiProperty({ enum: ROLES, required: true }) @Required() override role: Role;
  @ApiProperty({ required: true }) @Required() override password: string;
}

export class UpdateUserDto extends Versioned(UserFields) {}
