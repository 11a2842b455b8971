import { Body, Controller, Get, HttpCode, Param, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { diskStorage } from 'multer';
import { type AuthUser, CurrentUser, Roles } from '@crm/auth';
import { ContentRange, IdPipe, RawQuery } from '@crm/http';
import { RegistryImportEntry, RegistryImportPreview, RegistryImportService, RegistryUploadDto } from '@crm/registry';

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** 企业库导入: registry exports (企查查/天眼查/启信宝) into the candidate pool. Admins and chain managers. */
@ApiTags('registry-imports')
@ApiBearerAuth()
@Roles('admin', 'chain_manager')
@Controller('registry-imports')
export class RegistryImportsController {
  constructor(private readonly imports: RegistryImportService) {}

  @Get()
  @ApiOkResponse({ type: [RegistryImportEntry] })
  @UseInterceptors(ContentRange('registry-imports'))
  list(@CurrentUser() user: AuthUser, @RawQuery() query: Record<string, unknown>) {
    return this.imports.list(user, query);
  }

  /** Upload (.xlsx or .csv, multipart `file`, `source`, `exportedOn`): a preview with errors and duplicates; nothing written yet. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: RegistryImportPreview })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'source', 'exportedOn'],
      properties: { file: { type: 'string', format: 'binary' }, source: { type: 'string' }, exportedOn: { type: 'string', format: 'date' } },
    },
  })
  @UseInterceptors(FileInterceptor('file', { storage: diskStorage({}), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 4 } }))
  upload(@CurrentUser() user: AuthUser, @UploadedFile() file: Express.Multer.File | undefined, @Body() dto: RegistryUploadDto) {
    return this.imports.upload(user, file, dto.source, dto.exportedOn);
  }

  @Get(':id')
  @ApiOkResponse({ type: RegistryImportPreview })
  preview(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.imports.preview(user, id);
  }

  /** Creates and updates the firms in one transaction. */
  @Post(':id/commit')
  @HttpCode(200)
  @ApiOkResponse({ type: RegistryImportPreview })
  commit(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.imports.commit(user, id);
  }
}
