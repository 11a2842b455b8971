import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { RECRUITMENT_METHODS, STAGES, type RecruitmentMethod, type Stage } from './stage';
import { IsDateTime } from '@crm/http';

const MAX_WAN = 9_999_999_999.99; // numeric(14,2), 万元
const MAX_M2 = 9_999_999_999.99; // numeric(12,2) would allow 10^10; landing/space in m²
const MAX_ID = 2 ** 31 - 1;
const money = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };

/** Fields shared by create and edit; null clears an optional field on edit. */
class TargetFieldsDto {
  @ApiPropertyOptional({ description: '预计投资额 (万元)' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_WAN)
  expectedInvestment?: number | null;

  @ApiPropertyOptional({ description: '预计年产值 (万元)' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_WAN)
  expectedOutput?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  expectedJobs?: number | null;

  @ApiPropertyOptional({ description: 'Space needed, m²' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_M2 / 10)
  spaceNeeded?: number | null;

  @ApiPropertyOptional({ enum: RECRUITMENT_METHODS })
  @IsOptional()
  @IsIn(RECRUITMENT_METHODS)
  method?: RecruitmentMethod | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  @ApiPropertyOptional({ description: 'Owner (a promoter or chain manager); default the caller' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  ownerId?: number;
}

export class CreateTargetDto extends TargetFieldsDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  firmId: number;

  @ApiProperty({ description: 'The chain link the firm is recruited for; the chain follows from it' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  chainLinkId: number;
}

export class UpdateTargetDto extends TargetFieldsDto {
  @ApiProperty({ description: 'The version the caller read; a newer one on the server → 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;

  @ApiPropertyOptional({ description: 'Move to another link (same firm)' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  chainLinkId?: number;

  @ApiPropertyOptional({ description: 'Win probability %, defaulted from the stage on each transition' })
  @ValidateIf((_o, v) => v !== undefined)
  @IsInt()
  @Min(0)
  @Max(100)
  probability?: number;

  /** Accepted only when unchanged (forms send the whole record); a stage changes through transitions. */
  @ApiPropertyOptional({ enum: STAGES, description: 'Must equal the current stage; use POST /targets/:id/transitions' })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;
}

export class TransitionDto {
  @ApiProperty({ enum: STAGES })
  @IsIn(STAGES)
  to: Stage;

  @ApiPropertyOptional({ description: 'Needed when skipping forward, going back, pausing, losing or reopening' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;

  @ApiPropertyOptional({ description: '签约投资额 (万元), required when signing' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_WAN)
  signedInvestment?: number;

  @ApiPropertyOptional({ description: '签约年产值 (万元)' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_WAN)
  signedOutput?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  signedJobs?: number;

  @ApiPropertyOptional({ description: 'm²' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_M2 / 10)
  signedSpace?: number;

  @ApiPropertyOptional({ description: '签约日期 YYYY-MM-DD (Asia/Shanghai), when signing; default today' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'signedOn must be a date YYYY-MM-DD' })
  @IsDateTime()
  signedOn?: string;

  @ApiPropertyOptional({ description: 'Carrier (楼宇/园区), required when landing' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  carrierId?: number;

  @ApiPropertyOptional({ description: 'Area taken, m², required when landing' })
  @IsOptional()
  @IsNumber(money)
  @Min(0)
  @Max(MAX_M2 / 10)
  area?: number;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD, default today in Asia/Shanghai' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'landedOn must be a date YYYY-MM-DD' })
  @IsDateTime()
  landedOn?: string;

  @ApiPropertyOptional({
    description:
      "撤销: takes back the caller's own latest move of this target (within a minute) by moving it back to the stage it left; reason defaults to 撤销",
  })
  @IsOptional()
  @IsBoolean()
  undo?: boolean;
}

export class FollowUpDto {
  @ApiProperty({ nullable: true, description: 'When the next follow-up is due (ISO 8601); null clears it' })
  @ValidateIf((o: FollowUpDto) => o.at !== null)
  @IsDateTime()
  at: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  version: number;
}
