import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@crm/auth';
import { ContentRange, IdPipe, ListResult, RawQuery } from '@crm/http';
import {
  DeliveryService,
  ReminderRuleDto,
  ReminderRuleResetQuery,
  ReminderRulesService,
  ReminderRuleView,
  RemindersQueryService,
  ReminderView,
} from '@crm/reminders';

/** Reminder monitoring for admins: every reminder with each channel's state; failed ones stay visible. */
@ApiTags('reminders')
@ApiBearerAuth()
@Roles('admin')
@Controller('reminders')
export class RemindersController {
  constructor(
    private readonly reminders: RemindersQueryService,
    private readonly delivery: DeliveryService,
  ) {}

  @Get()
  @UseInterceptors(ContentRange('reminders'))
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<ReminderView>> {
    return this.reminders.list(query);
  }

  @Get(':id')
  get(@Param('id', IdPipe) id: number): Promise<ReminderView> {
    return this.reminders.get(id);
  }

  /** One more attempt on each channel that failed for good. */
  @Post(':id/retry')
  @HttpCode(200)
  retry(@Param('id', IdPipe) id: number): Promise<{ retried: number }> {
    return this.delivery.retryFailed(id);
  }
}

/** Reminder settings (提醒规则): the defaults and each plan's values (its own or the defaults). Admins only. */
@ApiTags('reminders')
@ApiBearerAuth()
@Roles('admin')
@Controller('reminder-rules')
export class ReminderRulesController {
  constructor(private readonly rules: ReminderRulesService) {}

  @Get()
  @UseInterceptors(ContentRange('reminder-rules'))
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<ReminderRuleView>> {
    return this.rules.list(query);
  }

  @Get('defaults')
  defaults(): Promise<ReminderRuleView> {
    return this.rules.view(null);
  }

  @Get('plans/:planId')
  plan(@Param('planId', IdPipe) planId: number): Promise<ReminderRuleView> {
    return this.rules.view(planId);
  }

  @Put('defaults')
  saveDefaults(@Body() dto: ReminderRuleDto): Promise<ReminderRuleView> {
    return this.rules.save(null, dto);
  }

  @Put('plans/:planId')
  savePlan(@Param('planId', IdPipe) planId: number, @Body() dto: ReminderRuleDto): Promise<ReminderRuleView> {
    return this.rules.save(planId, dto);
  }

  /** 恢复默认: the plan follows the defaults again; `?version=` (optional) guards against a concurrent edit. */
  @Delete('plans/:planId')
  reset(@Param('planId', IdPipe) planId: number, @Query() q: ReminderRuleResetQuery): Promise<ReminderRuleView> {
    return this.rules.reset(planId, q.version);
  }
}
