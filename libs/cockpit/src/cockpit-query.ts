import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsDateTime, parseDateTime, QueryInt } from '@crm/http';
import { TargetFilterDto } from '@crm/pipeline';

/** Cockpit query: filters, plus the period for flow figures and the year for yearly totals. */
export class CockpitQueryDto extends TargetFilterDto {
  @ApiPropertyOptional({ description: 'period start (ISO 8601); default 365 days before `to`' })
  @IsOptional()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ description: 'period end, exclusive (ISO 8601); default now' })
  @IsOptional()
  @IsDateTime()
  to?: string;

  @ApiPropertyOptional({ description: 'calendar year in Asia/Shanghai; default the current one' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export interface Period {
  from: Date;
  to: Date;
}

const DAY = 86_400_000;

/** The flow period asked for; a reversed period is a 400, not an empty answer. */
export function periodOf(q: { from?: string; to?: string }, now = new Date()): Period | { error: string } {
  const to = q.to ? parseDateTime(q.to, 'to') : now;
  const from = q.from ? parseDateTime(q.from, 'from') : new Date(to.getTime() - 365 * DAY);
  if (!(from.getTime() < to.getTime())) return { error: 'from must be before to' };
  return { from, to };
}
