import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import {
  DismissDuplicateDto,
  DuplicateDismissalsService,
  DuplicateDismissalView,
  FirmDuplicatesService,
  FirmMergeService,
  FirmMergeView,
  MergeFirmsDto,
  MergePreviewQuery,
  MergePreviewView,
  SuspectGroupView,
} from '@crm/merge';

/**
 * Suspected duplicates and merges (疑似重复 / 合并企业). Admins and chain managers read the report and
 * the history; merging, marking 非重复 and undoing either are an admin's (PRODUCT.md: users,
 * settings, merges — admin only).
 */
@ApiTags('firm-merges')
@ApiBearerAuth()
@Roles('admin', 'chain_manager')
@Controller()
export class FirmMergesController {
  constructor(
    private readonly merges: FirmMergeService,
    private readonly duplicates: FirmDuplicatesService,
    private readonly dismissals: DuplicateDismissalsService,
  ) {}

  @Get('firm-duplicates')
  @ApiOkResponse({ type: [SuspectGroupView] })
  @UseInterceptors(ContentRange('firm-duplicates'))
  suspects(@RawQuery() query: Record<string, unknown>) {
    return this.duplicates.list(query);
  }

  @Get('firm-duplicates/dismissals')
  @ApiOkResponse({ type: [DuplicateDismissalView] })
  @UseInterceptors(ContentRange('duplicate-dismissals'))
  dismissalList(@RawQuery() query: Record<string, unknown>) {
    return this.dismissals.list(query);
  }

  /** 非重复: the two firms leave the duplicates report (also after a re-import). */
  @Post('firm-duplicates/dismissals')
  @Roles('admin')
  @ApiCreatedResponse({ type: DuplicateDismissalView })
  dismiss(@CurrentUser() user: AuthUser, @Body() dto: DismissDuplicateDto) {
    return this.dismissals.dismiss(user, dto.firmIds);
  }

  @Post('firm-duplicates/dismissals/:id/undo')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: DuplicateDismissalView })
  undoDismissal(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.dismissals.undo(user, id);
  }

  @Get('firm-merges/preview')
  @Roles('admin')
  @ApiOkResponse({ type: MergePreviewView })
  preview(@Query() q: MergePreviewQuery) {
    return this.merges.preview(q.survivorId, q.mergedId);
  }

  @Get('firm-merges')
  @ApiOkResponse({ type: [FirmMergeView] })
  @UseInterceptors(ContentRange('firm-merges'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.merges.list(user, query);
  }

  @Get('firm-merges/:id')
  @ApiOkResponse({ type: FirmMergeView })
  get(@Param('id', IdPipe) id: number) {
    return this.merges.get(id);
  }

  @Post('firm-merges')
  @Roles('admin')
  @ApiOkResponse({ type: FirmMergeView })
  merge(@CurrentUser() user: AuthUser, @Body() dto: MergeFirmsDto) {
    return this.merges.merge(user, dto);
  }

  @Post('firm-merges/:id/undo')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: FirmMergeView })
  undo(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.merges.undo(user, id);
  }
}
