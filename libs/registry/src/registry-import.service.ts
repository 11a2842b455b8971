import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { unlink } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@crm/audit';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { type ImportFileKind, readImportRows, UnreadableFileError, uploadedName } from '@crm/imports';
import { firmNameKey, type RegistrySource } from '@crm/firms';
import { badRequest, conflict, invalidField, type ListResult, notFound, parseListQuery } from '@crm/http';
import type { RegistryImportResult } from './registry-import.entity';
import { type ExistingFirm, planRegistryRow, RegistryFileDuplicates, type RowPlan } from './registry-match.rules';
import { type RegistryKey, type RegistryRowData, type RegistryRowError, parseRegistryRow, registryHeaderPositions } from './registry-row.rules';

const CHUNK = 500;
const PREVIEW_ERRORS = 200;
const PREVIEW_DUPLICATES = 2000;
const CREATED_IDS = 50;

export interface UploadedRegistryFile {
  path: string;
  originalname: string;
}

interface StoredRow {
  rowNo: number;
  data: RegistryRowData;
  raw: Record<string, string>;
  errors: RegistryRowError[];
  duplicateOf: number | null;
  duplicateBy: 'code' | 'name' | null;
}

interface BatchRow {
  id: number;
  created_by_id: number;
  file_name: string;
  source: RegistrySource;
  exported_on: string;
  status: 'preview' | 'committed';
  total_rows: number;
  error_rows: number;
  duplicate_rows: number;
  result: RegistryImportResult | null;
  created_at: Date;
  committed_at: Date | null;
}

const dbError = (plan: RowPlan): RegistryRowError | null => {
  if (plan.action === 'ambiguous')
    return {
      column: '企业名称',
      code: 'ambiguous',
      reason: `the name matches ${plan.firms.length} firms (${plan.firms.join(', ')}); merge them first`,
      reasonZh: `名称匹配到 ${plan.firms.length} 家企业（${plan.firms.join('、')}），请先合并疑似重复企业`,
    };
  if (plan.action === 'name_taken')
    return {
      column: '企业名称',
      code: 'name_taken',
      reason: 'a firm with this name and another credit code exists',
      reasonZh: '已有同名企业，且统一社会信用代码不同',
    };
  return null;
};

/**
 * The candidate pool from registry exports (企查查/天眼查/启信宝): upload → preview (every row
 * parsed; duplicates within the file and matches in the database reported) → commit (one
 * transaction; new firms created, matched firms updated with the registry fields and provenance).
 * A firm is matched by 统一社会信用代码, else by normalised name (firmNameKey over name, full name
 * and aliases), so a newer file updates and never duplicates.
 */
@Injectable()
export class RegistryImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async upload(user: AuthUser, file: UploadedRegistryFile | undefined, source: RegistrySource, exportedOn: string) {
    if (!file) throw invalidField('file', 'required', 'attach the file as multipart field "file"', '请上传文件（字段名 file）');
    try {
      const ext = extname(file.originalname).toLowerCase();
      if (ext !== '.xlsx' && ext !== '.csv') throw invalidField('file', 'invalid', 'the file must be .xlsx or .csv', '文件必须是 .xlsx 或 .csv');
      const rows = await this.read(file.path, ext.slice(1) as ImportFileKind, exportedOn);
      return await inTransaction(this.db, async (em) => {
        const [{ id }] = await em.query(
          `INSERT INTO registry_import (created_by_id, file_name, source, exported_on, total_rows, error_rows, duplicate_rows)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            user.id,
            uploadedName(file.originalname).slice(0, 255),
            source,
            exportedOn,
            rows.length,
            rows.filter((r) => r.errors.length).length,
            rows.filter((r) => r.duplicateOf !== null).length,
          ],
        );
        for (let i = 0; i < rows.length; i += CHUNK) {
          const part = rows.slice(i, i + CHUNK);
          await em.query(
            `INSERT INTO registry_import_row (batch_id, row_no, data, raw, errors, duplicate_of, duplicate_by)
             SELECT $1::int, * FROM unnest($2::int[], $3::jsonb[], $4::jsonb[], $5::jsonb[], $6::int[], $7::text[])`,
            [
              id,
              part.map((r) => r.rowNo),
              part.map((r) => JSON.stringify(r.data)),
              part.map((r) => JSON.stringify(r.raw)),
              part.map((r) => (r.errors.length ? JSON.stringify(r.errors) : null)),
              part.map((r) => r.duplicateOf),
              part.map((r) => r.duplicateBy),
            ],
          );
        }
        return this.previewIn(em, id);
      });
    } finally {
      await unlink(file.path).catch(() => undefined);
    }
  }

  /** Parses the file, finds duplicates within it and checks every row against the database. */
  private async read(path: string, kind: ImportFileKind, exportedOn: string): Promise<StoredRow[]> {
    const dup = new RegistryFileDuplicates();
    const rows: StoredRow[] = [];
    let positions: Partial<Record<RegistryKey, number>> | undefined;
    try {
      for await (const { rowNo, cells } of readImportRows(path, kind)) {
        if (!positions) {
          const h = registryHeaderPositions(cells);
          if (h.missing.length) throw badRequest(`missing column(s): ${h.missing.join(', ')}`, `缺少列：${h.missing.join('、')}`, undefined, 'import_header');
          positions = h.positions;
          continue;
        }
        const raw = Object.fromEntries(Object.entries(positions).map(([k, i]) => [k, cells[i as number] ?? ''])) as Record<string, string>;
        const parsed = parseRegistryRow(raw);
        const row: StoredRow = { rowNo, data: parsed.data, raw, errors: parsed.errors, duplicateOf: null, duplicateBy: null };
        if (!row.errors.length) {
          const v = dup.check(rowNo, parsed.data);
          if (v.kind === 'duplicate') [row.duplicateOf, row.duplicateBy] = [v.of, v.by];
          if (v.kind === 'name_clash')
            row.errors.push({
              column: '企业名称',
              code: 'name_clash',
              reason: `row ${v.of} has the same name and another credit code`,
              reasonZh: `与第 ${v.of} 行企业名称相同但统一社会信用代码不同`,
            });
        }
        rows.push(row);
      }
    } catch (err) {
      if (err instanceof UnreadableFileError)
        throw badRequest(
          `cannot read the file: ${err.message}`,
          '无法读取文件，请确认是有效的 .xlsx 或 .csv（UTF-8 或 GBK 编码）文件',
          undefined,
          'import_unreadable',
        );
      throw err;
    }
    if (!positions) throw badRequest('the file is empty', '文件为空（没有表头）', undefined, 'import_header');
    const plans = await this.plan(this.db.manager, rows, exportedOn);
    for (const r of rows) {
      const e = plans.get(r.rowNo);
      if (e && dbError(e)) r.errors.push(dbError(e)!);
    }
    return rows;
  }

  /**
   * The database plan of every valid, non-duplicate row: create, update which firm, stale, or an
   * error. A second row that lands on a firm an earlier row already updates is a duplicate of it.
   */
  private async plan(em: EntityManager, rows: readonly Pick<StoredRow, 'rowNo' | 'data' | 'errors' | 'duplicateOf' | 'duplicateBy'>[], exportedOn: string) {
    const live = rows.filter((r) => !r.errors.length && r.duplicateOf === null);
    const plans = new Map<number, RowPlan>();
    const firmRow = new Map<number, number>();
    for (let i = 0; i < live.length; i += CHUNK) {
      const part = live.slice(i, i + CHUNK);
      const keyOf = new Map(part.map((r) => [r.rowNo, firmNameKey(r.data.name) ?? r.data.name]));
      const found: (ExistingFirm & { nameKeys: string[] })[] = await em.query(
        `SELECT id, name, credit_code AS "creditCode", to_char(registry_exported_on, 'YYYY-MM-DD') AS "registryExportedOn", name_keys AS "nameKeys"
           FROM firm WHERE credit_code = ANY($1::text[]) OR name_keys && $2::text[] OR name = ANY($3::text[]) ORDER BY id`,
        [part.map((r) => r.data.creditCode).filter(Boolean), [...keyOf.values()], part.map((r) => r.data.name)],
      );
      for (const r of part) {
        const key = keyOf.get(r.rowNo)!;
        const plan = planRegistryRow(
          r.data,
          exportedOn,
          r.data.creditCode ? found.find((f) => f.creditCode === r.data.creditCode) : undefined,
          found.filter((f) => f.nameKeys.includes(key)),
          found.find((f) => f.name === r.data.name),
        );
        if (plan.action === 'update' || plan.action === 'stale') {
          const earlier = firmRow.get(plan.firmId);
          if (earlier !== undefined) {
            const row = rows.find((x) => x.rowNo === r.rowNo)!;
            row.duplicateOf = earlier;
            row.duplicateBy = plan.action === 'update' ? plan.by : 'name';
            continue;
          }
          firmRow.set(plan.firmId, r.rowNo);
        }
        plans.set(r.rowNo, plan);
      }
    }
    return plans;
  }

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<Record<string, unknown>>> {
    const { skip, take } = parseListQuery(query, ['id'], { field: 'id', order: 'DESC' });
    const mine = user.role === 'admin' ? null : user.id;
    const rows = await this.db.query(
      `SELECT b.id, b.file_name AS "fileName", b.source, to_char(b.exported_on, 'YYYY-MM-DD') AS "exportedOn", b.status,
              b.total_rows AS "totalRows", b.error_rows AS "errorRows", b.duplicate_rows AS "duplicateRows", b.result,
              b.created_at AS "createdAt", b.committed_at AS "committedAt", b.created_by_id AS "createdById", u.display_name AS "createdByName",
              count(*) OVER ()::int AS total
         FROM registry_import b JOIN app_user u ON u.id = b.created_by_id
        WHERE ($1::int IS NULL OR b.created_by_id = $1) ORDER BY b.created_at DESC, b.id DESC OFFSET $2 LIMIT $3`,
      [mine, skip, take],
    );
    return { data: rows.map(({ total: _t, ...r }: { total: number }) => r), total: rows[0]?.total ?? 0, skip };
  }

  async preview(user: AuthUser, id: number) {
    await this.batchFor(user, id);
    return this.previewIn(this.db.manager, id);
  }

  /** Counts, what committing would do, the errors and the duplicates report. */
  private async previewIn(em: EntityManager, id: number) {
    const [b]: BatchRow[] = await em.query(`SELECT *, to_char(exported_on, 'YYYY-MM-DD') AS exported_on FROM registry_import WHERE id = $1`, [id]);
    const errors: { row_no: number; errors: RegistryRowError[]; name: string }[] = await em.query(
      `SELECT row_no, errors, data->>'name' AS name FROM registry_import_row WHERE batch_id = $1 AND errors IS NOT NULL ORDER BY row_no LIMIT $2`,
      [id, PREVIEW_ERRORS],
    );
    const duplicates: {
      row_no: number;
      name: string;
      credit_code: string | null;
      duplicate_of: number;
      duplicate_by: string;
      of_name: string;
      of_code: string | null;
    }[] = await em.query(
      `SELECT r.row_no, r.data->>'name' AS name, r.data->>'creditCode' AS credit_code, r.duplicate_of, r.duplicate_by,
                o.data->>'name' AS of_name, o.data->>'creditCode' AS of_code
           FROM registry_import_row r JOIN registry_import_row o ON o.batch_id = r.batch_id AND o.row_no = r.duplicate_of
          WHERE r.batch_id = $1 AND r.duplicate_of IS NOT NULL ORDER BY r.row_no LIMIT $2`,
      [id, PREVIEW_DUPLICATES],
    );
    let willCreate = 0;
    let willUpdate = 0;
    let stale = 0;
    if (b.status === 'preview') {
      const rows = await this.validRows(em, id);
      for (const p of (await this.plan(em, rows, b.exported_on)).values()) {
        if (p.action === 'create') willCreate++;
        else if (p.action === 'update') willUpdate++;
        else if (p.action === 'stale') stale++;
      }
    }
    return {
      id: b.id,
      fileName: b.file_name,
      source: b.source,
      exportedOn: b.exported_on,
      status: b.status,
      totalRows: b.total_rows,
      errorRows: b.error_rows,
      duplicateRows: b.duplicate_rows,
      willCreate,
      willUpdate,
      stale,
      errors: errors.flatMap((r) => r.errors.map((e) => ({ row: r.row_no, name: r.name, ...e }))),
      duplicates: duplicates.map((d) => ({
        row: d.row_no,
        name: d.name,
        creditCode: d.credit_code,
        duplicateOf: d.duplicate_of,
        duplicateBy: d.duplicate_by,
        ofName: d.of_name,
        ofCreditCode: d.of_code,
      })),
      result: b.result,
    };
  }

  private async validRows(em: EntityManager, id: number): Promise<StoredRow[]> {
    const rows: { row_no: number; data: RegistryRowData }[] = await em.query(
      `SELECT row_no, data FROM registry_import_row WHERE batch_id = $1 AND errors IS NULL AND duplicate_of IS NULL ORDER BY row_no`,
      [id],
    );
    return rows.map((r) => ({ rowNo: r.row_no, data: r.data, raw: {}, errors: [], duplicateOf: null, duplicateBy: null }));
  }

  /**
   * Writes the batch in one transaction. The plan is worked out again inside it (the database may
   * have changed since the preview); registry imports take one lock so two never interleave.
   */
  async commit(user: AuthUser, id: number) {
    await this.batchFor(user, id);
    return inTransaction(this.db, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('registry_import'))`);
      const [b]: BatchRow[] = await em.query(`SELECT *, to_char(exported_on, 'YYYY-MM-DD') AS exported_on FROM registry_import WHERE id = $1 FOR UPDATE`, [id]);
      if (b.status !== 'preview') throw conflict('This import was already committed', '该导入已提交，不能重复提交', 'import_committed');
      const rows = await this.validRows(em, id);
      const plans = await this.plan(em, rows, b.exported_on);
      const toRecord = (r: StoredRow, firmId: number | null) => ({
        firm_id: firmId,
        name: r.data.name,
        credit_code: r.data.creditCode,
        legal_representative: r.data.legalRepresentative,
        established_on: r.data.establishedOn,
        registered_capital: r.data.registeredCapital,
        registered_capital_text: r.data.registeredCapitalText,
        firm_type: r.data.firmType,
        industry: r.data.industry,
        registered_address: r.data.registeredAddress,
        business_scope: r.data.businessScope,
        tags: r.data.tags,
        hq_city: r.data.city,
        website: r.data.website,
      });
      const creates = rows.filter((r) => plans.get(r.rowNo)?.action === 'create').map((r) => toRecord(r, null));
      const updates = rows.flatMap((r) => {
        const p = plans.get(r.rowNo);
        return p?.action === 'update' ? [toRecord(r, p.firmId)] : [];
      });
      const recordset = `jsonb_to_recordset($1::jsonb) AS r(firm_id int, name text, credit_code text, legal_representative text, established_on date,
        registered_capital numeric, registered_capital_text text, firm_type text, industry text, registered_address text, business_scope text,
        tags text[], hq_city text, website text)`;
      const created: { id: number }[] = [];
      for (let i = 0; i < creates.length; i += CHUNK) {
        created.push(
          ...(await em.query(
            `INSERT INTO firm (name, full_name, credit_code, legal_representative, established_on, registered_capital, registered_capital_text, firm_type,
                               industry, registered_address, business_scope, tags, hq_city, website, registry_source, registry_exported_on, registry_updated_at)
             SELECT name, name, credit_code, legal_representative, established_on, registered_capital, registered_capital_text, firm_type,
                    industry, registered_address, business_scope, tags, hq_city, website, $2, $3::date, now()
               FROM ${recordset} RETURNING id`,
            [JSON.stringify(creates.slice(i, i + CHUNK)), b.source, b.exported_on],
          )),
        );
      }
      let updated = 0;
      for (let i = 0; i < updates.length; i += CHUNK) {
        const [{ n }]: { n: number }[] = await em.query(
          `WITH u AS (UPDATE firm f SET
             credit_code = coalesce(f.credit_code, r.credit_code),
             full_name = coalesce(f.full_name, r.name),
             aliases = CASE WHEN r.name IN (f.name, coalesce(f.full_name, r.name)) OR r.name = ANY(f.aliases) OR cardinality(f.aliases) >= 20
                            THEN f.aliases ELSE f.aliases || r.name END,
             legal_representative = coalesce(r.legal_representative, f.legal_representative),
             established_on = coalesce(r.established_on, f.established_on),
             registered_capital = CASE WHEN r.registered_capital IS NOT NULL OR r.registered_capital_text IS NOT NULL THEN r.registered_capital ELSE f.registered_capital END,
             registered_capital_text = CASE WHEN r.registered_capital IS NOT NULL OR r.registered_capital_text IS NOT NULL THEN r.registered_capital_text ELSE f.registered_capital_text END,
             firm_type = coalesce(r.firm_type, f.firm_type),
             industry = coalesce(r.industry, f.industry),
             registered_address = coalesce(r.registered_address, f.registered_address),
             business_scope = coalesce(r.business_scope, f.business_scope),
             tags = ARRAY(SELECT DISTINCT unnest(f.tags || r.tags) ORDER BY 1),
             hq_city = coalesce(f.hq_city, r.hq_city),
             website = coalesce(f.website, r.website),
             registry_source = $2, registry_exported_on = $3::date, registry_updated_at = now(), updated_at = now(), version = f.version + 1
           FROM ${recordset} WHERE f.id = r.firm_id RETURNING f.id)
           SELECT count(*)::int AS n FROM u`,
          [JSON.stringify(updates.slice(i, i + CHUNK)), b.source, b.exported_on],
        );
        updated += n;
      }
      const stale = [...plans.values()].filter((p) => p.action === 'stale').length;
      const result: RegistryImportResult = {
        firmsCreated: created.length,
        firmsUpdated: updated,
        stale,
        skipped: rows.length - created.length - updated - stale,
        createdFirmIds: created.slice(0, CREATED_IDS).map((r) => r.id),
      };
      await em.query(`UPDATE registry_import SET status = 'committed', committed_at = now(), result = $2 WHERE id = $1`, [id, JSON.stringify(result)]);
      // Firms go in by set-based SQL the audit subscriber cannot see: one entry for the whole import.
      await this.audit.record(em, {
        action: 'update',
        entity: 'registry_import',
        entityId: id,
        userId: user.id,
        changes: { status: ['preview', 'committed'], firmsCreated: [null, result.firmsCreated], firmsUpdated: [null, result.firmsUpdated] },
      });
      return { ...(await this.previewIn(em, id)), result };
    });
  }

  /** The batch if the caller may see it: its uploader, or any admin. */
  private async batchFor(user: AuthUser, id: number): Promise<void> {
    const [b] = await this.db.query(`SELECT created_by_id FROM registry_import WHERE id = $1`, [id]);
    if (!b || (b.created_by_id !== user.id && user.role !== 'admin')) throw notFound('Registry import', '企业库导入批次');
  }
}
