import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

/** Digits with the usual separators and an optional leading +: 138 0000 0000, 023-6378 0000, +86 … */
export const PHONE = /^\+?[0-9][0-9 ()-]{4,38}$/;

export class ContactPersonFields {
  @ApiPropertyOptional({ example: '王总' })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '西南区域总经理' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '138 0000 0000' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(PHONE, { message: 'phone must be a phone number (digits, spaces, -, + and brackets)' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'WeChat ID' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  wechat?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;

  /** The promoter who knows the person; defaults to whoever adds them. */
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2 ** 31 - 1)
  knownById?: number | null;
}

export class CreateContactPersonDto extends ContactPersonFields {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2 ** 31 - 1)
  firmId: number;

  @ApiProperty({ required: true }) @Required() override name: string;
}

export class UpdateContactPersonDto extends Versioned(ContactPersonFields) {}
