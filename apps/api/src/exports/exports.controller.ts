import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { HandbookExportService, PipelineExportService, WeeklyReportQueryDto, WeeklyReportService, XLSX_TYPE } from '@crm/reports';
import { ApiFileResponse, IdPipe, XLSX_CONTENT_TYPE } from '@crm/http';
import { TargetFilterDto } from '@crm/pipeline';

/** Excel downloads, streamed; each honours the caller's read scope and the filters given. */
@ApiTags('exports')
@ApiBearerAuth()
@ApiProduces(XLSX_TYPE)
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly pipeline: PipelineExportService,
    private readonly handbook: HandbookExportService,
    private readonly weekly: WeeklyReportService,
  ) {}

  @Get('pipeline.xlsx')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'An Excel workbook')
  pipelineList(@CurrentUser() user: AuthUser, @Query() q: TargetFilterDto, @Res() res: Response): Promise<void> {
    return this.pipeline.write(user, q, res);
  }

  @Get('chains/:id/handbook.xlsx')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'An Excel workbook')
  chainHandbook(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Res() res: Response): Promise<void> {
    return this.handbook.write(user, id, res);
  }

  @Get('weekly-report.xlsx')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'An Excel workbook')
  weeklyReport(@CurrentUser() user: AuthUser, @Query() q: WeeklyReportQueryDto, @Res() res: Response): Promise<void> {
    return this.weekly.write(user, q, res);
  }
}
