import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { QueryInt } from '@crm/http';
import { RECRUITMENT_METHODS, STAGES, type RecruitmentMethod, type Stage } from './stage';

/** Chain, owner and method: the filters the board, the cockpit and the exports all take (one value each, from the query string). */
export class TargetFieldFilterDto {
  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(2 ** 31 - 1)
  chainId?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(2 ** 31 - 1)
  ownerId?: number;

  @ApiPropertyOptional({ enum: RECRUITMENT_METHODS })
  @IsOptional()
  @IsIn(RECRUITMENT_METHODS)
  method?: RecruitmentMethod;
}

/** The filters every cockpit figure and export accepts, on top of the caller's read scope. */
export class TargetFilterDto extends TargetFieldFilterDto {
  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;
}
