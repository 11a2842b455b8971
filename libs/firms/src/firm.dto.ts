import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FIRM_TAGS, type FirmTag, REGISTRY_SOURCES, type RegistrySource } from './firm.entity';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

/** 统一社会信用代码: 18 characters, digits and capitals without I, O, S, V, Z (GB 32100-2015). */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** YYYY-MM-DD, a real calendar date; null clears it. */
const day = (field: string) => (target: object, key: string) => {
  ApiPropertyOptional({ type: String, example: '2015-04-20', nullable: true, description: 'YYYY-MM-DD' })(target, key);
  IsOptional()(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
  IsISO8601({ strict: true }, { message: `${field} must be a real date YYYY-MM-DD` })(target, key);
};

/** Optional text up to `max` characters; null clears it. */
const text = (max: number) => (target: object, key: string) => {
  ApiPropertyOptional({ type: String, nullable: true, maxLength: max })(target, key);
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(max)(target, key);
};

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

  // Registry fields (工商登记信息)
  /** 法定代表人 */
  @text(100) legalRepresentative?: string | null;
  /** 成立日期 */
  @day('establishedOn') establishedOn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '注册资本, 万元 (CNY)' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'registeredCapital must be a number with at most 2 decimals (万元)' })
  @Min(0)
  @Max(99_999_999_999_999)
  registeredCapital?: number | null;

  /** 注册资本 as written when the currency is not CNY (e.g. 500万美元) */
  @text(100) registeredCapitalText?: string | null;
  /** 企业类型 */
  @text(100) firmType?: string | null;
  /** 所属行业 */
  @text(200) industry?: string | null;
  /** 注册地址 */
  @text(500) registeredAddress?: string | null;
  /** 经营范围 */
  @text(20000) businessScope?: string | null;

  @ApiPropertyOptional({ enum: REGISTRY_SOURCES, nullable: true, description: 'the registry export that last wrote the registry fields' })
  @IsOptional()
  @IsIn(REGISTRY_SOURCES)
  registrySource?: RegistrySource | null;

  @day('registryExportedOn') registryExportedOn?: string | null;
}

export class CreateFirmDto extends FirmFields {
  @ApiProperty({ required: true }) @Required() override name: string;
}

export class UpdateFirmDto extends Versioned(FirmFields) {}
