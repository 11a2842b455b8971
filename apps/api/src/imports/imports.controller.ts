import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { diskStorage } from 'multer';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ImportCommittedView, ImportHistoryEntryView, ImportHistoryService, ImportPreviewView, ImportsService, ImportTemplateService } from '@crm/imports';
import { ApiFileResponse, IdPipe, ListResponse, type ListResult, RawQuery, XLSX_CONTENT_TYPE } from '@crm/http';

/** 50,000 rows of the template come to a few MB; the cap leaves room and still refuses junk. */
const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** Firm and target list imports (admin; chain managers into the chains they manage). */
@ApiTags('imports')
@ApiBearerAuth()
@Roles('admin', 'chain_manager')
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly template: ImportTemplateService,
    private readonly history: ImportHistoryService,
  ) {}

  /** Import history: who imported which file when, with the counts (admins all, chain managers their own). */
  @Get()
  @ListResponse('imports', ImportHistoryEntryView)
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>): Promise<ListResult<ImportHistoryEntryView>> {
    return this.history.list(user, query);
  }

  /** The refused rows as typed, with a 错误原因 column, to fix and upload again. */
  @Get(':id/rejected.xlsx')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'The refused rows as an Excel workbook')
  rejected(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Res() res: Response): Promise<void> {
    return this.history.writeRejected(user, id, res);
  }

  @Get('template.xlsx')
  @ApiFileResponse(XLSX_CONTENT_TYPE, 'The import template')
  downloadTemplate(@Res() res: Response): Promise<void> {
    return this.template.write(res);
  }

  /** Upload (.xlsx or .csv, multipart field `file`): parsed to a preview with a per-row error report; nothing is imported yet. */
  @Post()
  @ApiCreatedResponse({ type: ImportPreviewView })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({}), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 0 } }))
  upload(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File | undefined): Promise<ImportPreviewView> {
    return this.imports.upload(user, file);
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportPreviewView })
  preview(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ImportPreviewView> {
    return this.imports.preview(user, id);
  }

  /** Imports the batch's valid rows in one transaction. */
  @Post(':id/commit')
  @ApiOkResponse({ type: ImportCommittedView })
  @HttpCode(200)
  commit(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<ImportCommittedView> {
    return this.imports.commit(user, id);
  }
}
