import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { FirmDuplicatesService, FirmMergeService, FirmMergeView, MergeFirmsDto, MergePreviewQuery, MergePreviewView, SuspectGroupView } from '@crm/merge';

/**
 * Suspected duplicates and merges (疑似重复 / 合并企业). Admins merge any two firms; chain managers
 * firms whose targets all lie in their chains; only admins undo a merge.
 */
@ApiTags('firm-merges')
@ApiBearerAuth()
@Roles('admin', 'chain_manager')
@Controller()
export class FirmMergesController {
  constructor(
    private readonly merges: FirmMergeService,
    private readonly duplicates: FirmDuplicatesService,
  ) {}

  @Get('firm-duplicates')
  @ApiOkResponse({ type: [SuspectGroupView] })
  @UseInterceptors(ContentRange('firm-duplicates'))
  suspects(@RawQuery() query: Record<string, unknown>) {
    return this.duplicates.list(query);
  }

  @Get('firm-merges/preview')
  @ApiOkResponse({ type: MergePreviewView })
  preview(@CurrentUser() user: AuthUser, @Query() q: MergePreviewQuery) {
    return this.merges.preview(user, q.survivorId, q.mergedId);
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
