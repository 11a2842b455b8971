import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@crm/auth';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import {
  DeliveryService,
  ReminderRuleDto,
  ReminderRuleResetQuery,
  ReminderDetailView,
  ReminderRecordView,
  ReminderRetriedView,
  ReminderRuleRecordView,
  ReminderRulesService,
  RemindersQueryService,
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
  @ListResponse('reminders', ReminderRecordView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<ReminderRecordView>> {
    return this.reminders.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ReminderDetailView })
  get(@Param('id', IdPipe) id: number): Promise<ReminderDetailView> {
    return this.reminders.get(id);
  }

  /** One more attempt on each channel that failed for good. */
  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: ReminderRetriedView })
  retry(@Param('id', IdPipe) id: number): Promise<ReminderRetriedView> {
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
  @ListResponse('reminder-rules', ReminderRuleRecordView)
  list(@RawQuery() query: Record<string, unknown>): Promise<ListResult<ReminderRuleRecordView>> {
    return this.rules.list(query);
  }

  @Get('defaults')
  @ApiOkResponse({ type: ReminderRuleRecordView })
  defaults(): Promise<ReminderRuleRecordView> {
    return this.rules.view(null);
  }

  @Get('plans/:planId')
  @ApiOkResponse({ type: ReminderRuleRecordView })
  plan(@Param('planId', IdPipe) planId: number): Promise<ReminderRuleRecordView> {
    return this.rules.view(planId);
  }

  @Put('defaults')
  @ApiOkResponse({ type: ReminderRuleRecordView })
  saveDefaults(@Body() dto: ReminderRuleDto): Promise<ReminderRuleRecordView> {
    return this.rules.save(null, dto);
  }

  @Put('plans/:planId')
  @ApiOkResponse({ type: ReminderRuleRecordView })
  savePlan(@Param('planId', IdPipe) planId: number, @Body() dto: ReminderRuleDto): Promise<ReminderRuleRecordView> {
    return this.rules.save(planId, dto);
  }

  /** 恢复默认: the plan follows the defaults again; `?version=` (optional) guards against a concurrent edit. */
  @Delete('plans/:planId')
  @ApiOkResponse({ type: ReminderRuleRecordView })
  reset(@Param('planId', IdPipe) planId: number, @Query() q: ReminderRuleResetQuery): Promise<ReminderRuleRecordView> {
    return this.rules.reset(planId, q.version);
  }
}
