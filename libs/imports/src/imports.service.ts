import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unlink } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataSource } from 'typeorm';
import { UserContextService } from '@crm/access';
import { type AuditEntry, writeAudited } from '@crm/audit';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { badRequest, conflict, invalidField, notFound } from '@crm/http';
import { type NewLeadTarget, openLeadTargets, PipelineHooksRegistry } from '@crm/pipeline';
import { firmNamedTargetedOnLinkSql } from '@crm/pipeline/reads';
import type { ImportCommitted, ImportPreview, ImportResult, ImportStatus } from '@crm/contracts';
import { type FileClaims, firstClaimErrors } from './import-claims';
import { announceImportedTargets } from './import-hooks';
import { loadImportLookups } from './import-lookups';
import { type ImportFileKind, readImportRows, UnreadableFileError } from './import-reader';
import {
  databaseConflicts,
  FileDuplicates,
  headerPositions,
  type ImportKey,
  type ImportRowData,
  parseImportRow,
  type RowError,
  uploadedName,
} from './import.rules';

/** Rows parsed, checked against the database and written per round trip. */
const BATCH = 1000;
/** Error rows listed in a preview; the batch keeps them all. */
const PREVIEW_ERRORS = 500;
/** Ids of created firms and targets kept in a batch's result for links. */
const CREATED_IDS = 200;

export interface UploadedImportFile {
  path: string;
  originalname: string;
}

interface Pending {
  rowNo: number;
  data: ImportRowData;
  errors: RowError[];
  /** The cells as typed, by column key. */
  raw: Record<string, string>;
}

/**
 * Firm/target list imports: upload → preview (every row parsed and checked, stored in import_row)
 * → commit (valid rows written in one transaction by set-based SQL). Re-importing a file changes
 * nothing: firms are upserted by name, targets are unique per firm × link.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserContextService,
    private readonly hooks: PipelineHooksRegistry,
  ) {}

  async upload(user: AuthUser, file: UploadedImportFile | undefined): Promise<ImportPreview> {
    if (!file) throw invalidField('file', 'required', 'attach the file as multipart field "file"', '请上传文件（字段名 file）');
    try {
      const ext = extname(file.originalname).toLowerCase();
      if (ext !== '.xlsx' && ext !== '.csv') throw invalidField('file', 'invalid', 'the file must be .xlsx or .csv', '文件必须是 .xlsx 或 .csv');
      const lookups = await loadImportLookups(this.db.manager, await this.users.load(user));
      const fileName = uploadedName(file.originalname).slice(0, 255);
      const [{ id }] = await this.db.query(`INSERT INTO import_batch (created_by_id, file_name) VALUES ($1, $2) RETURNING id`, [user.id, fileName]);
      try {
        await this.parseInto(id, file.path, ext.slice(1) as ImportFileKind, lookups);
      } catch (err) {
        await this.db.query(`DELETE FROM import_batch WHERE id = $1`, [id]);
        if (err instanceof UnreadableFileError) {
          throw badRequest(
            `cannot read the file as ${ext.slice(1)}: ${err.message}`,
            '无法读取文件，请确认是有效的 .xlsx 或 .csv（UTF-8 或 GBK 编码）文件',
            undefined,
            'import_unreadable',
          );
        }
        throw err;
      }
      return this.preview(user, id);
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  private async parseInto(batchId: number, path: string, kind: ImportFileKind, lookups: Awaited<ReturnType<typeof loadImportLookups>>): Promise<void> {
    const dup = new FileDuplicates();
    const claims: FileClaims = new Map();
    let positions: Partial<Record<ImportKey, number>> | undefined;
    let pending: Pending[] = [];
    let total = 0;
    let invalid = 0;
    const flush = async () => {
      invalid += await this.checkAndStore(batchId, pending, claims);
      pending = [];
    };
    for await (const { rowNo, cells } of readImportRows(path, kind)) {
      if (!positions) {
        const h = headerPositions(cells);
        if (h.missing.length)
          throw badRequest(`missing column(s): ${h.missing.join(', ')}`, `缺少列：${h.missing.join('、')}（请使用导入模板）`, undefined, 'import_header');
        positions = h.positions;
        continue;
      }
      const at = positions;
      const values = Object.fromEntries(Object.entries(at).map(([k, i]) => [k, cells[i as number] ?? '']));
      const parsed = parseImportRow(values, lookups);
      const errors = parsed.errors.length ? parsed.errors : dup.check(rowNo, parsed.data);
      pending.push({ rowNo, data: parsed.data, errors, raw: values });
      total++;
      if (pending.length >= BATCH) await flush();
    }
    if (!positions) throw badRequest('the file is empty', '文件为空（没有表头）', undefined, 'import_header');
    await flush();
    await this.db.query(`UPDATE import_batch SET total_rows = $2, valid_rows = $3, error_rows = $4 WHERE id = $1`, [batchId, total, total - invalid, invalid]);
  }

  /** Checks a batch of rows against firms in the database, then stores them in one INSERT. Returns the invalid count. */
  private async checkAndStore(batchId: number, rows: Pending[], claims: FileClaims): Promise<number> {
    if (!rows.length) return 0;
    const candidates = rows.filter((r) => !r.errors.length);
    const names = candidates.map((r) => r.data.name);
    const codes = candidates.map((r) => r.data.creditCode).filter((c): c is string => !!c);
    const firms: { name: string; credit_code: string | null }[] = await this.db.query(
      `SELECT name, credit_code FROM firm WHERE name = ANY($1) OR credit_code = ANY($2)`,
      [names, codes],
    );
    const byName = new Map(firms.map((f) => [f.name, { creditCode: f.credit_code }]));
    const nameOfCode = new Map(firms.filter((f) => f.credit_code).map((f) => [f.credit_code!, f.name]));
    for (const r of candidates)
      r.errors = databaseConflicts(r.data, byName.get(r.data.name), r.data.creditCode ? nameOfCode.get(r.data.creditCode) : undefined);
    await firstClaimErrors(this.db.manager, candidates, claims);
    await this.db.query(
      `INSERT INTO import_row (batch_id, row_no, data, errors, valid, raw)
       SELECT $1::int, * FROM unnest($2::int[], $3::jsonb[], $4::jsonb[], $5::boolean[], $6::jsonb[])`,
      [
        batchId,
        rows.map((r) => r.rowNo),
        rows.map((r) => JSON.stringify(r.data)),
        rows.map((r) => (r.errors.length ? JSON.stringify(r.errors) : null)),
        rows.map((r) => !r.errors.length),
        rows.map((r) => (r.errors.length ? JSON.stringify(r.raw) : null)),
      ],
    );
    return rows.filter((r) => r.errors.length).length;
  }

  /** The batch's counts, what committing would create, the first error rows and a sample of valid ones. */
  async preview(user: AuthUser, batchId: number): Promise<ImportPreview> {
    const batch = await this.batchFor(user, batchId);
    const [plan]: { new_firms: number; existing_firms: number; new_targets: number }[] = await this.db.query(
      `SELECT count(DISTINCT r.data->>'name') FILTER (WHERE NOT EXISTS (SELECT 1 FROM firm f WHERE f.name = r.data->>'name'))::int AS new_firms,
              count(DISTINCT r.data->>'name') FILTER (WHERE EXISTS (SELECT 1 FROM firm f WHERE f.name = r.data->>'name'))::int AS existing_firms,
              count(*) FILTER (WHERE r.data->>'chainLinkId' IS NOT NULL AND NOT ${firmNamedTargetedOnLinkSql(
                `r.data->>'name'`,
                `(r.data->>'chainLinkId')::int`,
              )})::int AS new_targets
         FROM import_row r WHERE r.batch_id = $1 AND r.valid`,
      [batchId],
    );
    const errorRows: { row_no: number; errors: RowError[] }[] = await this.db.query(
      `SELECT row_no, errors FROM import_row WHERE batch_id = $1 AND NOT valid ORDER BY row_no LIMIT $2`,
      [batchId, PREVIEW_ERRORS],
    );
    const sample: { row_no: number; data: ImportRowData }[] = await this.db.query(
      `SELECT row_no, data FROM import_row WHERE batch_id = $1 AND valid ORDER BY row_no LIMIT 10`,
      [batchId],
    );
    return {
      id: batch.id,
      fileName: batch.file_name,
      status: batch.status,
      totalRows: batch.total_rows,
      validRows: batch.valid_rows,
      errorRows: batch.error_rows,
      willCreate: { firms: plan.new_firms, targets: plan.new_targets },
      existingFirms: plan.existing_firms,
      errors: errorRows.flatMap((r) => r.errors.map((e) => ({ row: r.row_no, ...e }))),
      sample: sample.map((s) => ({ row: s.row_no, ...s.data })),
      result: batch.result,
    };
  }

  /**
   * Writes the valid rows in one transaction: firms upserted by name, firm × link placements, new
   * targets at lead with their history row and first follow-up, and the pipeline hooks a created
   * target fires (the follow-up's reminders among them).
   */
  async commit(user: AuthUser, batchId: number): Promise<ImportCommitted> {
    await this.batchFor(user, batchId);
    return inTransaction(this.db, async (em) => {
      const [locked] = await em.query(`SELECT status FROM import_batch WHERE id = $1 FOR UPDATE`, [batchId]);
      if (locked.status !== 'preview') throw conflict('This import was already committed', '该导入已提交，不能重复提交', 'import_committed');
      const firmRows: { id: number; inserted: boolean }[] = await em.query(
        `WITH src AS (
           SELECT DISTINCT ON (r.data->>'name') r.data->>'name' AS name, r.data->>'creditCode' AS credit_code, r.data->>'hqCity' AS hq_city,
                  ARRAY(SELECT jsonb_array_elements_text(r.data->'tags')) AS tags,
                  CASE WHEN r.data->>'chainLinkId' IS NULL THEN r.data->>'notes' END AS profile
             FROM import_row r WHERE r.batch_id = $1 AND r.valid ORDER BY r.data->>'name', r.row_no)
         INSERT INTO firm (name, credit_code, hq_city, tags, profile) SELECT name, credit_code, hq_city, tags, profile FROM src
         ON CONFLICT (name) DO UPDATE
           SET credit_code = COALESCE(firm.credit_code, EXCLUDED.credit_code), hq_city = COALESCE(EXCLUDED.hq_city, firm.hq_city),
               tags = ARRAY(SELECT DISTINCT unnest(firm.tags || EXCLUDED.tags) ORDER BY 1), profile = COALESCE(firm.profile, EXCLUDED.profile),
               updated_at = now(), version = firm.version + 1
         WHERE NOT (firm.tags @> EXCLUDED.tags AND (EXCLUDED.hq_city IS NULL OR firm.hq_city = EXCLUDED.hq_city)
                    AND (EXCLUDED.credit_code IS NULL OR firm.credit_code IS NOT NULL) AND (EXCLUDED.profile IS NULL OR firm.profile IS NOT NULL))
         RETURNING id, (xmax = 0) AS inserted`,
        [batchId],
      );
      await em.query(
        `INSERT INTO firm_chain_link (firm_id, chain_link_id)
         SELECT DISTINCT f.id, (r.data->>'chainLinkId')::int FROM import_row r JOIN firm f ON f.name = r.data->>'name'
          WHERE r.batch_id = $1 AND r.valid AND r.data->>'chainLinkId' IS NOT NULL
         ON CONFLICT DO NOTHING`,
        [batchId],
      );
      const leads: NewLeadTarget[] = await em.query(
        `SELECT f.id AS "firmId", (r.data->>'chainLinkId')::int AS "chainLinkId", (r.data->>'chainId')::int AS "chainId", (r.data->>'ownerId')::int AS "ownerId",
                r.data->>'expectedInvestment' AS "expectedInvestment", r.data->>'method' AS method, r.data->>'notes' AS notes, r.data->>'nextFollowUpAt' AS "nextFollowUpAt"
           FROM import_row r JOIN firm f ON f.name = r.data->>'name'
          WHERE r.batch_id = $1 AND r.valid AND r.data->>'chainLinkId' IS NOT NULL
          ORDER BY r.row_no`,
        [batchId],
      );
      const created = await openLeadTargets(em, leads, user.id, '批量导入');
      await announceImportedTargets(em, this.hooks, created);
      const [{ with_link }] = await em.query(
        `SELECT count(*)::int AS with_link FROM import_row WHERE batch_id = $1 AND valid AND data->>'chainLinkId' IS NOT NULL`,
        [batchId],
      );
      const result: ImportResult = {
        firmsCreated: firmRows.filter((r) => r.inserted).length,
        firmsUpdated: firmRows.filter((r) => !r.inserted).length,
        targetsCreated: created.length,
        targetsExisting: with_link - created.length,
        // For the wizard's links to what was made (the first ones; the counts say how many in all).
        createdFirmIds: firmRows
          .filter((r) => r.inserted)
          .map((r) => r.id)
          .slice(0, CREATED_IDS),
        createdTargetIds: created.map((r) => r.target_id).slice(0, CREATED_IDS),
      };
      // The rows go in by set-based SQL the audit subscriber cannot see: one entry for the whole import.
      const entry: AuditEntry = {
        action: 'update',
        entity: 'import_batch',
        entityId: batchId,
        userId: user.id,
        changes: {
          status: ['preview', 'committed'],
          ...Object.fromEntries(
            Object.entries(result)
              .filter(([, v]) => typeof v === 'number')
              .map(([k, v]) => [k, [null, v]]),
          ),
        },
      };
      await writeAudited(em, entry, () =>
        em.query(`UPDATE import_batch SET status = 'committed', committed_at = now(), result = $2 WHERE id = $1`, [batchId, JSON.stringify(result)]),
      );
      return { id: batchId, status: 'committed' as const, ...result };
    });
  }

  /** The batch if the caller may see it: its uploader, or any admin. */
  private async batchFor(user: AuthUser, batchId: number) {
    const [batch] = await this.db.query(`SELECT * FROM import_batch WHERE id = $1`, [batchId]);
    if (!batch || (batch.created_by_id !== user.id && user.role !== 'admin')) throw notFound('Import', '导入批次');
    return batch as {
      id: number;
      file_name: string;
      status: ImportStatus;
      total_rows: number;
      valid_rows: number;
      error_rows: number;
      result: ImportResult | null;
    };
  }
}
