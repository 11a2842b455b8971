import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@crm/audit';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { Firm, FirmsService } from '@crm/firms';
import { conflict, invalidField, type ListResult, notFound, parseListQuery, staleVersion } from '@crm/http';
import type { MovedRows, RemovedRows } from './firm-merge.entity';
import { type MergeableFirm, MERGE_FIELDS, type MergeField, type MergeSide, mergedValues, undoValues } from './merge.rules';

export interface MergeRequest {
  survivorId: number;
  mergedId: number;
  survivorVersion: number;
  mergedVersion: number;
  choices?: Partial<Record<MergeField, MergeSide>>;
}

/** Tables (and their column) that point at a firm, found in the catalogue: a table added later moves too. */
interface FirmReference {
  table: string;
  column: string;
  keys: string[];
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;
const WHAT: [string, string] = ['firm merge', '合并记录'];
/**
 * Link rows whose twin on the survivor makes them redundant (the same chain link, the same team's
 * grant, the same person's pending request): removed and kept for undo. A twin anywhere else (two
 * targets on one chain link) is a real conflict a person must settle first.
 */
const TWINS_DROPPABLE = new Set(['firm_chain_link', 'firm_claim_share', 'claim_request']);

/**
 * Merging two firms (合并企业): the survivor takes the chosen fields, the other's names as aliases
 * and the union of tags; every row that points at the merged firm (targets with their logs and
 * history, contact persons, files, chain links, 首报首谈 requests and grants …) moves to the
 * survivor; the merged firm is deleted. One transaction, audited. What moved (and any row removed
 * because the survivor already had its twin) is stored, so an admin can undo it exactly. Merging
 * is an admin's job (PRODUCT.md: users, settings, merges); the routes say so.
 */
@Injectable()
export class FirmMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly firms: FirmsService,
    private readonly audit: AuditService,
  ) {}

  /** Both firms and how many rows of each kind would move. */
  async preview(survivorId: number, mergedId: number) {
    if (survivorId === mergedId) throw invalidField('mergedId', 'invalid', 'choose two different firms', '请选择两家不同的企业');
    const [survivor, merged] = await Promise.all([this.firms.get(survivorId), this.firms.get(mergedId)]);
    const counts: Record<string, number> = {};
    for (const ref of await this.references(this.db.manager)) {
      const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${q(ref.table)} WHERE ${q(ref.column)} = $1`, [mergedId]);
      counts[ref.table] = n;
    }
    return { survivor, merged, fields: MERGE_FIELDS, moves: counts };
  }

  async merge(user: AuthUser, req: MergeRequest) {
    if (req.survivorId === req.mergedId) throw invalidField('mergedId', 'invalid', 'choose two different firms', '请选择两家不同的企业');
    for (const [field, side] of Object.entries(req.choices ?? {})) {
      if (!(MERGE_FIELDS as readonly string[]).includes(field) || (side !== 'survivor' && side !== 'merged'))
        throw invalidField(`choices.${field}`, 'isIn', `choices take one of ${MERGE_FIELDS.join(', ')} → 'survivor' | 'merged'`, `字段选择无效：${field}`);
    }
    return inTransaction(this.db, async (em) => {
      // Lock both in id order, so two merges touching the same firms queue instead of deadlocking.
      const locked: { id: number; version: number }[] = await em.query(`SELECT id, version FROM firm WHERE id = ANY($1::int[]) ORDER BY id FOR UPDATE`, [
        [req.survivorId, req.mergedId],
      ]);
      const version = new Map(locked.map((r) => [r.id, r.version]));
      if (!version.has(req.survivorId) || !version.has(req.mergedId)) throw notFound('firm', '企业');
      if (version.get(req.survivorId) !== req.survivorVersion || version.get(req.mergedId) !== req.mergedVersion) throw staleVersion('firm', '企业');

      const repo = em.getRepository(Firm);
      const survivor = (await repo.findOneByOrFail({ id: req.survivorId })) as unknown as MergeableFirm & Firm;
      const merged = (await repo.findOneByOrFail({ id: req.mergedId })) as unknown as MergeableFirm & Firm;
      const after = mergedValues(survivor, merged, req.choices ?? {});
      const before = Object.fromEntries(Object.keys(after).map((k) => [k, (survivor as unknown as Record<string, unknown>)[k] ?? null]));
      const [{ row: mergedRow }] = await em.query(`SELECT to_jsonb(f) AS row FROM firm f WHERE id = $1`, [req.mergedId]);

      const moved: MovedRows[] = [];
      const removed: RemovedRows[] = [];
      for (const ref of await this.references(em)) {
        const r = await this.moveRows(em, ref, req.mergedId, req.survivorId);
        if (r.moved.length) moved.push({ table: ref.table, column: ref.column, keys: r.moved });
        if (r.removed.length) removed.push({ table: ref.table, rows: r.removed });
      }
      await em.query(`DELETE FROM firm WHERE id = $1`, [req.mergedId]);
      await repo.update(req.survivorId, after as Partial<Firm>);
      const [{ id }] = await em.query(
        `INSERT INTO firm_merge (survivor_id, merged_id, merged_name, merged_firm, survivor_before, survivor_after, moved, removed, merged_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          req.survivorId,
          req.mergedId,
          merged.name,
          JSON.stringify(mergedRow),
          JSON.stringify(before),
          JSON.stringify(after),
          JSON.stringify(moved),
          JSON.stringify(removed),
          user.id,
        ],
      );
      const changed = Object.fromEntries(
        Object.keys(after)
          .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
          .map((k) => [k, [before[k], after[k]] as [unknown, unknown]]),
      );
      await this.audit.record(em, {
        action: 'update',
        entity: 'firm',
        entityId: req.survivorId,
        userId: user.id,
        changes: { ...changed, mergedFrom: [null, req.mergedId] },
      });
      await this.audit.record(em, {
        action: 'delete',
        entity: 'firm',
        entityId: req.mergedId,
        userId: user.id,
        changes: { name: [merged.name, null], mergedInto: [null, req.survivorId] },
      });
      await this.audit.record(em, {
        action: 'insert',
        entity: 'firm_merge',
        entityId: id,
        userId: user.id,
        changes: {
          survivorId: [null, req.survivorId],
          mergedId: [null, req.mergedId],
          moved: [null, Object.fromEntries(moved.map((m) => [m.table, m.keys.length]))],
          removed: [null, Object.fromEntries(removed.map((m) => [m.table, m.rows.length]))],
        },
      });
      return this.getIn(em, id);
    });
  }

  /**
   * Admin only (the route says so). Restores the merged firm with its id, moves back exactly the
   * rows that moved (those still on the survivor), re-creates removed twins, and returns the
   * survivor's fields to their values before the merge unless someone changed them since.
   */
  async undo(user: AuthUser, id: number) {
    return inTransaction(this.db, async (em) => {
      const [m] = await em.query(`SELECT * FROM firm_merge WHERE id = $1 FOR UPDATE`, [id]);
      if (!m) throw notFound(...WHAT);
      if (m.state !== 'merged') throw conflict('This merge was already undone', '该合并已撤销', 'merge_undone');
      const later: { id: number }[] = await em.query(`SELECT id FROM firm_merge WHERE state = 'merged' AND id > $1 AND (survivor_id = $2 OR merged_id = $2)`, [
        id,
        m.survivor_id,
      ]);
      if (later.length)
        throw conflict(
          `The survivor took part in a later merge (#${later.map((l) => l.id).join(', #')}); undo that first`,
          `该企业之后又参与了合并（#${later.map((l) => l.id).join('、#')}），请先撤销后面的合并`,
          'merge_later',
        );
      const repo = em.getRepository(Firm);
      const current = await repo.findOneBy({ id: m.survivor_id });
      if (!current) throw conflict('The surviving firm no longer exists', '保留的企业已被删除，无法撤销', 'merge_survivor_gone');
      await em.query(`SELECT 1 FROM firm WHERE id = $1 FOR UPDATE`, [m.survivor_id]);
      const { restore, kept } = undoValues(m.survivor_before, m.survivor_after, current as unknown as Record<string, unknown>);
      if (Object.keys(restore).length) await repo.update(m.survivor_id, restore as Partial<Firm>);

      const firmCols = await this.insertableColumns(em, 'firm');
      try {
        await em.query(`SAVEPOINT undo_firm`);
        await em.query(`INSERT INTO firm (${firmCols.map(q).join(', ')}) SELECT ${firmCols.map(q).join(', ')} FROM jsonb_populate_record(NULL::firm, $1)`, [
          JSON.stringify(m.merged_firm),
        ]);
        await em.query(`RELEASE SAVEPOINT undo_firm`);
      } catch (err) {
        if ((err as { code?: string }).code !== '23505') throw err;
        throw conflict(
          `Another firm now uses the merged firm's name or credit code (${(err as { constraint?: string }).constraint ?? ''}); rename it first`,
          '已有其他企业使用被合并企业的名称或统一社会信用代码，请先修改后再撤销',
          'merge_undo_taken',
        );
      }
      for (const mv of m.moved as MovedRows[]) {
        const keys = Object.keys(mv.keys[0] ?? {});
        if (!keys.length) continue;
        await em.query(
          `UPDATE ${q(mv.table)} SET ${q(mv.column)} = $1 WHERE ${q(mv.column)} = $2 AND (${keys.map(q).join(', ')}) IN
             (SELECT ${keys.map(q).join(', ')} FROM jsonb_populate_recordset(NULL::${q(mv.table)}, $3))`,
          [m.merged_id, m.survivor_id, JSON.stringify(mv.keys)],
        );
      }
      for (const rm of m.removed as RemovedRows[]) {
        const cols = await this.insertableColumns(em, rm.table);
        await em.query(
          `INSERT INTO ${q(rm.table)} (${cols.map(q).join(', ')}) SELECT ${cols.map(q).join(', ')} FROM jsonb_populate_recordset(NULL::${q(rm.table)}, $1)
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(rm.rows)],
        );
      }
      await em.query(`UPDATE firm_merge SET state = 'undone', undone_by_id = $2, undone_at = now(), undo_kept = $3 WHERE id = $1`, [
        id,
        user.id,
        JSON.stringify(kept),
      ]);
      await this.audit.record(em, {
        action: 'update',
        entity: 'firm_merge',
        entityId: id,
        userId: user.id,
        changes: { state: ['merged', 'undone'], kept: [null, kept] },
      });
      await this.audit.record(em, {
        action: 'insert',
        entity: 'firm',
        entityId: m.merged_id,
        userId: user.id,
        changes: { name: [null, m.merged_name], restoredBy: [null, id] },
      });
      return this.getIn(em, id);
    });
  }

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<Record<string, unknown>>> {
    const { skip, take, filter } = parseListQuery(query, ['id'], { field: 'id', order: 'DESC' });
    const firmId = filter.firmId === undefined ? null : Number(filter.firmId);
    const rows = await this.db.query(
      `${this.select()} WHERE ($1::int IS NULL OR m.survivor_id = $1 OR m.merged_id = $1) ORDER BY m.merged_at DESC, m.id DESC OFFSET $2 LIMIT $3`,
      [Number.isInteger(firmId) ? firmId : null, skip, take],
    );
    return { data: rows.map(({ total: _t, ...r }: { total: number }) => r), total: rows[0]?.total ?? 0, skip };
  }

  async get(id: number) {
    return this.getIn(this.db.manager, id);
  }

  private select() {
    return `SELECT m.id, m.survivor_id AS "survivorId", s.name AS "survivorName", m.merged_id AS "mergedId", m.merged_name AS "mergedName", m.state,
                   m.merged_at AS "mergedAt", mu.display_name AS "mergedByName", m.undone_at AS "undoneAt", uu.display_name AS "undoneByName",
                   m.undo_kept AS "undoKept", m.survivor_before AS "survivorBefore", m.survivor_after AS "survivorAfter",
                   (SELECT coalesce(jsonb_object_agg(x->>'table', jsonb_array_length(x->'keys')), '{}') FROM jsonb_array_elements(m.moved) x) AS moved,
                   (SELECT coalesce(jsonb_object_agg(x->>'table', jsonb_array_length(x->'rows')), '{}') FROM jsonb_array_elements(m.removed) x) AS removed,
                   count(*) OVER ()::int AS total
              FROM firm_merge m JOIN firm s ON s.id = m.survivor_id JOIN app_user mu ON mu.id = m.merged_by_id LEFT JOIN app_user uu ON uu.id = m.undone_by_id`;
  }

  private async getIn(em: EntityManager, id: number) {
    const [row] = await em.query(`${this.select()} WHERE m.id = $1`, [id]);
    if (!row) throw notFound(...WHAT);
    const { total: _t, ...r } = row;
    return r;
  }

  private async references(em: EntityManager): Promise<FirmReference[]> {
    const rows: { tbl: string; col: string; keys: string[] }[] = await em.query(
      `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col,
              (SELECT array_agg(pa.attname::text ORDER BY pa.attnum) FROM pg_index i JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = ANY(i.indkey)
                WHERE i.indrelid = c.conrelid AND i.indisprimary) AS keys
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'firm'::regclass AND cardinality(c.conkey) = 1 AND c.conrelid <> 'firm_merge'::regclass
        ORDER BY 1, 2`,
    );
    return rows.map((r) => ({ table: r.tbl.replace(/^"|"$/g, ''), column: r.col, keys: r.keys ?? [] }));
  }

  /** Moves one table's rows; a row whose move would break a unique rule (the survivor has its twin) is removed and kept for undo. */
  private async moveRows(em: EntityManager, ref: FirmReference, from: number, to: number) {
    const rows: { row: Record<string, unknown> }[] = await em.query(`SELECT to_jsonb(t) AS row FROM ${q(ref.table)} t WHERE ${q(ref.column)} = $1`, [from]);
    const keyOf = (r: Record<string, unknown>) => Object.fromEntries(ref.keys.map((k) => [k, k === ref.column ? to : r[k]]));
    const moved: Record<string, unknown>[] = [];
    const removed: Record<string, unknown>[] = [];
    if (!rows.length) return { moved, removed };
    try {
      await em.query(`SAVEPOINT move_all`);
      await em.query(`UPDATE ${q(ref.table)} SET ${q(ref.column)} = $2 WHERE ${q(ref.column)} = $1`, [from, to]);
      await em.query(`RELEASE SAVEPOINT move_all`);
      return { moved: rows.map((r) => keyOf(r.row)), removed };
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
      await em.query(`ROLLBACK TO SAVEPOINT move_all`);
    }
    const where = ref.keys.map((k, i) => `${q(k)} = $${i + 2}`).join(' AND ');
    for (const { row } of rows) {
      const key = ref.keys.map((k) => row[k]);
      try {
        await em.query(`SAVEPOINT move_one`);
        await em.query(`UPDATE ${q(ref.table)} SET ${q(ref.column)} = $1 WHERE ${where}`, [to, ...key]);
        await em.query(`RELEASE SAVEPOINT move_one`);
        moved.push(keyOf(row));
      } catch (err) {
        if ((err as { code?: string }).code !== '23505') throw err;
        await em.query(`ROLLBACK TO SAVEPOINT move_one`);
        if (!TWINS_DROPPABLE.has(ref.table))
          throw conflict(
            `Both firms have a ${ref.table} row that cannot exist twice (${(err as { constraint?: string }).constraint ?? ''}); settle it first (e.g. close one of two targets on the same chain link)`,
            ref.table === 'target' ? '两家企业在同一产业链环节都有招商目标，请先处理其中一个再合并' : `两家企业的${ref.table}记录冲突，请先处理后再合并`,
            'merge_conflict',
          );
        await em.query(`DELETE FROM ${q(ref.table)} WHERE ${where.replace(/\$(\d+)/g, (_, n) => `$${Number(n) - 1}`)}`, key);
        removed.push(row);
      }
    }
    return { moved, removed };
  }

  private async insertableColumns(em: EntityManager, table: string): Promise<string[]> {
    const rows: { c: string }[] = await em.query(
      `SELECT column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [table],
    );
    return rows.map((r) => r.c);
  }
}
