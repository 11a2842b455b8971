import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import {
  type Breakdown,
  BreakdownRowView,
  BREAKDOWNS,
  ChainCockpitView,
  CockpitOverviewView,
  CockpitQueryDto,
  CockpitService,
  ConversionAnswerView,
  FunnelStepView,
  KpiPlanProgressView,
  KpiPlanYearView,
  KpiQueryDto,
  OverdueListView,
  StalledListView,
  TimeInStageAnswerView,
  VelocityAnswerView,
} from '@crm/cockpit';
import { TargetFilterDto } from '@crm/pipeline';
import { IdPipe, invalidField } from '@crm/http';

const breakdownPipe = new ParseEnumPipe(Object.fromEntries(BREAKDOWNS.map((b) => [b, b])), {
  exceptionFactory: () => invalidField('by', 'isIn', `by must be one of ${BREAKDOWNS.join(', ')}`, `分组方式必须是 ${BREAKDOWNS.join('、')} 之一`),
});

/** 驾驶舱: every figure is limited to what the caller may read (leader/admin all, chain manager their chains, promoter own + team). */
@ApiTags('cockpit')
@ApiBearerAuth()
@Controller('cockpit')
export class CockpitController {
  constructor(private readonly cockpit: CockpitService) {}

  @Get('overview')
  @ApiOkResponse({ type: CockpitOverviewView })
  overview(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto): Promise<CockpitOverviewView> {
    return this.cockpit.overview(user, q);
  }

  @Get('funnel')
  @ApiOkResponse({ type: [FunnelStepView] })
  funnel(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto): Promise<FunnelStepView[]> {
    return this.cockpit.funnel(user, q);
  }

  @Get('conversion')
  @ApiOkResponse({ type: ConversionAnswerView })
  conversion(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto): Promise<ConversionAnswerView> {
    return this.cockpit.conversion(user, q);
  }

  @Get('time-in-stage')
  @ApiOkResponse({ type: TimeInStageAnswerView })
  timeInStage(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto): Promise<TimeInStageAnswerView> {
    return this.cockpit.timeInStage(user, q);
  }

  @Get('velocity')
  @ApiOkResponse({ type: VelocityAnswerView })
  velocity(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto): Promise<VelocityAnswerView> {
    return this.cockpit.velocity(user, q);
  }

  @Get('breakdown/:by')
  @ApiOkResponse({ type: [BreakdownRowView] })
  breakdown(@CurrentUser() user: AuthUser, @Param('by', breakdownPipe) by: Breakdown, @Query() q: TargetFilterDto): Promise<BreakdownRowView[]> {
    return this.cockpit.breakdown(user, by, q);
  }

  @Get('overdue')
  @ApiOkResponse({ type: OverdueListView })
  overdue(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto): Promise<OverdueListView> {
    return this.cockpit.overdue(user, q);
  }

  @Get('stalled')
  @ApiOkResponse({ type: StalledListView })
  stalled(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto): Promise<StalledListView> {
    return this.cockpit.stalled(user, q);
  }

  @Get('kpis')
  @ApiOkResponse({ type: [KpiPlanYearView] })
  kpis(@CurrentUser() user: AuthUser, @Query() q: KpiQueryDto): Promise<KpiPlanYearView[]> {
    return this.cockpit.kpiProgress(user, q);
  }

  /** Every year of every plan: baseline, target, actual and 新增完成率 per metric. */
  @Get('kpis/plans')
  @ApiOkResponse({ type: [KpiPlanProgressView] })
  kpiPlans(@CurrentUser() user: AuthUser, @Query() q: KpiQueryDto): Promise<KpiPlanProgressView[]> {
    return this.cockpit.kpiPlans(user, q);
  }

  @Get('chains/:id')
  @ApiOkResponse({ type: ChainCockpitView })
  chain(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ChainCockpitView> {
    return this.cockpit.chain(user, id);
  }
}
