import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@crm/auth';
import { idList, type ListResult, notFound, parseListQuery } from '@crm/http';
import type { ImportHistoryEntry as ImportHistoryEntryShape } from '@crm/contracts';
import { IMPORT_COLUMNS, type RowError } from './import.rules';
import { addSheet, streamWorkbook } from '@crm/reports';

export type ImportHistoryEntry = ImportHistoryEntryShape<Date>;

/** Rows of refused rows read per round trip when writing the rejected-rows workbook. */
const PAGE = 2000;

/**
 * The import history (who imported which file when, with the counts) and the rejected rows of a
 * batch as a workbook: the template's columns as typed, plus 错误原因, to fix and upload again.
 * Admins see every batch; a chain manager only their own.
 */
@Injectable()
export class ImportHistoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<ImportHistoryEntry>> {
    const { filter, skip, take } = parseListQuery(query, ['id'], { field: 'id', order: 'DESC' });
    const ids = idList(filter.id);
    const by = user.role === 'admin' ? idList(filter.createdById, 'createdById') : [user.id];
    const rows: (ImportHistoryEntry & { total: string })[] = await this.db.query(
      `SELECT b.id, b.file_name AS "fileName", b.status, b.created_by_id AS "createdById", u.display_name AS "createdByName",
              b.created_at AS "createdAt", b.committed_at AS "committedAt", b.total_rows AS "totalRows", b.valid_rows AS "validRows",
              b.error_rows AS "errorRows", b.result, count(*) OVER () AS total
         FROM import_batch b JOIN app_user u ON u.id = b.created_by_id
        WHERE ($1::int[] IS NULL OR b.id = ANY($1)) AND ($2::int[] IS NULL OR b.created_by_id = ANY($2))
        ORDER BY b.created_at DESC, b.id DESC OFFSET $3 LIMIT $4`,
      [ids ?? null, by ?? null, skip, take],
    );
    return { data: rows.map(({ total: _t, ...r }) => r), total: Number(rows[0]?.total ?? 0), skip };
  }

  async writeRejected(user: AuthUser, batchId: number, res: Response): Promise<void> {
    const [batch] = await this.db.query(`SELECT id, file_name, created_by_id FROM import_batch WHERE id = $1`, [batchId]);
    if (!batch || (batch.created_by_id !== user.id && user.role !== 'admin')) throw notFound('Import', '导入批次');
    const base = String(batch.file_name).replace(/\.(xlsx|csv)$/i, '');
    await streamWorkbook(res, `${base}-未通过的行.xlsx`, `import-${batchId}-rejected.xlsx`, async (wb) => {
      const ws = addSheet(wb, '未通过的行', [
        ...IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(12, c.header.length * 2 + 4) })),
        { header: '错误原因', key: 'reasons', width: 60 },
        { header: '原文件行号', key: 'rowNo', width: 12 },
      ]);
      ws.getColumn('reasons').font = { color: { argb: 'FFC62828' } };
      for (let after = 0; ;) {
        const rows: { row_no: number; raw: Record<string, string> | null; errors: RowError[] }[] = await this.db.query(
          `SELECT row_no, raw, errors FROM import_row WHERE batch_id = $1 AND NOT valid AND row_no > $2 ORDER BY row_no LIMIT $3`,
          [batchId, after, PAGE],
        );
        for (const r of rows) {
          // Cells stay text: a name like "=1+1" must not turn into a formula when the file is reopened.
          ws.addRow({ ...(r.raw ?? {}), reasons: r.errors.map((e) => `${e.column}：${e.reasonZh}`).join('；'), rowNo: r.row_no }).commit();
        }
        if (rows.length < PAGE) break;
        after = rows[rows.length - 1].row_no;
      }
      ws.commit();
    });
  }
}
