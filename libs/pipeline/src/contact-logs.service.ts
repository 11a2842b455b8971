import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { targetReadScope, UserContextService, type UserContext } from '@crm/access';
import { deleteAudited, updateAudited } from '@crm/audit';
import type { AuthUser } from '@crm/auth';
import { cappedCount, inTransaction } from '@crm/database';
import { IdempotencyService } from '@crm/idempotency';
import { enumFilter, idList, type ListResult, notFound, parseListQuery, staleVersion } from '@crm/http';
import { ContactLog } from './contact-log.entity';
import type { CreateContactLogDto, UpdateContactLogDto } from './contact-log.dto';
import { PipelineHooksRegistry } from './pipeline-hooks';
import { CONTACT_KINDS } from './stage';
import { writableTarget } from './target-guard';
import { Target } from './target.entity';

export type ContactLogRow = Omit<ContactLog, 'target' | 'author'> & { authorName: string | null; firmId: number; firmName: string; contactPersonIds: number[] };

const SORTABLE = ['at', 'createdAt', 'id'] as const;
const logNotFound = () => notFound('Contact log', '接洽记录');

@Injectable()
export class ContactLogsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly hooks: PipelineHooksRegistry,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** Logs of targets the caller may read; visibility is the target's, applied in SQL. */
  private visible(em: EntityManager, ctx: UserContext) {
    const scope = targetReadScope(ctx, 't');
    return em
      .createQueryBuilder(ContactLog, 'cl')
      .innerJoin('cl.target', 't')
      .addSelect(['t.id', 't.firmId'])
      .innerJoin('t.firm', 'f')
      .addSelect(['f.id', 'f.name'])
      .leftJoin('cl.author', 'a')
      .addSelect(['a.id', 'a.displayName'])
      .where(scope.sql, scope.params);
  }

  private async toRows(em: EntityManager, logs: ContactLog[]): Promise<ContactLogRow[]> {
    const persons = await this.hooks.participantsOf(
      em,
      logs.map((l) => l.id),
    );
    return logs.map(({ target, author, ...rest }) => ({
      ...rest,
      authorName: author?.displayName ?? null,
      firmId: target!.firmId,
      firmName: target!.firm!.name,
      contactPersonIds: persons.get(rest.id) ?? [],
    }));
  }

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<ContactLogRow>> {
    const q = parseListQuery(query, SORTABLE, { field: 'at', order: 'DESC' });
    const f = q.filter;
    const ids = idList(f.id);
    const targetIds = idList(f.targetId, 'targetId');
    const firmIds = idList(f.firmId, 'firmId');
    const kinds = enumFilter(f.kind, 'kind', CONTACT_KINDS);
    const authorIds = idList(f.authorId, 'authorId');
    const ctx = await this.access.load(user);
    const qb = this.visible(this.db.manager, ctx);
    if (ids) qb.andWhere('cl.id = ANY(:ids)', { ids });
    if (targetIds) qb.andWhere('cl.target_id = ANY(:targetIds)', { targetIds });
    if (firmIds) qb.andWhere('t.firm_id = ANY(:firmIds)', { firmIds });
    if (kinds) qb.andWhere('cl.kind = ANY(:kinds)', { kinds });
    if (authorIds) qb.andWhere('cl.author_id = ANY(:authorIds)', { authorIds });
    qb.orderBy(`cl.${q.sort.field}`, q.sort.order);
    if (q.sort.field !== 'id') qb.addOrderBy('cl.id', q.sort.order);
    const [rows, total] = await Promise.all([qb.clone().offset(q.skip).limit(q.take).getMany(), cappedCount(qb, q.skip, q.take)]);
    return { data: await this.toRows(this.db.manager, rows), total, skip: q.skip };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<ContactLogRow> {
    const ctx = await this.access.load(user, em);
    const row = await this.visible(em, ctx).andWhere('cl.id = :id', { id }).getOne();
    if (!row) throw logNotFound();
    return (await this.toRows(em, [row]))[0];
  }

  /**
   * Records a contact. Moves the target's last activity forward (never beyond now, never back) and,
   * when nextFollowUpAt is given, makes it the target's one open follow-up.
   */
  async create(user: AuthUser, dto: CreateContactLogDto, idempotencyKey?: string): Promise<ContactLogRow> {
    const idem = idempotencyKey ? { key: idempotencyKey, scope: 'contact-log.create', body: dto, status: 201 } : undefined;
    return inTransaction(this.db, (em) =>
      this.idempotency.run(em, user.id, idem, async () => {
        const ctx = await this.access.load(user, em);
        const { target } = await writableTarget(em, ctx, dto.targetId);
        // A log written against an older view of the target (an offline phone) is refused, not merged.
        if (dto.targetVersion !== undefined && dto.targetVersion !== target.version) throw staleVersion('target', '招商目标');
        const at = new Date(dto.at);
        const next = dto.nextFollowUpAt ? new Date(dto.nextFollowUpAt) : null;
        const log = await em.save(
          ContactLog,
          em.create(ContactLog, {
            targetId: target.id,
            kind: dto.kind,
            at,
            participants: dto.participants ?? null,
            summary: dto.summary,
            outcome: dto.outcome ?? null,
            nextFollowUpAt: next,
            authorId: user.id,
          }),
        );
        // Raw SQL on purpose: a log is not an edit of the target, so the target's version stays (no 409 for someone editing it).
        await em.query(
          `UPDATE target SET last_activity_at = GREATEST(last_activity_at, LEAST($2::timestamptz, now()))${next ? ', next_follow_up_at = $3' : ''} WHERE id = $1`,
          next ? [target.id, at, next] : [target.id, at],
        );
        const updated = await em.findOneByOrFail(Target, { id: target.id });
        if (next) await this.hooks.followUpChanged(em, updated, target.nextFollowUpAt);
        await this.hooks.activity(em, updated);
        if (dto.contactPersonIds?.length)
          await this.hooks.participantsChanged(em, { id: log.id, targetId: target.id, firmId: target.firmId }, dto.contactPersonIds);
        return this.get(user, log.id, em);
      }),
    );
  }

  /**
   * Who may rewrite or delete a log (logs are edited like their target): whoever may
   * change the log's target — its owner, the chain's manager, an admin — and the log's author
   * while they still may read the target. Leaders never.
   */
  private async ownLog(em: EntityManager, user: AuthUser, id: number): Promise<ContactLogRow> {
    const log = await this.get(user, id, em);
    if (log.authorId === user.id && user.role !== 'leader') return log;
    await writableTarget(em, await this.access.load(user, em), log.targetId);
    return log;
  }

  async update(user: AuthUser, id: number, dto: UpdateContactLogDto): Promise<ContactLogRow> {
    await inTransaction(this.db, async (em) => {
      const log = await this.ownLog(em, user, id);
      const changes: Partial<ContactLog> = {};
      if (dto.kind !== undefined) changes.kind = dto.kind;
      if (dto.at !== undefined) changes.at = new Date(dto.at);
      if (dto.participants !== undefined) changes.participants = dto.participants;
      if (dto.summary !== undefined) changes.summary = dto.summary;
      if (dto.outcome !== undefined) changes.outcome = dto.outcome;
      if (Object.keys(changes).length) {
        await updateAudited(em, ContactLog, { id }, log, changes);
      }
      if (dto.contactPersonIds !== undefined)
        await this.hooks.participantsChanged(em, { id, targetId: log.targetId, firmId: log.firmId }, dto.contactPersonIds ?? []);
    });
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: number): Promise<ContactLogRow> {
    return inTransaction(this.db, async (em) => {
      const log = await this.ownLog(em, user, id);
      await deleteAudited(em, ContactLog, id);
      return log;
    });
  }
}
