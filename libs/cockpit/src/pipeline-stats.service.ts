import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { UserContext } from '@crm/access';
import type { ConversionStep, FunnelStep, TimeInStage } from '@crm/contracts';
import { namedQuery } from '@crm/database';
import { FORWARD_STAGES, LANDED_ON_JOINED_SQL, STAGE_LABELS, STAGES, targetConditions, type Stage, type TargetFilterDto } from '@crm/pipeline';
import { TIME_ZONE } from '@crm/time';
import { windowDelta } from './cache/cache-keys';
import { pipelineVelocity, ratio, round } from './rates.util';
import type { Period } from './cockpit-query';

export type { ConversionStep, FunnelStep, TimeInStage } from '@crm/contracts';

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/** Funnel, conversion, time in stage, velocity and yearly totals: one SQL aggregate each. */
@Injectable()
export class PipelineStatsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async funnel(ctx: UserContext, f: TargetFilterDto): Promise<FunnelStep[]> {
    const c = targetConditions(ctx, f);
    const rows = await namedQuery<{ stage: Stage; count: number; investment: string }>(
      this.db,
      `SELECT t.stage, count(*)::int AS count, COALESCE(sum(t.expected_investment), 0) AS investment
         FROM target t WHERE ${c.sql} GROUP BY t.stage`,
      c.params,
    );
    return STAGES.map((stage) => {
      const r = rows.find((x) => x.stage === stage);
      return { stage, label: STAGE_LABELS[stage], count: r?.count ?? 0, expectedInvestment: num(r?.investment) };
    });
  }

  /**
   * Of the targets that entered stage X within the period (first entry in the period), the share
   * that afterwards reached X+1 or a later forward stage, at any time up to now.
   */
  async conversion(ctx: UserContext, f: TargetFilterDto, p: Period): Promise<ConversionStep[]> {
    const c = targetConditions(ctx, f);
    const rows = await namedQuery<{ stage: Stage; entered: number; advanced: number }>(
      this.db,
      `WITH entered AS (
         SELECT DISTINCT ON (sc.target_id, sc.to_stage) sc.id, sc.target_id, sc.to_stage AS stage, sc.at
           FROM stage_change sc JOIN target t ON t.id = sc.target_id
          WHERE ${c.sql} AND sc.to_stage IN ('lead', 'contact', 'signed') AND sc.at >= :pFrom AND sc.at < :pTo
          ORDER BY sc.target_id, sc.to_stage, sc.at, sc.id)
       SELECT e.stage, count(*)::int AS entered,
              (count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM stage_change n
                  WHERE n.target_id = e.target_id AND (n.at, n.id) > (e.at, e.id)
                    AND n.to_stage = ANY (CASE e.stage WHEN 'lead' THEN ARRAY['contact', 'signed', 'landed']
                                                       WHEN 'contact' THEN ARRAY['signed', 'landed']
                                                       ELSE ARRAY['landed'] END))))::int AS advanced
         FROM entered e GROUP BY e.stage`,
      { ...c.params, pFrom: p.from, pTo: p.to },
    );
    return FORWARD_STAGES.slice(0, 3).map((from, i) => {
      const r = rows.find((x) => x.stage === from);
      const entered = r?.entered ?? 0;
      const advanced = r?.advanced ?? 0;
      return { from, to: FORWARD_STAGES[i + 1], entered, advanced, rate: ratio(advanced, entered) };
    });
  }

  /**
   * Median and 90th percentile (percentile_cont, i.e. linear interpolation) of the days spent in
   * each stage, over stays that ended within the period: a stay runs from a stage_change into the
   * stage to the target's next stage_change. Stays still running are not counted (they have no length yet).
   */
  async timeInStage(ctx: UserContext, f: TargetFilterDto, p: Period): Promise<TimeInStage[]> {
    const c = targetConditions(ctx, f);
    const rows = await namedQuery<{ stage: Stage; stays: number; median: number | null; p90: number | null }>(
      this.db,
      `WITH stays AS (
         SELECT sc.to_stage AS stage, sc.at AS entered_at,
                lead(sc.at) OVER (PARTITION BY sc.target_id ORDER BY sc.at, sc.id) AS left_at
           FROM stage_change sc JOIN target t ON t.id = sc.target_id
          WHERE ${c.sql})
       SELECT stage, count(*)::int AS stays,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at) / 86400) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at) / 86400) AS p90
         FROM stays WHERE left_at IS NOT NULL AND left_at >= :pFrom AND left_at < :pTo
        GROUP BY stage`,
      { ...c.params, pFrom: p.from, pTo: p.to },
    );
    return (['lead', 'contact', 'signed', 'paused'] as const).map((stage) => {
      const r = rows.find((x) => x.stage === stage);
      const d = (v: unknown) => (v === null || v === undefined ? null : round(Number(v), 2));
      return { stage, label: STAGE_LABELS[stage], stays: r?.stays ?? 0, medianDays: d(r?.median), p90Days: d(r?.p90) };
    });
  }

  /** The four velocity terms and their product; see pipelineVelocity for the definition. */
  async velocity(ctx: UserContext, f: TargetFilterDto, p: Period) {
    const c = targetConditions(ctx, f);
    const [row] = await namedQuery<{ live: number; avg_investment: string | null; landed: number; lost: number; avg_cycle_days: number | null }>(
      this.db,
      `WITH closed AS (
         SELECT sc.target_id, sc.to_stage, min(sc.at) AS at
           FROM stage_change sc JOIN target t ON t.id = sc.target_id
          WHERE ${c.sql} AND sc.to_stage IN ('landed', 'lost') AND sc.at >= :pFrom AND sc.at < :pTo
          GROUP BY sc.target_id, sc.to_stage),
       live AS (SELECT count(*)::int AS n, avg(t.expected_investment) AS avg_investment FROM target t WHERE ${c.sql} AND t.stage IN ('lead', 'contact', 'signed'))
       SELECT live.n AS live, live.avg_investment,
              (SELECT count(*)::int FROM closed WHERE to_stage = 'landed') AS landed,
              (SELECT count(*)::int FROM closed WHERE to_stage = 'lost') AS lost,
              (SELECT avg(extract(epoch FROM cl.at - (SELECT min(s.at) FROM stage_change s WHERE s.target_id = cl.target_id)) / 86400)
                 FROM closed cl WHERE cl.to_stage = 'landed') AS avg_cycle_days
         FROM live`,
      { ...c.params, pFrom: p.from, pTo: p.to },
    );
    const averageInvestment = row.avg_investment === null ? null : round(Number(row.avg_investment), 2);
    const winRate = ratio(row.landed, row.landed + row.lost);
    const averageCycleDays = row.avg_cycle_days === null ? null : round(Number(row.avg_cycle_days), 2);
    const inputs = { liveTargets: row.live, averageInvestment, winRate, averageCycleDays };
    return { ...inputs, closedLanded: row.landed, closedLost: row.lost, velocityPerDay: pipelineVelocity(inputs), unit: '万元/天' };
  }

  /**
   * Do conversion, time in stage and velocity come out the same over periods a and b (same data)?
   * Each reads the stage changes dated within the period (entries, stays that ended, closings) and,
   * for those, history at any time; so when no stage change at all is dated where the periods
   * differ, neither are the figures. Index range probes on stage_change(at): well under a millisecond.
   */
  async sameFlow(a: Period, b: Period): Promise<boolean> {
    const delta = windowDelta(a, b);
    if (!delta.length) return true;
    const [r]: { differs: boolean }[] = await this.db.query(
      `SELECT ${delta.map((_, i) => `EXISTS (SELECT 1 FROM stage_change WHERE at >= $${2 * i + 1} AND at < $${2 * i + 2})`).join(' OR ')} AS differs`,
      delta.flatMap((i) => [i.from, i.to]),
    );
    return !r.differs;
  }

  /**
   * 签约率 = targets that ever reached signed (or landed) ÷ targets that ever reached contact or beyond;
   * 落地率 = targets that ever landed ÷ targets that ever reached signed or landed. Over all history.
   */
  async rates(ctx: UserContext, f: TargetFilterDto) {
    const c = targetConditions(ctx, f);
    // One group per target that ever reached contact or beyond (a count(DISTINCT) per figure sorted the history three times).
    const [r] = await namedQuery<{ contacted: number; signed: number; landed: number }>(
      this.db,
      `SELECT count(*)::int AS contacted, count(*) FILTER (WHERE h.signed)::int AS signed, count(*) FILTER (WHERE h.landed)::int AS landed
         FROM (SELECT sc.target_id, bool_or(sc.to_stage IN ('signed', 'landed')) AS signed, bool_or(sc.to_stage = 'landed') AS landed
                 FROM stage_change sc JOIN target t ON t.id = sc.target_id
                WHERE ${c.sql} AND sc.to_stage IN ('contact', 'signed', 'landed')
                GROUP BY sc.target_id) h`,
      c.params,
    );
    return { ...r, signingRate: ratio(r.signed, r.contacted), landingRate: ratio(r.landed, r.signed) };
  }

  /** Signed (first entry into `signed` in the year) and landed (landing date in the year) — Asia/Shanghai calendar year. */
  async year(ctx: UserContext, f: TargetFilterDto, year: number) {
    const c = targetConditions(ctx, f);
    const [r] = await namedQuery<Record<string, string | number | null>>(
      this.db,
      // signed: the targets whose first entry into signed falls in the year, i.e. one in the year and
      // none before it (index range on stage_change (to_stage, at), instead of a min() per target).
      `WITH signed AS (
         SELECT t.signed_investment, t.signed_jobs
           FROM (SELECT DISTINCT sc.target_id FROM stage_change sc
                  WHERE sc.to_stage = 'signed' AND sc.at >= make_timestamptz(:yr, 1, 1, 0, 0, 0, '${TIME_ZONE}') AND sc.at < make_timestamptz(:yr + 1, 1, 1, 0, 0, 0, '${TIME_ZONE}')
                    AND NOT EXISTS (SELECT 1 FROM stage_change p WHERE p.target_id = sc.target_id AND p.to_stage = 'signed' AND p.at < make_timestamptz(:yr, 1, 1, 0, 0, 0, '${TIME_ZONE}'))) s
           JOIN target t ON t.id = s.target_id
          WHERE ${c.sql}),
       landed AS (
         SELECT t.signed_investment, t.signed_jobs, t.signed_output FROM target t LEFT JOIN landing l ON l.target_id = t.id
          WHERE ${c.sql} AND t.stage = 'landed' AND ${LANDED_ON_JOINED_SQL('t', 'l')} >= make_date(:yr, 1, 1) AND ${LANDED_ON_JOINED_SQL('t', 'l')} < make_date(:yr + 1, 1, 1))
       SELECT (SELECT count(*)::int FROM signed) AS signed_count,
              (SELECT COALESCE(sum(signed_investment), 0) FROM signed) AS signed_investment,
              (SELECT COALESCE(sum(signed_jobs), 0)::int FROM signed) AS signed_jobs,
              (SELECT count(*)::int FROM landed) AS landed_count,
              (SELECT COALESCE(sum(signed_investment), 0) FROM landed) AS landed_investment,
              (SELECT COALESCE(sum(signed_jobs), 0)::int FROM landed) AS landed_jobs,
              (SELECT COALESCE(sum(signed_output), 0) FROM landed) AS landed_output`,
      { ...c.params, yr: year },
    );
    return {
      year,
      signed: { count: num(r.signed_count), investment: num(r.signed_investment), jobs: num(r.signed_jobs) },
      landed: { count: num(r.landed_count), investment: num(r.landed_investment), jobs: num(r.landed_jobs), output: num(r.landed_output) },
      unit: '万元',
    };
  }
}
