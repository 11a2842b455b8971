import { applyDecorators, Controller, Delete, Get, Param, ParseBoolPipe, Post, Query, SetMetadata, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@crm/auth';
import { type FileOwner, FilesService, StoredFileView, type UploadedBytes } from '@crm/files';
import { IdPipe, ApiFileResponse } from '@crm/http';
import { FILE_OWNER_KEY, FileUploadInterceptor } from './file-upload.interceptor';

/** An upload route: multipart field `file`, checked against the record before the body is read. */
const Upload = (owner: FileOwner) =>
  applyDecorators(
    SetMetadata(FILE_OWNER_KEY, owner),
    UseInterceptors(FileUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } }),
  );

/** Files on targets, contact logs and firms (stored in Postgres; type read from the content). */
@ApiTags('files')
@ApiBearerAuth()
@Controller()
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @Get('targets/:id/files')
  @ApiOkResponse({ type: [StoredFileView] })
  targetFiles(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<StoredFileView[]> {
    return this.files.list(user, 'target', id);
  }

  @Post('targets/:id/files')
  @ApiCreatedResponse({ type: StoredFileView })
  @Upload('target')
  uploadToTarget(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: UploadedBytes | undefined): Promise<StoredFileView> {
    return this.files.upload(user, 'target', id, file);
  }

  @Get('contact-logs/:id/files')
  @ApiOkResponse({ type: [StoredFileView] })
  contactLogFiles(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<StoredFileView[]> {
    return this.files.list(user, 'contact-log', id);
  }

  @Post('contact-logs/:id/files')
  @ApiCreatedResponse({ type: StoredFileView })
  @Upload('contact-log')
  uploadToContactLog(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: UploadedBytes | undefined): Promise<StoredFileView> {
    return this.files.upload(user, 'contact-log', id, file);
  }

  @Get('firms/:id/files')
  @ApiOkResponse({ type: [StoredFileView] })
  firmFiles(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<StoredFileView[]> {
    return this.files.list(user, 'firm', id);
  }

  @Post('firms/:id/files')
  @ApiCreatedResponse({ type: StoredFileView })
  @Upload('firm')
  uploadToFirm(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @UploadedFile() file: UploadedBytes | undefined): Promise<StoredFileView> {
    return this.files.upload(user, 'firm', id, file);
  }

  @Get('files/:id')
  @ApiOkResponse({ type: StoredFileView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<StoredFileView> {
    return this.files.get(user, id);
  }

  /** The stored bytes; `inline=true` asks for a preview (images and PDFs only). */
  @Get('files/:id/content')
  @ApiFileResponse('application/octet-stream', 'The stored bytes, with the content type they were uploaded with')
  download(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query('inline', new ParseBoolPipe({ optional: true })) inline?: boolean) {
    return this.files.download(user, id, inline ?? false);
  }

  @Delete('files/:id')
  @ApiOkResponse({ type: StoredFileView })
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<StoredFileView> {
    return this.files.remove(user, id);
  }
}
