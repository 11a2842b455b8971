import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FIRM_TAGS, type FirmTag } from './firm.entity';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

/** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z (GB 32100-2015). */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export class SourceRefDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  document: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  section: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  quote?: string;
}

export class FirmFields {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  fullName?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, example: '91500103MA5U000000', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(CREDIT_CODE, { message: 'creditCode must be an 18-character unified social credit code' })
  creditCode?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  hqCity?: string | null;

  @ApiPropertyOptional({ enum: FIRM_TAGS, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(FIRM_TAGS, { each: true })
  tags?: FirmTag[];

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  profile?: string | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  isLocal?: boolean;

  /** The chain links the firm works in (firm_chain_link); replaces the whole set when given. */
  @ApiPropertyOptional({ type: [Number] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  chainLinkIds?: number[];

  @ApiPropertyOptional({ type: () => SourceRefDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceRefDto)
  source?: SourceRefDto | null;
}

export class CreateFirmDto extends FirmFields {
  @ApiProperty({ required: true }) @Required() override name: string;
}

export class UpdateFirmDto extends Versioned(FirmFields) {}
