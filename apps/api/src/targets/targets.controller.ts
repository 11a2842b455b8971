import { Body, Controller, Delete, Get, Param, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { TIMELINE_SCHEMA } from '@crm/contracts';
import { IDEMPOTENCY_HEADER_DOC, IdempotencyKeyHeader } from '@crm/idempotency';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { CreateTargetDto, FollowUpDto, TargetsService, TimelineService, TransitionDto, TransitionsService, UpdateTargetDto } from '@crm/pipeline';

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
  @UseInterceptors(ContentRange('targets'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.targets.list(user, query);
  }

  /** The target with stageDurations (seconds per stage, from history) and its landing. */
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.targets.get(user, id);
  }

  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTargetDto) {
    return this.targets.create(user, dto);
  }

  @Put(':id')
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateTargetDto) {
    return this.targets.update(user, id, dto);
  }

  @Delete(':id')
  @Roles('admin')
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.targets.remove(user, id);
  }

  /** The only way a stage changes. */
  @ApiHeader(IDEMPOTENCY_HEADER_DOC)
  @Post(':id/transitions')
  transition(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: TransitionDto, @IdempotencyKeyHeader() key?: string) {
    return this.transitions.transition(user, id, dto, key);
  }

  /** Set, move or clear (at: null) the one open follow-up. */
  @Put(':id/follow-up')
  followUp(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: FollowUpDto) {
    return this.targets.setFollowUp(user, id, dto);
  }

  /** Stage changes, contact logs and whatever other features register, newest first; ?before=&limit=. */
  @Get(':id/timeline')
  @ApiOkResponse({ schema: TIMELINE_SCHEMA })
  timelineOf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query() query: { before?: string; limit?: string }) {
    return this.timeline.forTarget(user, id, query);
  }
}
