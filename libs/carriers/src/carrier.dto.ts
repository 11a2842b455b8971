import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CARRIER_TYPES, type CarrierType } from './carrier.entity';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

export const AREA_UNITS = ['m2', '亩', '万方'] as const;
const AREA = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false } as const;

export class OutputTargetDto {
  @ApiProperty()
  @IsNumber(AREA)
  @Min(0)
  @Max(1e12)
  value: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  unit: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class CarrierFields {
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  planId?: number | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: CARRIER_TYPES })
  @IsOptionalNotNull()
  @IsIn(CARRIER_TYPES)
  type?: CarrierType;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  chainId?: number | null;

  /** The plan's own figure, in `areaUnit` (亩 stays 亩). */
  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber(AREA)
  @Min(0)
  @Max(1e12)
  totalArea?: number | null;

  @ApiPropertyOptional({ enum: AREA_UNITS, nullable: true })
  @IsOptional()
  @IsIn(AREA_UNITS)
  areaUnit?: (typeof AREA_UNITS)[number] | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber(AREA)
  @Min(0)
  @Max(1e12)
  totalAreaM2?: number | null;

  /** Space left to allocate, m²; landings take from it. */
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'm²' })
  @IsOptional()
  @IsNumber(AREA)
  @Min(0)
  @Max(1e12)
  availableAreaM2?: number | null;

  @ApiPropertyOptional({ type: () => OutputTargetDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OutputTargetDto)
  outputTarget?: OutputTargetDto | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

export class CreateCarrierDto extends CarrierFields {
  @ApiProperty({ required: true }) @Required() override name: string;
  @ApiProperty({ required: true }) @Required() override type: CarrierType;
}

export class UpdateCarrierDto extends Versioned(CarrierFields) {}
