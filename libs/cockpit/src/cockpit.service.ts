import { Injectable } from '@nestjs/common';
import { type UserContext, UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import type {
  BreakdownRow,
  ChainView,
  CockpitOverview,
  ConversionAnswer,
  FunnelStep,
  OverdueList,
  StalledList,
  TimeInStageAnswer,
  VelocityAnswer,
} from '@crm/contracts';
import { invalidField } from '@crm/http';
import { type TargetFilterDto } from '@crm/pipeline';
import { shanghaiDate, shanghaiYear } from '@crm/time';
import { BreakdownService, type Breakdown } from './breakdown.service';
import { filterKey, periodLengthKey, scopeKey } from './cache/cache-keys';
import { CockpitCache, WATCHLIST_MAX_AGE_MS } from './cache/cockpit-cache';
import { ALL_DOMAINS, DataVersions, FIGURES_OF_RECORD, type VersionSnapshot } from './cache/data-version';
import { ChainViewService, COCKPIT_TARGETS_PER_LINK } from './chain-view.service';
import { KpiService, type KpiQueryDto } from './kpi.service';
import { PipelineStatsService } from './pipeline-stats.service';
import { type CockpitQueryDto, type Period, periodOf } from './cockpit-query';
import { WatchlistService } from './watchlist.service';

function period(q: CockpitQueryDto): Period {
  const p = periodOf(q);
  if ('error' in p) throw invalidField('from', 'invalid', p.error, '开始时间必须早于结束时间');
  return p;
}

/** Who is asking, as the figures see it: their read scope, and the data versions at the start of the request. */
interface Asker {
  ctx: UserContext;
  scope: string;
  versions: VersionSnapshot;
}

/**
 * The cockpit's entry point: resolves the caller's scope and the data versions once, then takes
 * each figure from the cache (cockpit-cache.ts) or the service that computes it. Figures of record
 * (funnel, flow, rates, year, breakdowns, KPIs) are reused until a write changes their data; the
 * overdue and stalled lists also move with the clock and are reused for at most WATCHLIST_MAX_AGE_MS.
 */
@Injectable()
export class CockpitService {
  constructor(
    private readonly users: UserContextService,
    private readonly stats: PipelineStatsService,
    private readonly watch: WatchlistService,
    private readonly breakdowns: BreakdownService,
    private readonly kpis: KpiService,
    private readonly chains: ChainViewService,
    private readonly versions: DataVersions,
    private readonly cache: CockpitCache,
  ) {}

  /** Everything the dashboard's first screen shows, in one round trip. */
  async overview(user: AuthUser, q: CockpitQueryDto): Promise<CockpitOverview<Date>> {
    const p = period(q);
    const a = await this.asker(user);
    const year = q.year ?? shanghaiYear();
    const [funnel, flow, rates, thisYear, overdue, stalled] = await Promise.all([
      this.funnelOf(a, q),
      this.flowOf(a, q, p),
      this.figure(a, 'rates', q, () => this.stats.rates(a.ctx, q)),
      this.figure(a, `year:${year}`, q, () => this.stats.year(a.ctx, q, year)),
      this.overdueOf(a, q),
      this.stalledOf(a, q),
    ]);
    return { period: p, role: user.role, funnel, ...flow, rates, thisYear, overdue, stalled };
  }

  async funnel(user: AuthUser, q: TargetFilterDto): Promise<FunnelStep[]> {
    return this.funnelOf(await this.asker(user), q);
  }

  async conversion(user: AuthUser, q: CockpitQueryDto): Promise<ConversionAnswer<Date>> {
    const p = period(q);
    return { period: p, steps: (await this.flowOf(await this.asker(user), q, p)).conversion };
  }

  async timeInStage(user: AuthUser, q: CockpitQueryDto): Promise<TimeInStageAnswer<Date>> {
    const p = period(q);
    return { period: p, stages: (await this.flowOf(await this.asker(user), q, p)).timeInStage };
  }

  async velocity(user: AuthUser, q: CockpitQueryDto): Promise<VelocityAnswer<Date>> {
    const p = period(q);
    return { period: p, ...(await this.flowOf(await this.asker(user), q, p)).velocity };
  }

  async breakdown(user: AuthUser, by: Breakdown, q: TargetFilterDto): Promise<BreakdownRow[]> {
    const a = await this.asker(user);
    return this.figure(a, `breakdown:${by}`, q, () => this.breakdowns.by(a.ctx, by, q));
  }

  async overdue(user: AuthUser, q: TargetFilterDto): Promise<OverdueList<Date>> {
    return this.overdueOf(await this.asker(user), q);
  }

  async stalled(user: AuthUser, q: TargetFilterDto): Promise<StalledList<Date>> {
    return this.stalledOf(await this.asker(user), q);
  }

  /** One year per plan: the year asked, else each plan's headline year (its own years, not the calendar's). */
  async kpiProgress(user: AuthUser, q: KpiQueryDto) {
    const a = await this.asker(user);
    return this.cache.get({
      key: `kpis|${a.scope}|${q.planId ?? ''}|${q.year ?? ''}|${shanghaiYear()}`,
      stamp: a.versions.stamp(FIGURES_OF_RECORD),
      compute: () => this.kpis.targetsVsActuals(a.ctx, q),
    });
  }

  /** Every year of every plan, with baseline, target, actual and 新增完成率 (the KPI view). */
  async kpiPlans(user: AuthUser, q: KpiQueryDto) {
    const a = await this.asker(user);
    return this.cache.get({
      key: `kpiplans|${a.scope}|${q.planId ?? ''}|${shanghaiYear()}`,
      stamp: a.versions.stamp(FIGURES_OF_RECORD),
      compute: () => this.kpis.plansProgress(a.ctx, q.planId),
    });
  }

  /**
   * The chain view moves with the calendar day (coverage history), so the day is part of its key.
   * Lists at most COCKPIT_TARGETS_PER_LINK live targets per link (liveTargetsTotal counts them all).
   */
  async chain(user: AuthUser, chainId: number): Promise<ChainView<Date>> {
    const a = await this.asker(user);
    const today = shanghaiDate();
    return this.cache.get({
      key: `chain|${a.scope}|${chainId}|${today}`,
      stamp: a.versions.stamp(ALL_DOMAINS),
      compute: () => this.chains.view(a.ctx, chainId, { today, liveTargetsPerLink: COCKPIT_TARGETS_PER_LINK }),
    });
  }

  private async asker(user: AuthUser): Promise<Asker> {
    const [ctx, versions] = await Promise.all([this.users.load(user), this.versions.current()]);
    return { ctx, scope: scopeKey(ctx), versions };
  }

  /** A figure of record: depends on the scope, the target filters and the data, nothing else. */
  private figure<T>(a: Asker, name: string, f: TargetFilterDto, compute: () => Promise<T>): Promise<T> {
    return this.cache.get({ key: `${name}|${a.scope}|${filterKey(f)}`, stamp: a.versions.stamp(FIGURES_OF_RECORD), compute });
  }

  private funnelOf(a: Asker, f: TargetFilterDto) {
    return this.figure(a, 'funnel', f, () => this.stats.funnel(a.ctx, f));
  }

  /**
   * Conversion, time in stage and velocity over a period, computed together. The entry is kept per
   * period length and answers a later period of that length when no stage change lies between
   * the two (the usual "last N days up to now"); the figures are then the same, exactly.
   */
  private async flowOf(a: Asker, f: TargetFilterDto, p: Period) {
    const flow = await this.cache.get({
      key: `flow:${periodLengthKey(p)}|${a.scope}|${filterKey(f)}`,
      stamp: a.versions.stamp(FIGURES_OF_RECORD),
      reusable: (cached) => this.stats.sameFlow(cached.period, p),
      compute: async () => {
        const [conversion, timeInStage, velocity] = await Promise.all([
          this.stats.conversion(a.ctx, f, p),
          this.stats.timeInStage(a.ctx, f, p),
          this.stats.velocity(a.ctx, f, p),
        ]);
        return { period: p, conversion, timeInStage, velocity };
      },
    });
    return { conversion: flow.conversion, timeInStage: flow.timeInStage, velocity: flow.velocity };
  }

  private overdueOf(a: Asker, f: TargetFilterDto) {
    return this.cache.get({
      key: `overdue|${a.scope}|${filterKey(f)}`,
      stamp: a.versions.stamp(ALL_DOMAINS),
      maxAgeMs: WATCHLIST_MAX_AGE_MS,
      compute: () => this.watch.overdue(a.ctx, f),
    });
  }

  private stalledOf(a: Asker, f: TargetFilterDto) {
    return this.cache.get({
      key: `stalled|${a.scope}|${filterKey(f)}`,
      stamp: a.versions.stamp(ALL_DOMAINS),
      maxAgeMs: WATCHLIST_MAX_AGE_MS,
      compute: () => this.watch.stalled(a.ctx, f),
    });
  }
}
