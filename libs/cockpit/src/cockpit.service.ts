import { Injectable } from '@nestjs/common';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { invalidField } from '@crm/http';
import { BreakdownService, type Breakdown } from './breakdown.service';
import { ChainViewService } from './chain-view.service';
import { KpiService, type KpiQueryDto } from './kpi.service';
import { PipelineStatsService } from './pipeline-stats.service';
import { type CockpitQueryDto, type Period, periodOf, type TargetFilterDto } from './target-filter';
import { WatchlistService } from './watchlist.service';

function period(q: CockpitQueryDto): Period {
  const p = periodOf(q);
  if ('error' in p) throw invalidField('from', 'invalid', p.error, '开始时间必须早于结束时间');
  return p;
}

/** The cockpit's entry point: resolves the caller's scope once, then asks the right service. */
@Injectable()
export class CockpitService {
  constructor(
    private readonly users: UserContextService,
    private readonly stats: PipelineStatsService,
    private readonly watch: WatchlistService,
    private readonly breakdowns: BreakdownService,
    private readonly kpis: KpiService,
    private readonly chains: ChainViewService,
  ) {}

  /** Everything the dashboard's first screen shows, in one round trip. */
  async overview(user: AuthUser, q: CockpitQueryDto) {
    const ctx = await this.users.load(user);
    const p = period(q);
    const year = q.year ?? Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const [funnel, conversion, timeInStage, velocity, rates, thisYear, overdue, stalled] = await Promise.all([
      this.stats.funnel(ctx, q),
      this.stats.conversion(ctx, q, p),
      this.stats.timeInStage(ctx, q, p),
      this.stats.velocity(ctx, q, p),
      this.stats.rates(ctx, q),
      this.stats.year(ctx, q, year),
      this.watch.overdue(ctx, q),
      this.watch.stalled(ctx, q),
    ]);
    return { period: p, role: user.role, funnel, conversion, timeInStage, velocity, rates, thisYear, overdue, stalled };
  }

  async funnel(user: AuthUser, q: TargetFilterDto) {
    return this.stats.funnel(await this.users.load(user), q);
  }

  async conversion(user: AuthUser, q: CockpitQueryDto) {
    const p = period(q);
    return { period: p, steps: await this.stats.conversion(await this.users.load(user), q, p) };
  }

  async timeInStage(user: AuthUser, q: CockpitQueryDto) {
    const p = period(q);
    return { period: p, stages: await this.stats.timeInStage(await this.users.load(user), q, p) };
  }

  async velocity(user: AuthUser, q: CockpitQueryDto) {
    const p = period(q);
    return { period: p, ...(await this.stats.velocity(await this.users.load(user), q, p)) };
  }

  async breakdown(user: AuthUser, by: Breakdown, q: TargetFilterDto) {
    return this.breakdowns.by(await this.users.load(user), by, q);
  }

  async overdue(user: AuthUser, q: TargetFilterDto) {
    return this.watch.overdue(await this.users.load(user), q);
  }

  async stalled(user: AuthUser, q: TargetFilterDto) {
    return this.watch.stalled(await this.users.load(user), q);
  }

  async kpiProgress(user: AuthUser, q: KpiQueryDto) {
    return this.kpis.targetsVsActuals(await this.users.load(user), q);
  }

  async chain(user: AuthUser, chainId: number) {
    return this.chains.view(await this.users.load(user), chainId);
  }
}
