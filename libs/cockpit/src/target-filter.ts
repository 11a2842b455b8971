import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import { targetReadScope, type UserContext } from '@crm/access';
import { IsDateTime, parseDateTime, QueryInt } from '@crm/http';
import { RECRUITMENT_METHODS, STAGES, type Stage } from '@crm/pipeline';

/** The filters every cockpit figure and export accepts, on top of the caller's read scope. */
export class TargetFilterDto {
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
  method?: string;

  @ApiPropertyOptional({ enum: STAGES })
  @IsOptional()
  @IsIn(STAGES)
  stage?: Stage;
}

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

/** The caller's read scope AND the filters, as one SQL condition over the target alias. */
export function targetConditions(ctx: UserContext, f: TargetFilterDto, alias = 't'): { sql: string; params: Record<string, unknown> } {
  const scope = targetReadScope(ctx, alias);
  const parts = [scope.sql];
  const params: Record<string, unknown> = { ...scope.params };
  const add = (sql: string, name: string, value: unknown) => {
    parts.push(sql);
    params[name] = value;
  };
  if (f.chainId !== undefined) add(`${alias}.chain_id = :fChainId`, 'fChainId', f.chainId);
  if (f.ownerId !== undefined) add(`${alias}.owner_id = :fOwnerId`, 'fOwnerId', f.ownerId);
  if (f.method !== undefined) add(`${alias}.method = :fMethod`, 'fMethod', f.method);
  if (f.stage !== undefined) add(`${alias}.stage = :fStage`, 'fStage', f.stage);
  return { sql: parts.map((p) => `(${p})`).join(' AND '), params };
}

/** Runs SQL with :named parameters (the form targetReadScope speaks) on a DataSource or transaction. */
export function namedQuery<T>(db: DataSource | EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const ds = 'manager' in db ? db : db.dataSource;
  const [text, values] = ds.driver.escapeQueryWithParameters(sql, params);
  return db.query(text, values);
}

/** The date a target landed: its landing record, else the day (Shanghai) it entered `landed`. */
export const LANDED_ON_SQL = (alias = 't') =>
  `COALESCE((SELECT l.landed_on FROM landing l WHERE l.target_id = ${alias}.id), (SELECT min(sc.at AT TIME ZONE 'Asia/Shanghai')::date FROM stage_change sc WHERE sc.target_id = ${alias}.id AND sc.to_stage = 'landed'))`;

/** LANDED_ON_SQL for a query that already joins the target's landing (LEFT JOIN landing `landing`): one hash join instead of a lookup per target. */
export const LANDED_ON_JOINED_SQL = (alias = 't', landing = 'l') =>
  `COALESCE(${landing}.landed_on, (SELECT min(sc.at AT TIME ZONE 'Asia/Shanghai')::date FROM stage_change sc WHERE sc.target_id = ${alias}.id AND sc.to_stage = 'landed'))`;
