import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsOptionalNotNull, Required } from '@crm/chain-map';
import { CARRIER_TYPES, type CarrierType } from './carrier.entity';

export const AREA_UNITS = ['m2', '亩', '万方'] as const;
const AREA = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false } as const;

export class OutputTargetDto {
  @IsNumber(AREA) @Min(0) @Max(1e12)
  value: number;

  @IsString() @IsNotEmpty() @MaxLength(20)
  unit: string;

  @IsOptional() @IsInt() @Min(1900) @Max(2100)
  year?: number;

  @IsOptional() @IsString() @MaxLength(500)
  note?: string;
}

export class CarrierFields {
  @IsOptional() @IsInt() @Min(1)
  planId?: number | null;

  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @IsOptionalNotNull() @IsIn(CARRIER_TYPES)
  type?: CarrierType;

  @IsOptional() @IsInt() @Min(1)
  chainId?: number | null;

  /** The plan's own figure, in `areaUnit` (亩 stays 亩). */
  @IsOptional() @IsNumber(AREA) @Min(0) @Max(1e12)
  totalArea?: number | null;

  @IsOptional() @IsIn(AREA_UNITS)
  areaUnit?: (typeof AREA_UNITS)[number] | null;

  @IsOptional() @IsNumber(AREA) @Min(0) @Max(1e12)
  totalAreaM2?: number | null;

  /** Space left to allocate, m²; landings take from it. */
  @IsOptional() @IsNumber(AREA) @Min(0) @Max(1e12)
  availableAreaM2?: number | null;

  @IsOptional() @IsObject() @ValidateNested() @Type(() => OutputTargetDto)
  outputTarget?: OutputTargetDto | null;

  @IsOptional() @IsString() @MaxLength(5000)
  notes?: string | null;
}

export class CreateCarrierDto extends CarrierFields {
  @Required() override name: string;
  @Required() override type: CarrierType;
}

export class UpdateCarrierDto extends CarrierFields {
  @IsDefined() @IsInt() @Min(1) @Max(2147483647)
  version: number;

  @IsOptional() @IsInt()
  id?: number;
}
