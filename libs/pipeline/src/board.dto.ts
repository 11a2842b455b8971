import { Injectable, PipeTransform } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { invalidField, QueryInt } from '@crm/http';
import { STAGES, type Stage } from './stage';
import { TargetFieldFilterDto } from './target-filter.dto';

export const BOARD_MAX_PAGE = 500;

/** Filters the board shares with its per-column paging (query string, so numbers are converted). */
export class BoardFilterDto extends TargetFieldFilterDto {
  @ApiPropertyOptional({ description: 'Any fragment of the firm name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class BoardQueryDto extends BoardFilterDto {
  @ApiPropertyOptional({ default: 50, description: 'Cards per column; page further with /pipeline/board/:stage' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  @Max(BOARD_MAX_PAGE)
  perColumn?: number;
}

export class BoardColumnQueryDto extends BoardFilterDto {
  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ default: 50, maximum: BOARD_MAX_PAGE })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(BOARD_MAX_PAGE)
  limit?: number;
}

/** `:stage` in a path: one of the six stages, else a 400 naming it. */
@Injectable()
export class StagePipe implements PipeTransform<string, Stage> {
  transform(value: string): Stage {
    if (!(STAGES as readonly string[]).includes(value))
      throw invalidField('stage', 'isIn', `stage must be one of ${STAGES.join(', ')}`, `阶段必须是 ${STAGES.join('、')} 之一`);
    return value as Stage;
  }
}
