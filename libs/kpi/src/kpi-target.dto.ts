import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsOptionalNotNull, Required } from '@crm/chain-map';
import { SourceRefDto } from '@crm/firms';

export class KpiTargetFields {
  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(100)
  metric?: string;

  @IsOptional() @IsString() @MaxLength(50)
  category?: string | null;

  /** 万元, 亿元, 家, 人, % … as the plan states it. */
  @IsOptionalNotNull() @IsString() @IsNotEmpty() @MaxLength(20)
  unit?: string;

  /** null: the plan as a whole. */
  @IsOptional() @IsInt() @Min(1)
  chainId?: number | null;

  @IsOptionalNotNull() @IsInt() @Min(1900) @Max(2100)
  year?: number;

  @IsOptionalNotNull() @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false }) @Min(-1e13) @Max(1e13)
  value?: number;

  /** Where the figure comes from; defaults to a note that it was entered by hand. */
  @IsOptionalNotNull() @ValidateNested() @Type(() => SourceRefDto)
  source?: SourceRefDto;
}

export class CreateKpiTargetDto extends KpiTargetFields {
  @IsDefined() @IsInt() @Min(1)
  planId: number;

  @Required() override metric: string;
  @Required() override unit: string;
  @Required() override year: number;
  @Required() override value: number;
}

export class UpdateKpiTargetDto extends KpiTargetFields {
  @IsDefined() @IsInt() @Min(1) @Max(2147483647)
  version: number;

  @IsOptional() @IsInt()
  id?: number;
}
