import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { TIMELINE_SCHEMA } from '@crm/contracts';
import { IDEMPOTENCY_HEADER_DOC, IdempotencyKeyHeader } from '@crm/idempotency';
import { IdPipe, ListResponse, type ListResult, RawQuery } from '@crm/http';
import {
  CreateTargetDto,
  FollowUpDto,
  TargetDetailView,
  TargetRecordView,
  TargetsService,
  TimelineService,
  TransitionDto,
  TransitionsService,
  UpdateTargetDto,
} from '@crm/pipeline';

@ApiTags('targets')
@ApiBearerAuth()
@Controller('targets')
export class TargetsController {
  constructor(
    private readonly targets: TargetsService,
    private readonly transitions: TransitionsService,
    private readonly timeline: TimelineService,
  ) {}

  /** ra-data-simple-rest list: filter {q, chainId, chainLinkId, stage, ownerId, method, planId, firmId, id}. */
  @Get()
  @ListResponse('targets', TargetRecordView)
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ListResult<TargetRecordView>> {
    return this.targets.list(user, query);
  }

  /** The target with stageDurations (seconds per stage, from history) and its landing. */
  @Get(':id')
  @ApiOkResponse({ type: TargetDetailView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<TargetDetailView> {
    return this.targets.get(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: TargetDetailView })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTargetDto): Promise<TargetDetailView> {
    return this.targets.create(user, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: TargetDetailView })
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateTargetDto): Promise<TargetDetailView> {
    return this.targets.update(user, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ type: TargetDetailView })
  @Roles('admin')
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<TargetDetailView> {
    return this.targets.remove(user, id);
  }

  /** The only way a stage changes. */
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @Post(':id/transitions')
  @ApiCreatedResponse({ type: TargetDetailView })
  transition(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: TransitionDto,
    @IdempotencyKeyHeader() key?: string,
  ): Promise<TargetDetailView> {
    return this.transitions.transition(user, id, dto, key);
  }

  /** Set, move or clear (at: null) the one open follow-up. */
  @Put(':id/follow-up')
  @ApiOkResponse({ type: TargetDetailView })
  followUp(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: FollowUpDto): Promise<TargetDetailView> {
    return this.targets.setFollowUp(user, id, dto);
  }

  /** Stage changes, contact logs and whatever other features register, newest first; ?before=&limit=. */
  @Get(':id/timeline')
  @ApiOkResponse({ schema: TIMELINE_SCHEMA })
  timelineOf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query() query: { before?: string; limit?: string }) {
    return this.timeline.forTarget(user, id, query);
  }
}
