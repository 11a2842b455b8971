import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { inTransaction } from '@crm/database';
import { contentDisposition, forbidden, notFound } from '@crm/http';
import { removeAudited } from '@crm/audit';
import { ContactLogsService, readableTarget, writableTarget } from '@crm/pipeline';
import { fileMissing, fileTooLarge, fileTypeRefused } from './files.errors';
import { sniffFileType } from './file-type.util';
import { type FileOwner, StoredFile } from './stored-file.entity';

/** What an upload hands the service (multer's memory-stored file). */
export interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export type StoredFileRow = StoredFile & { uploadedByName: string | null; previewable: boolean };

const OWNER_COLUMN: Record<FileOwner, 'targetId' | 'contactLogId' | 'firmId'> = { target: 'targetId', 'contact-log': 'contactLogId', firm: 'firmId' };
const fileNotFound = () => notFound('File', '文件');
const PREVIEWABLE = /^(image\/(jpeg|png|webp|gif)|application\/pdf)$/;

/**
 * Files on targets, contact logs and firms, kept in Postgres. Every call is checked against the
 * record the file hangs on, with that record's own rules: a target's (own/team/chain), a log's
 * (its target's; its author may change it), a firm's (everyone reads; admins, promoters and chain
 * managers attach). Hidden record → 404, as for the record itself.
 */
@Injectable()
export class FilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: UserContextService,
    private readonly logs: ContactLogsService,
  ) {}

  get maxBytes(): number {
    return this.config.files.maxBytes;
  }

  /** Throws 404 when the caller may not see the record. */
  async checkReadable(user: AuthUser, owner: FileOwner, id: number, em: EntityManager = this.db.manager): Promise<void> {
    if (owner === 'target') await readableTarget(em, await this.access.load(user, em), id);
    else if (owner === 'contact-log') await this.logs.get(user, id, em);
    else {
      const [firm] = await em.query('SELECT 1 FROM firm WHERE id = $1', [id]);
      if (!firm) throw notFound('Firm', '企业');
    }
  }

  /** Throws 404 (hidden) or 403 (visible, not the caller's to change). Called before the body is read. */
  async checkWritable(user: AuthUser, owner: FileOwner, id: number, em: EntityManager = this.db.manager): Promise<void> {
    const ctx = await this.access.load(user, em);
    if (owner === 'target') {
      await writableTarget(em, ctx, id);
    } else if (owner === 'contact-log') {
      const log = await this.logs.get(user, id, em);
      if (log.authorId !== user.id || user.role === 'leader') await writableTarget(em, ctx, log.targetId);
    } else {
      await this.checkReadable(user, owner, id, em);
      if (user.role === 'leader') throw forbidden('Leaders read files but do not attach or delete them', '领导只能查看文件，不能上传或删除');
    }
  }

  async list(user: AuthUser, owner: FileOwner, id: number): Promise<StoredFileRow[]> {
    await this.checkReadable(user, owner, id);
    const files = await this.db.getRepository(StoredFile).find({ where: { [OWNER_COLUMN[owner]]: id }, order: { createdAt: 'DESC', id: 'DESC' } });
    return this.toRows(files);
  }

  async upload(user: AuthUser, owner: FileOwner, id: number, file: UploadedBytes | undefined): Promise<StoredFileRow> {
    if (!file || !file.size) throw fileMissing();
    if (file.size > this.maxBytes) throw fileTooLarge(this.maxBytes);
    const type = sniffFileType(file.buffer);
    if (!type) throw fileTypeRefused();
    const saved = await inTransaction(this.db, async (em) => {
      await this.checkWritable(user, owner, id, em);
      const repo = em.getRepository(StoredFile);
      const row = await repo.save(
        repo.create({
          [OWNER_COLUMN[owner]]: id,
          fileName: cleanFileName(file.originalname, type.kind),
          contentType: type.contentType,
          size: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          uploadedById: user.id,
        }),
      );
      // The bytes by raw statement: the audit subscriber records the row above, never the content.
      await em.query('INSERT INTO stored_file_content (file_id, data) VALUES ($1, $2)', [row.id, file.buffer]);
      return row;
    });
    return (await this.toRows([saved]))[0];
  }

  async get(user: AuthUser, fileId: number, em: EntityManager = this.db.manager): Promise<StoredFileRow> {
    const file = await em.getRepository(StoredFile).findOneBy({ id: fileId });
    if (!file) throw fileNotFound();
    const [owner, ownerId] = ownerOf(file);
    try {
      await this.checkReadable(user, owner, ownerId, em);
    } catch {
      throw fileNotFound();
    }
    return (await this.toRows([file], em))[0];
  }

  /** The bytes as stored, as an attachment (or inline for a preview of an image or PDF). */
  async download(user: AuthUser, fileId: number, inline: boolean): Promise<StreamableFile> {
    const file = await this.get(user, fileId);
    const [{ data }] = await this.db.query('SELECT data FROM stored_file_content WHERE file_id = $1', [fileId]);
    return new StreamableFile(data as Buffer, {
      type: file.contentType,
      length: (data as Buffer).length,
      disposition: contentDisposition(inline && file.previewable ? 'inline' : 'attachment', file.fileName),
    });
  }

  /** Whoever may change the record removes its files; a firm's file only its uploader or an admin. */
  async remove(user: AuthUser, fileId: number): Promise<StoredFileRow> {
    return inTransaction(this.db, async (em) => {
      const file = await this.get(user, fileId, em);
      const [owner, ownerId] = ownerOf(file);
      await this.checkWritable(user, owner, ownerId, em);
      if (owner === 'firm' && user.role !== 'admin' && file.uploadedById !== user.id) {
        throw forbidden('Only the uploader or an admin may delete a firm’s file', '只有上传者或管理员可以删除企业文件');
      }
      const { uploadedByName: _n, previewable: _p, ...row } = file;
      await removeAudited(em, StoredFile, row as StoredFile);
      return file;
    });
  }

  private async toRows(files: StoredFile[], em: EntityManager = this.db.manager): Promise<StoredFileRow[]> {
    const ids = [...new Set(files.map((f) => f.uploadedById).filter((x): x is number => x !== null))];
    const users: { id: number; display_name: string }[] = ids.length
      ? await em.query('SELECT id, display_name FROM app_user WHERE id = ANY($1::int[])', [ids])
      : [];
    return files.map((f) => ({
      ...f,
      uploadedByName: users.find((u) => u.id === f.uploadedById)?.display_name ?? null,
      previewable: PREVIEWABLE.test(f.contentType),
    }));
  }
}

function ownerOf(f: StoredFile): [FileOwner, number] {
  if (f.targetId !== null) return ['target', f.targetId];
  if (f.contactLogId !== null) return ['contact-log', f.contactLogId];
  return ['firm', f.firmId!];
}

/** The name as the user chose it, without path parts or control characters; a phone's blank name becomes "photo.jpeg". */
export function cleanFileName(name: string, kind: string): string {
  const base = (name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return base || `${kind === 'jpeg' || kind === 'heic' || kind === 'png' || kind === 'webp' ? 'photo' : 'file'}.${kind === 'text' ? 'txt' : kind}`;
}
