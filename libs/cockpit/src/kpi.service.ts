import { Injectable } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import { IdFilter, notFound, QueryInt } from '@crm/http';
import { headlineYear, kpiFact, kpiProgress } from './kpi.rules';
import { landedAfterBaseYear, type Landing, type LandedYear } from './landings.rules';
import { round, wanToYi } from './rates.util';
import { namedQuery } from '@crm/database';
import { LANDED_ON_SQL, targetConditions } from '@crm/pipeline';
import { TIME_ZONE } from '@crm/time';
import type { KpiPlanProgress, KpiPlanYear, KpiYearItem } from '@crm/contracts';

export class KpiQueryDto {
  @IdFilter() planId?: number;

  @ApiPropertyOptional({ description: 'plan year; default the current year in Asia/Shanghai' })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

interface KpiRow {
  id: number;
  metric: string;
  category: string | null;
  unit: string;
  chain_id: number | null;
  chain_name: string | null;
  year: number;
  value: string;
  source: unknown;
}

interface LandingRow {
  firm_id: number;
  chain_id: number;
  year: number;
  lead_firm: boolean;
  output: string | null;
}

interface PlanRow {
  id: number;
  code: string;
  title: string;
  region: string;
  base_year: number | null;
  start_year: number | null;
  end_year: number | null;
}

export type { KpiPlanProgress, KpiYearItem } from '@crm/contracts';

/** Plan targets (kpi_target) against what the pipeline shows landed; see kpi.rules for the derivation. */
@Injectable()
export class KpiService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One year of every plan (default: each plan's headline year), the cockpit's KPI card. */
  async targetsVsActuals(ctx: UserContext, q: KpiQueryDto): Promise<KpiPlanYear[]> {
    const plans = await this.plansProgress(ctx, q.planId);
    return plans.map((p) => {
      const year = q.year ?? p.headlineYear ?? 0;
      return { plan: p.plan, year, items: p.items.filter((i) => i.year === year) };
    });
  }

  /** Every year of every plan (or one plan): the KPI view. */
  async plansProgress(ctx: UserContext, planId?: number): Promise<KpiPlanProgress[]> {
    const currentYear = await this.currentYear();
    const plans: PlanRow[] = await this.db.query(
      `SELECT id, code, title, region, base_year, start_year, end_year FROM plan WHERE ($1::int IS NULL OR id = $1) ORDER BY id`,
      [planId ?? null],
    );
    if (planId !== undefined && plans.length === 0) throw notFound('Plan', '规划');
    const out: KpiPlanProgress[] = [];
    for (const plan of plans) {
      const rows: KpiRow[] = await this.db.query(
        `SELECT k.id, k.metric, k.category, k.unit, k.chain_id, c.name AS chain_name, k.year, k.value, k.source
           FROM kpi_target k LEFT JOIN chain c ON c.id = k.chain_id
          WHERE k.plan_id = $1
          ORDER BY k.chain_id NULLS FIRST, c.sort_order, k.metric, k.year, k.id`,
        [plan.id],
      );
      const landed = plan.base_year === null ? [] : landedAfterBaseYear(await this.landings(ctx, plan.id), plan.base_year);
      const base = new Map<string, number>();
      for (const r of rows) if (r.year === plan.base_year) base.set(`${r.metric}|${r.chain_id}`, Number(r.value));
      const items = rows.map((r): KpiYearItem => {
        const fact = kpiFact(r.metric, r.chain_id);
        const upTo = landed.filter((l) => l.year <= r.year && l.chainId === r.chain_id);
        const sum = (f: (l: LandedYear) => number) => upTo.reduce((acc, l) => acc + f(l), 0);
        const increment = !fact ? 0 : fact === 'leadFirms' ? sum((l) => l.leadFirms) : fact === 'firms' ? sum((l) => l.firms) : wanToYi(sum((l) => l.output));
        const baseValue = base.get(`${r.metric}|${r.chain_id}`) ?? null;
        const target = Number(r.value);
        return {
          id: r.id,
          metric: r.metric,
          category: r.category,
          unit: r.unit,
          chainId: r.chain_id,
          chain: r.chain_name,
          year: r.year,
          target,
          baseYear: plan.base_year,
          baseValue,
          tracked: fact !== null,
          landedSinceBaseYear: fact && baseValue !== null ? round(increment, 4) : null,
          ...kpiProgress({ target, fact, baseValue, increment, isBaseYear: r.year === plan.base_year }),
          source: r.source,
        };
      });
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      out.push({
        plan: {
          id: plan.id,
          code: plan.code,
          title: plan.title,
          region: plan.region,
          baseYear: plan.base_year,
          startYear: plan.start_year,
          endYear: plan.end_year,
        },
        years,
        headlineYear:
          headlineYear(
            years.filter((y) => y !== plan.base_year),
            currentYear,
          ) ?? headlineYear(years, currentYear),
        items,
      });
    }
    return out;
  }

  /** Every landed target of the plan's chains the caller may see, with its landing year (landings.rules counts them). */
  private async landings(ctx: UserContext, planId: number): Promise<Landing[]> {
    const c = targetConditions(ctx, {});
    const rows = await namedQuery<LandingRow>(
      this.db,
      `SELECT t.firm_id, t.chain_id, extract(year FROM ${LANDED_ON_SQL('t')})::int AS year,
              f.tags && ARRAY['龙头', '链主']::text[] AS lead_firm, t.signed_output AS output
         FROM target t JOIN firm f ON f.id = t.firm_id JOIN chain ch ON ch.id = t.chain_id
        WHERE ${c.sql} AND ch.plan_id = :planId AND t.stage = 'landed'`,
      { ...c.params, planId },
    );
    return rows.map((r) => ({ firmId: r.firm_id, chainId: r.chain_id, year: r.year, leadFirm: r.lead_firm, output: Number(r.output ?? 0) }));
  }

  private async currentYear(): Promise<number> {
    const [r] = await this.db.query(`SELECT extract(year FROM now() AT TIME ZONE '${TIME_ZONE}')::int AS y`);
    return r.y;
  }
}
