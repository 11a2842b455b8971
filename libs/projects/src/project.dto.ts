import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IsOptionalNotNull, QueryInt, Required } from '@crm/http';

const MAX_WAN = 9_999_999_999.99; // numeric(14,2), 万元
const MAX_ID = 2 ** 31 - 1;
const money = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };

/** YYYY-MM-DD, a real calendar date. */
const day = (field: string, nullable: boolean) => (target: object, key: string) => {
  ApiPropertyOptional({ example: '2026-06-30', nullable, description: 'YYYY-MM-DD (Asia/Shanghai)' })(target, key);
  (nullable ? IsOptional() : IsOptionalNotNull())(target, key);
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
  IsISO8601({ strict: true }, { message: `${field} must be a real date YYYY-MM-DD` })(target, key);
};

/** PUT a milestone's planned and/or actual date; null clears one. */
export class MilestoneDto {
  @day('plannedOn', true) plannedOn?: string | null;
  @day('actualOn', true) actualOn?: string | null;

  @ApiProperty({ description: 'The version you read; a newer one → 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;
}

/** A funds tranche (到位资金) as edited; absent fields keep their value. */
export class FundFieldsDto {
  @day('arrivedOn', false) arrivedOn?: string;

  @ApiPropertyOptional({ description: '万元, more than 0' })
  @IsOptionalNotNull()
  @IsNumber(money, { message: 'amount must be a number with at most 2 decimals (万元)' })
  @Min(0.01, { message: 'amount must be more than 0 (万元)' })
  @Max(MAX_WAN)
  amount?: number;

  @ApiPropertyOptional({ example: '企业自有资金' })
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty({ message: 'source must not be empty' })
  @MaxLength(100)
  source?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

export class CreateFundDto extends FundFieldsDto {
  @ApiProperty({ required: true }) @Required() override arrivedOn: string;
  @ApiProperty({ required: true }) @Required() override amount: number;
  @ApiProperty({ required: true }) @Required() override source: string;
}

export class UpdateFundDto extends FundFieldsDto {
  @ApiProperty({ description: 'The version you read; a newer one → 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;
}

/** DELETE …/funds/:fundId?version=N */
export class VersionQuery {
  @ApiProperty({ description: 'The version you read; a newer one → 409', minimum: 1 })
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;
}

/** PUT a year's actual output, tax (万元) and jobs; null clears one. */
export class ProjectYearDto {
  @ApiPropertyOptional({ description: '实际产值, 万元', nullable: true })
  @IsOptional()
  @IsNumber(money)
  @Min(0, { message: 'output must not be below 0' })
  @Max(MAX_WAN)
  output?: number | null;

  @ApiPropertyOptional({ description: '实际税收, 万元', nullable: true })
  @IsOptional()
  @IsNumber(money)
  @Min(0, { message: 'tax must not be below 0' })
  @Max(MAX_WAN)
  tax?: number | null;

  @ApiPropertyOptional({ description: '实际就业人数', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'jobs must not be below 0' })
  @Max(10_000_000)
  jobs?: number | null;

  @ApiPropertyOptional({ description: 'The version you read (absent for a year not recorded yet); a newer one → 409', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version?: number | null;
}
