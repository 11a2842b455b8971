import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { SourceRefDto } from '@crm/firms';
import { IsOptionalNotNull, Required, Versioned } from '@crm/http';

export class KpiTargetFields {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  metric?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  category?: string | null;

  /** 万元, 亿元, 家, 人, % … as the plan states it. */
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  unit?: string;

  /** null: the plan as a whole. */
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null: plan-wide' })
  @IsOptional()
  @IsInt()
  @Min(1)
  chainId?: number | null;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsInt()
  @Min(1900)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false })
  @Min(-1e13)
  @Max(1e13)
  value?: number;

  /** Where the figure comes from; defaults to a note that it was entered by hand. */
  @ApiPropertyOptional({ type: () => SourceRefDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => SourceRefDto)
  source?: SourceRefDto;
}

export class CreateKpiTargetDto extends KpiTargetFields {
  @ApiProperty()
  @IsDefined()
  @IsInt()
  @Min(1)
  planId: number;

  @ApiProperty({ required: true }) @Required() override metric: string;
  @ApiProperty({ required: true }) @Required() override unit: string;
  @ApiProperty({ required: true }) @Required() override year: number;
  @ApiProperty({ required: true }) @Required() override value: number;
}

export class UpdateKpiTargetDto extends Versioned(KpiTargetFields) {}
