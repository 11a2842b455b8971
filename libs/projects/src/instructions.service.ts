import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canReadTarget, targetReadScope, UserContextService, type TargetFacts } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { boolFilter, enumFilter, forbidden, idList, invalidField, notFound, parseListQuery, ruleBroken, staleVersion, type ListResult } from '@crm/http';
import { readableTarget } from '@crm/pipeline';
import { firmNameOfTarget, TARGET_ROWS_SQL } from '@crm/pipeline/reads';
import { Instruction, INSTRUCTION_STATES } from './entities/instruction.entity';
import type { InstructionRecord } from '@crm/contracts';
import { InstructionReply } from './entities/instruction-reply.entity';
import { InstructionReminders, type InstructionText } from './instruction-reminders';
import type { CloseInstructionDto, CreateInstructionDto, InstructionReplyDto } from './instruction.dto';

export type InstructionView = InstructionRecord<Date>;

const SELECT = `
  SELECT i.id, i.target_id AS "targetId", f.name AS "firmName", i.author_id AS "authorId", au.display_name AS "authorName",
         i.assignee_id AS "assigneeId", asg.display_name AS "assigneeName", i.body, i.due_at AS "dueAt", i.state,
         (i.state = 'open' AND i.due_at < now()) AS overdue, i.closed_at AS "closedAt", cb.display_name AS "closedByName", i.closing_note AS "closingNote",
         i.created_at AS "createdAt", i.version
    FROM instruction i JOIN ${TARGET_ROWS_SQL} t ON t.id = i.target_id JOIN firm f ON f.id = t.firm_id
    JOIN app_user au ON au.id = i.author_id JOIN app_user asg ON asg.id = i.assignee_id LEFT JOIN app_user cb ON cb.id = i.closed_by_id`;
const REPLIES = `
  SELECT r.id, r.instruction_id AS "instructionId", r.author_id AS "authorId", u.display_name AS "authorName", r.body, r.created_at AS "createdAt"
    FROM instruction_reply r JOIN app_user u ON u.id = r.author_id WHERE r.instruction_id = ANY($1::int[]) ORDER BY r.created_at, r.id`;
const SORTABLE = ['dueAt', 'createdAt', 'id'] as const;
const SORT_SQL: Record<(typeof SORTABLE)[number], string> = { dueAt: 'i.due_at', createdAt: 'i.created_at', id: 'i.id' };

/**
 * Leaders' instructions (批示): written by a leader (or an admin) on a target they can read,
 * assigned to someone who can read it too; seen by whoever can read the target and by the
 * assignee; replied to by the assignee, the author and admins; closed by the same people.
 */
@Injectable()
export class InstructionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly reminders: InstructionReminders,
  ) {}

  async list(user: AuthUser, raw: Record<string, unknown>): Promise<ListResult<InstructionView>> {
    const q = parseListQuery(raw, SORTABLE, { field: 'dueAt', order: 'ASC' });
    const ctx = await this.access.load(user);
    const scope = targetReadScope(ctx, 't');
    const params: unknown[] = [];
    const named = scope.sql.replace(/:(\w+)/g, (_, name: string) => `$${params.push(scope.params[name])}`);
    const where = [`(${named} OR i.assignee_id = $${params.push(user.id)})`];
    const targetIds = idList(q.filter.targetId, 'targetId');
    if (targetIds) where.push(`i.target_id = ANY($${params.push(targetIds)}::int[])`);
    const assignees = idList(q.filter.assigneeId, 'assigneeId');
    if (assignees) where.push(`i.assignee_id = ANY($${params.push(assignees)}::int[])`);
    const states = enumFilter(q.filter.state, 'state', INSTRUCTION_STATES);
    if (states) where.push(`i.state = ANY($${params.push(states)}::varchar[])`);
    if (boolFilter(q.filter.mine, 'mine')) where.push(`i.assignee_id = $${params.push(user.id)}`);
    const ids = idList(q.filter.id);
    if (ids) where.push(`i.id = ANY($${params.push(ids)}::int[])`);
    const cond = `WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM instruction i JOIN ${TARGET_ROWS_SQL} t ON t.id = i.target_id ${cond}`, params);
    const data: InstructionView[] = await this.db.query(
      `${SELECT} ${cond} ORDER BY ${SORT_SQL[q.sort.field as (typeof SORTABLE)[number]]} ${q.sort.order}, i.id ${q.sort.order} LIMIT ${q.take} OFFSET ${q.skip}`,
      params,
    );
    // Each with its thread, in one query: a target page shows them all.
    const replies: (NonNullable<InstructionView['replies']>[number] & { instructionId: number })[] = data.length
      ? await this.db.query(REPLIES, [data.map((i) => i.id)])
      : [];
    for (const i of data) i.replies = replies.filter((r) => r.instructionId === i.id);
    return { data, total, skip: q.skip };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<InstructionView> {
    await this.visible(em, user, id);
    const [row] = await em.query(`${SELECT} WHERE i.id = $1`, [id]);
    row.replies = await em.query(REPLIES, [[id]]);
    return row;
  }

  async create(user: AuthUser, dto: CreateInstructionDto): Promise<InstructionView> {
    const id = await inTransaction(this.db, async (em) => {
      const ctx = await this.access.load(user, em);
      const { facts } = await readableTarget(em, ctx, dto.targetId);
      if (user.role !== 'leader' && user.role !== 'admin')
        throw forbidden('Only leaders (and admins) write instructions (批示)', '只有领导（或管理员）可以作出批示');
      await this.checkAssignee(em, dto.assigneeId, facts);
      const dueAt = new Date(dto.dueAt);
      if (dueAt.getTime() <= Date.now()) throw invalidField('dueAt', 'rule', 'dueAt must be in the future', '办理期限必须晚于现在');
      const saved = await em.save(
        Instruction,
        em.create(Instruction, { targetId: dto.targetId, authorId: user.id, assigneeId: dto.assigneeId, body: dto.body.trim(), dueAt }),
      );
      await this.reminders.created(em, saved, await this.nameOf(em, user.id));
      return saved.id;
    });
    return this.get(user, id);
  }

  async reply(user: AuthUser, id: number, dto: InstructionReplyDto): Promise<InstructionView> {
    await inTransaction(this.db, async (em) => {
      const i = await this.actable(em, user, id);
      if (i.state !== 'open')
        throw ruleBroken('instruction_closed', 'This instruction is closed; replies are no longer taken', '该批示已办结，不能再回复', 'body');
      const reply = await em.save(InstructionReply, em.create(InstructionReply, { instructionId: id, authorId: user.id, body: dto.body.trim() }));
      await this.reminders.told(
        em,
        i,
        `r${reply.id}`,
        [i.authorId, i.assigneeId].filter((u) => u !== user.id),
        await this.replyText(em, i.targetId, user.id, reply.body),
      );
    });
    return this.get(user, id);
  }

  async close(user: AuthUser, id: number, dto: CloseInstructionDto): Promise<InstructionView> {
    await inTransaction(this.db, async (em) => {
      const i = await this.actable(em, user, id);
      if (i.version !== dto.version) throw staleVersion('instruction', '批示');
      if (i.state !== 'open') throw ruleBroken('instruction_closed', 'This instruction is already closed', '该批示已办结', 'version');
      Object.assign(i, { state: 'closed', closedAt: new Date(), closedById: user.id, closingNote: dto.note?.trim() || null });
      await em.save(Instruction, i);
      await this.reminders.closed(em, id);
      const firm = await firmNameOfTarget(em, i.targetId);
      await this.reminders.told(
        em,
        i,
        'closed',
        [i.authorId, i.assigneeId].filter((u) => u !== user.id),
        this.closedText(firm, await this.nameOf(em, user.id), i.closingNote),
      );
    });
    return this.get(user, id);
  }

  private async replyText(em: EntityManager, targetId: number, authorId: number, body: string): Promise<InstructionText> {
    const [firm, name] = [await firmNameOfTarget(em, targetId), await this.nameOf(em, authorId)];
    return { title: `批示回复：${firm}`, body: `${name}：${body}`, titleEn: `Reply on instruction: ${firm}`, bodyEn: `${name}: ${body}` };
  }

  private closedText(firm: string, name: string, note: string | null): InstructionText {
    return {
      title: `批示已办结：${firm}`,
      body: `${name} 已办结关于 ${firm} 的批示${note ? `：${note}` : '。'}`,
      titleEn: `Instruction closed: ${firm}`,
      bodyEn: `${name} closed the instruction on ${firm}${note ? `: ${note}` : '.'}`,
    };
  }

  private async nameOf(em: EntityManager, userId: number): Promise<string> {
    const [r] = await em.query(`SELECT display_name AS name FROM app_user WHERE id = $1`, [userId]);
    return r?.name ?? '';
  }

  /** Visible: the target is readable, or the caller is the assignee. Otherwise 404. */
  private async visible(em: EntityManager, user: AuthUser, id: number, lock = false): Promise<Instruction> {
    const qb = em.getRepository(Instruction).createQueryBuilder('i').where('i.id = :id', { id });
    const i = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!i) throw notFound('Instruction', '批示');
    if (i.assigneeId === user.id) return i;
    try {
      await readableTarget(em, await this.access.load(user, em), i.targetId);
    } catch {
      throw notFound('Instruction', '批示');
    }
    return i;
  }

  /** Reply and close: the assignee, the author, admins; others who can see it get 403. */
  private async actable(em: EntityManager, user: AuthUser, id: number): Promise<Instruction> {
    const i = await this.visible(em, user, id, true);
    if (user.role !== 'admin' && user.id !== i.assigneeId && user.id !== i.authorId) {
      throw forbidden(
        'Only the assignee, the leader who wrote it or an admin may reply to or close this instruction',
        '只有被交办人、批示领导或管理员可以回复或办结该批示',
      );
    }
    return i;
  }

  private async checkAssignee(em: EntityManager, assigneeId: number, facts: TargetFacts): Promise<void> {
    const [u] = await em.query(`SELECT id, username, display_name AS "displayName", role, team_id AS "teamId", active FROM app_user WHERE id = $1`, [
      assigneeId,
    ]);
    if (!u || !u.active) throw invalidField('assigneeId', 'notFound', `User ${assigneeId} does not exist or is disabled`, '被交办人不存在或已停用');
    const ctx = await this.access.load(u, em);
    if (!canReadTarget(ctx, facts))
      throw invalidField('assigneeId', 'rule', `${u.displayName} cannot see this target`, `${u.displayName} 无权查看该招商目标，不能交办给他/她`);
  }
}
