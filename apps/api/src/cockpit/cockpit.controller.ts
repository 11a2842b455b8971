import { Controller, Get, Param, ParseEnumPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { type Breakdown, BREAKDOWNS, CockpitQueryDto, CockpitService, KpiQueryDto } from '@crm/cockpit';
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
  overview(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto) {
    return this.cockpit.overview(user, q);
  }

  @Get('funnel')
  funnel(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto) {
    return this.cockpit.funnel(user, q);
  }

  @Get('conversion')
  conversion(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto) {
    return this.cockpit.conversion(user, q);
  }

  @Get('time-in-stage')
  timeInStage(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto) {
    return this.cockpit.timeInStage(user, q);
  }

  @Get('velocity')
  velocity(@CurrentUser() user: AuthUser, @Query() q: CockpitQueryDto) {
    return this.cockpit.velocity(user, q);
  }

  @Get('breakdown/:by')
  breakdown(@CurrentUser() user: AuthUser, @Param('by', breakdownPipe) by: Breakdown, @Query() q: TargetFilterDto) {
    return this.cockpit.breakdown(user, by, q);
  }

  @Get('overdue')
  overdue(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto) {
    return this.cockpit.overdue(user, q);
  }

  @Get('stalled')
  stalled(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto) {
    return this.cockpit.stalled(user, q);
  }

  @Get('kpis')
  kpis(@CurrentUser() user: AuthUser, @Query() q: KpiQueryDto) {
    return this.cockpit.kpiProgress(user, q);
  }

  /** Every year of every plan: baseline, target, actual and 新增完成率 per metric. */
  @Get('kpis/plans')
  kpiPlans(@CurrentUser() user: AuthUser, @Query() q: KpiQueryDto) {
    return this.cockpit.kpiPlans(user, q);
  }

  @Get('chains/:id')
  chain(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.cockpit.chain(user, id);
  }
}
