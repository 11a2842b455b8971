import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import { notFound } from '@crm/http';
import { kpiFact, kpiProgress } from './kpi.rules';
import { round, wanToYi } from './rates.util';
import { LANDED_ON_SQL, namedQuery, targetConditions } from './target-filter';

export class KpiQueryDto {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(2 ** 31 - 1)
  planId?: number;

  @ApiPropertyOptional({ description: 'plan year; default the current year in Asia/Shanghai' }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100)
  year?: number;
}

interface KpiRow {
  id: number;
  plan_id: number;
  metric: string;
  category: string | null;
  unit: string;
  chain_id: number | null;
  chain_name: string | null;
  value: string;
  base_value: string | null;
  source: unknown;
}

interface Landed {
  chain_id: number | null;
  firms: number;
  lead_firms: number;
  output: string | null;
}

/** Plan targets (kpi_target) against what the pipeline shows landed; see kpi.rules for the derivation. */
@Injectable()
export class KpiService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async targetsVsActuals(ctx: UserContext, q: KpiQueryDto) {
    const year = q.year ?? (await this.currentYear());
    const plans: { id: number; code: string; title: string; region: string; base_year: number | null }[] = await this.db.query(
      `SELECT id, code, title, region, base_year FROM plan WHERE ($1::int IS NULL OR id = $1) ORDER BY id`,
      [q.planId ?? null],
    );
    if (q.planId !== undefined && plans.length === 0) throw notFound('Plan', '规划');
    const out = [];
    for (const plan of plans) {
      const rows: KpiRow[] = await this.db.query(
        `SELECT k.id, k.plan_id, k.metric, k.category, k.unit, k.chain_id, c.name AS chain_name, k.value, b.value AS base_value, k.source
           FROM kpi_target k
           LEFT JOIN chain c ON c.id = k.chain_id
           LEFT JOIN kpi_target b ON b.plan_id = k.plan_id AND b.metric = k.metric AND b.chain_id IS NOT DISTINCT FROM k.chain_id AND b.year = $3
          WHERE k.plan_id = $1 AND k.year = $2
          ORDER BY k.chain_id NULLS FIRST, c.sort_order, k.id`,
        [plan.id, year, plan.base_year],
      );
      const landed = plan.base_year === null ? [] : await this.landedSince(ctx, plan.id, plan.base_year, year);
      const items = rows.map((r) => {
        const fact = kpiFact(r.metric, r.chain_id);
        const l = landed.find((x) => x.chain_id === r.chain_id);
        const increment = !l || !fact ? 0 : fact === 'leadFirms' ? l.lead_firms : fact === 'firms' ? l.firms : wanToYi(Number(l.output ?? 0));
        const baseValue = r.base_value === null ? null : Number(r.base_value);
        return {
          id: r.id,
          metric: r.metric,
          category: r.category,
          unit: r.unit,
          chainId: r.chain_id,
          chain: r.chain_name,
          year,
          target: Number(r.value),
          baseYear: plan.base_year,
          baseValue,
          landedSinceBaseYear: fact && baseValue !== null ? round(increment, 4) : null,
          ...kpiProgress({ target: Number(r.value), fact, baseValue, increment }),
          source: r.source,
        };
      });
      out.push({ plan: { id: plan.id, code: plan.code, title: plan.title, region: plan.region, baseYear: plan.base_year }, year, items });
    }
    return out;
  }

  /** Landed targets of the plan's chains, landed after the base year up to the year: per chain and overall (ROLLUP). */
  private landedSince(ctx: UserContext, planId: number, baseYear: number, year: number): Promise<Landed[]> {
    const c = targetConditions(ctx, {});
    const landedYear = `extract(year FROM ${LANDED_ON_SQL('t')})`;
    return namedQuery<Landed>(
      this.db,
      `SELECT t.chain_id, count(DISTINCT t.firm_id)::int AS firms,
              count(DISTINCT t.firm_id) FILTER (WHERE f.tags && ARRAY['龙头', '链主']::text[])::int AS lead_firms,
              sum(t.signed_output) AS output
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain ch ON ch.id = t.chain_id
        WHERE ${c.sql} AND ch.plan_id = :planId AND t.stage = 'landed' AND ${landedYear} > :baseYear AND ${landedYear} <= :upToYear
        GROUP BY ROLLUP (t.chain_id)`,
      { ...c.params, planId, baseYear, upToYear: year },
    );
  }

  private async currentYear(): Promise<number> {
    const [r] = await this.db.query(`SELECT extract(year FROM now() AT TIME ZONE 'Asia/Shanghai')::int AS y`);
    return r.y;
  }
}
