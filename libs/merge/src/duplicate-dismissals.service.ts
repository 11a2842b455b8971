import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@crm/audit';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { conflict, invalidField, type ListResult, notFound, parseListQuery } from '@crm/http';

const WHAT: [string, string] = ['not-a-duplicate mark', '非重复标记'];

/**
 * 非重复: an admin marks two suspected firms as different firms; the pair leaves the duplicates
 * report for good (a re-import that gives the firms new aliases does not bring it back, the mark is
 * on the firm ids). Who and when are kept; an admin undoes a mark and the pair is suspected again.
 */
@Injectable()
export class DuplicateDismissalsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async dismiss(user: AuthUser, firmIds: number[]) {
    const [low, high] = [...firmIds].sort((a, b) => a - b);
    if (low === high) throw invalidField('firmIds', 'invalid', 'choose two different firms', '请选择两家不同的企业');
    return inTransaction(this.db, async (em) => {
      const firms: { id: number; name: string; name_keys: string[] }[] = await em.query(
        `SELECT id, name, name_keys FROM firm WHERE id = ANY($1::int[]) ORDER BY id FOR SHARE`,
        [[low, high]],
      );
      if (firms.length !== 2) throw notFound('firm', '企业');
      if (!firms[0].name_keys.some((k) => firms[1].name_keys.includes(k)))
        throw conflict(
          'These two firms are not suspected duplicates (their names do not normalise alike)',
          '这两家企业不是疑似重复企业（名称归一化后不同）',
          'not_suspected',
        );
      let id: number;
      try {
        await em.query(`SAVEPOINT dismiss`);
        [{ id }] = await em.query(
          `INSERT INTO duplicate_dismissal (firm_low_id, firm_high_id, firm_low_name, firm_high_name, dismissed_by_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [low, high, firms[0].name, firms[1].name, user.id],
        );
        await em.query(`RELEASE SAVEPOINT dismiss`);
      } catch (err) {
        if ((err as { code?: string }).code !== '23505') throw err;
        throw conflict('These two firms are already marked as not duplicates', '这两家企业已标记为非重复', 'already_dismissed');
      }
      await this.audit.record(em, {
        action: 'insert',
        entity: 'duplicate_dismissal',
        entityId: id,
        userId: user.id,
        changes: { firmIds: [null, [low, high]] },
      });
      return this.getIn(em, id);
    });
  }

  /** Admin only (the route says so): the pair is suspected again. */
  async undo(user: AuthUser, id: number) {
    return inTransaction(this.db, async (em) => {
      const [d] = await em.query(`SELECT state FROM duplicate_dismissal WHERE id = $1 FOR UPDATE`, [id]);
      if (!d) throw notFound(...WHAT);
      if (d.state !== 'dismissed') throw conflict('This mark was already undone', '该非重复标记已撤销', 'dismissal_undone');
      await em.query(`UPDATE duplicate_dismissal SET state = 'undone', undone_by_id = $2, undone_at = now() WHERE id = $1`, [id, user.id]);
      await this.audit.record(em, {
        action: 'update',
        entity: 'duplicate_dismissal',
        entityId: id,
        userId: user.id,
        changes: { state: ['dismissed', 'undone'] },
      });
      return this.getIn(em, id);
    });
  }

  async list(query: Record<string, unknown>): Promise<ListResult<Record<string, unknown>>> {
    const { skip, take } = parseListQuery(query, ['id'], { field: 'id', order: 'DESC' });
    const rows = await this.db.query(`${SELECT} ORDER BY d.dismissed_at DESC, d.id DESC OFFSET $1 LIMIT $2`, [skip, take]);
    return { data: rows.map(({ total: _t, ...r }: { total: number }) => r), total: rows[0]?.total ?? 0, skip };
  }

  /** The live marks among these firms, as pair keys. */
  async dismissedAmong(firmIds: number[]): Promise<{ low: number; high: number }[]> {
    if (!firmIds.length) return [];
    return this.db.query(
      `SELECT firm_low_id AS low, firm_high_id AS high FROM duplicate_dismissal WHERE state = 'dismissed' AND firm_low_id = ANY($1::int[]) AND firm_high_id = ANY($1::int[])`,
      [firmIds],
    );
  }

  private async getIn(em: EntityManager, id: number) {
    const [row] = await em.query(`${SELECT} WHERE d.id = $1`, [id]);
    if (!row) throw notFound(...WHAT);
    const { total: _t, ...r } = row;
    return r;
  }
}

/** Current names where the firm still exists, else the names when marked. */
const SELECT = `SELECT d.id, d.firm_low_id AS "firmLowId", coalesce(fl.name, d.firm_low_name) AS "firmLowName",
                       d.firm_high_id AS "firmHighId", coalesce(fh.name, d.firm_high_name) AS "firmHighName", d.state,
                       d.dismissed_at AS "dismissedAt", du.display_name AS "dismissedByName", d.undone_at AS "undoneAt", uu.display_name AS "undoneByName",
                       count(*) OVER ()::int AS total
                  FROM duplicate_dismissal d JOIN app_user du ON du.id = d.dismissed_by_id LEFT JOIN app_user uu ON uu.id = d.undone_by_id
                  LEFT JOIN firm fl ON fl.id = d.firm_low_id LEFT JOIN firm fh ON fh.id = d.firm_high_id`;
