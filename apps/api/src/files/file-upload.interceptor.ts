import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, RequestHandler, Response } from 'express';
import multer from 'multer';
import type { Observable } from 'rxjs';
import type { AuthUser } from '@crm/auth';
import { type FileOwner, fileTooLarge, FilesService } from '@crm/files';
import { AppError, badRequest, IdPipe } from '@crm/http';

export const FILE_OWNER_KEY = 'files:owner';
/** Room for the multipart boundaries and part headers around the file itself. */
const MULTIPART_SLACK = 64 * 1024;

/**
 * Reads one upload (multipart field `file`) into memory, in this order so a refused upload costs
 * little and changes nothing: a Content-Length beyond the limit → 413 before any body is read;
 * the record hidden → 404 or not the caller's → 403, also before the body; then multer with
 * fileSize = the limit (a body without a length stops at the limit → 413). A refused body is
 * drained, not buffered, so the client can read the answer.
 */
@Injectable()
export class FileUploadInterceptor implements NestInterceptor {
  private readonly parse: RequestHandler;
  private readonly idPipe = new IdPipe();

  constructor(
    private readonly files: FilesService,
    private readonly reflector: Reflector,
  ) {
    this.parse = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: files.maxBytes, files: 1, fields: 5, parts: 6 },
      defParamCharset: 'utf8',
    }).single('file');
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<Request & { user: AuthUser }>();
    const res = context.switchToHttp().getResponse<Response>();
    const owner = this.reflector.get<FileOwner>(FILE_OWNER_KEY, context.getHandler());
    try {
      const length = Number(req.headers['content-length']);
      if (Number.isFinite(length) && length > this.files.maxBytes + MULTIPART_SLACK) throw fileTooLarge(this.files.maxBytes);
      await this.files.checkWritable(req.user, owner, this.idPipe.transform(String(req.params.id)));
      await new Promise<void>((resolve, reject) => this.parse(req, res, (err: unknown) => (err ? reject(err) : resolve())));
    } catch (err) {
      req.resume();
      throw this.refusal(err);
    }
    return next.handle();
  }

  private refusal(err: unknown): unknown {
    if (err instanceof AppError) return err;
    if (err instanceof multer.MulterError) {
      if (err.code === 'LIMIT_FILE_SIZE') return fileTooLarge(this.files.maxBytes);
      return badRequest(
        `Upload refused: ${err.message} (one file, multipart field "file")`,
        '上传被拒绝：每次只能上传一个文件（表单字段 file）',
        undefined,
        'validation_failed',
      );
    }
    // busboy: a body that is not well-formed multipart
    if (err instanceof Error) return badRequest(`Malformed upload: ${err.message}`, '上传内容格式错误', undefined, 'validation_failed');
    return err;
  }
}
