import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type TargetFacts, type UserContext, UserContextService } from '@crm/access';
import { deleteAudited, updateVersioned } from '@crm/audit';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import { forbidden, idList, invalidField, type ListResult, notFound, parseListQuery, stringFilter } from '@crm/http';
import { ContactLogsService, readableTarget } from '@crm/pipeline';
import { targetsOfFirms } from '@crm/pipeline/reads';
import { ContactPerson } from './contact-person.entity';
import type { CreateContactPersonDto, UpdateContactPersonDto } from './contact-person.dto';
import { canAddPerson, canEditPerson, canSeePersonalData, maskPerson, redactChanges } from './person-access';
import { containsPattern } from '@crm/http';

export type ContactPersonRow = Omit<ContactPerson, 'firm' | 'knownBy'> & {
  firmName: string;
  knownByName: string | null;
  /** When the person last took part in a contact log (null when the personal data is hidden). */
  lastContactAt: Date | null;
  personalDataVisible: boolean;
  canEdit: boolean;
};

const SORTABLE = ['name', 'createdAt', 'updatedAt', 'id'] as const;
const WHAT: [string, string] = ['contact person', '联系人'];
const personNotFound = () => notFound(...WHAT);
const mayNotEdit = (ctx: UserContext) =>
  forbidden(
    ctx.user.role === 'leader' ? 'Leaders read contact persons but do not change them' : 'Only the team pursuing this firm may change its contact persons',
    ctx.user.role === 'leader' ? '领导只能查看联系人，不能修改' : '只有跟进该企业的团队可以维护其联系人',
  );

/**
 * 联系人 at firms. Everyone who reads a firm sees its persons' names and titles; the personal data
 * (phone, e-mail, WeChat, notes) follows person-access.ts. Deleting a person erases them: the row
 * goes, and every audit_log value of their name, title and personal data is blanked.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly logs: ContactLogsService,
  ) {}

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<ContactPersonRow>> {
    const q = parseListQuery(query, SORTABLE, { field: 'name', order: 'ASC' });
    const ctx = await this.access.load(user);
    const qb = this.db.getRepository(ContactPerson).createQueryBuilder('p');
    const ids = idList(q.filter.id);
    if (ids) qb.andWhere('p.id = ANY(:ids)', { ids });
    const firmIds = idList(q.filter.firmId, 'firmId') ?? [];
    // A target's persons are its firm's; a hidden target answers 404 like everywhere else.
    for (const targetId of idList(q.filter.targetId, 'targetId') ?? []) firmIds.push((await readableTarget(this.db.manager, ctx, targetId)).target.firmId);
    if (firmIds.length) qb.andWhere('p.firm_id = ANY(:firmIds)', { firmIds });
    const logIds = idList(q.filter.contactLogId, 'contactLogId');
    if (logIds) {
      for (const logId of logIds) await this.logs.get(user, logId);
      qb.andWhere('p.id IN (SELECT x.contact_person_id FROM contact_log_person x WHERE x.contact_log_id = ANY(:logIds))', { logIds });
    }
    const text = stringFilter(q.filter.q, 'q', 100);
    if (text) qb.andWhere(`(p.name ILIKE :text ESCAPE '\\' OR p.title ILIKE :text ESCAPE '\\')`, { text: containsPattern(text.trim()) });
    qb.orderBy(`p.${q.sort.field}`, q.sort.order).addOrderBy('p.id', 'ASC').skip(q.skip).take(q.take);
    const [persons, total] = await qb.getManyAndCount();
    return { data: await this.toRows(this.db.manager, ctx, persons), total, skip: q.skip };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<ContactPersonRow> {
    const person = await em.getRepository(ContactPerson).findOneBy({ id });
    if (!person) throw personNotFound();
    return (await this.toRows(em, await this.access.load(user, em), [person]))[0];
  }

  /** Whether the caller may add persons to this firm (the UI shows its add button by it). */
  async addAccess(user: AuthUser, firmId: number): Promise<{ canAdd: boolean }> {
    const [firm] = await this.db.query('SELECT id FROM firm WHERE id = $1', [firmId]);
    if (!firm) throw notFound('Firm', '企业');
    const ctx = await this.access.load(user);
    return { canAdd: canAddPerson(ctx, (await this.firmTargets(this.db.manager, [firmId])).get(firmId) ?? []) };
  }

  async create(user: AuthUser, dto: CreateContactPersonDto): Promise<ContactPersonRow> {
    const id = await inTransaction(this.db, async (em) => {
      const ctx = await this.access.load(user, em);
      const [firm] = await em.query('SELECT id FROM firm WHERE id = $1', [dto.firmId]);
      if (!firm) throw invalidField('firmId', 'notFound', 'firm not found', '企业不存在');
      if (!canAddPerson(ctx, (await this.firmTargets(em, [dto.firmId])).get(dto.firmId) ?? [])) throw mayNotEdit(ctx);
      const knownById = dto.knownById === undefined ? user.id : dto.knownById;
      await this.checkKnownBy(em, knownById);
      const repo = em.getRepository(ContactPerson);
      const saved = await repo.save(repo.create({ ...dto, knownById }));
      return saved.id;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, id: number, dto: UpdateContactPersonDto): Promise<ContactPersonRow> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    await inTransaction(this.db, async (em) => {
      await this.editable(em, user, id);
      const { version, id: _id, ...changes } = dto;
      if (changes.knownById !== undefined) await this.checkKnownBy(em, changes.knownById);
      await updateVersioned(em, ContactPerson, id, version, changes as Partial<ContactPerson>, WHAT);
    });
    return this.get(user, id);
  }

  /**
   * Erases the person: deletes the row (their log links go with it) and blanks their values in
   * the audit trail, in one transaction. The trail keeps that a person was added, changed and
   * erased, by whom and when, but no longer what their name or number was.
   */
  async erase(user: AuthUser, id: number): Promise<{ id: number }> {
    return inTransaction(this.db, async (em) => {
      await this.editable(em, user, id);
      // By id, not remove(): the subscriber would copy every value into a new audit row.
      await deleteAudited(em, ContactPerson, id);
      await em.query(`SET LOCAL crm.audit_redact = 'on'`);
      const rows: { id: string; changes: Record<string, [unknown, unknown]> }[] = await em.query(
        `SELECT id, changes FROM audit_log WHERE entity = 'contact_person' AND entity_id = $1`,
        [String(id)],
      );
      for (const row of rows) {
        const redacted = redactChanges(row.changes);
        if (JSON.stringify(redacted) !== JSON.stringify(row.changes))
          await em.query('UPDATE audit_log SET changes = $2 WHERE id = $1', [row.id, JSON.stringify(redacted)]);
      }
      await em.query(`SET LOCAL crm.audit_redact = 'off'`);
      return { id };
    });
  }

  private async editable(em: EntityManager, user: AuthUser, id: number): Promise<ContactPerson> {
    const person = await em.getRepository(ContactPerson).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
    if (!person) throw personNotFound();
    const ctx = await this.access.load(user, em);
    if (!canEditPerson(ctx, person, (await this.firmTargets(em, [person.firmId])).get(person.firmId) ?? [])) throw mayNotEdit(ctx);
    return person;
  }

  private async checkKnownBy(em: EntityManager, userId: number | null): Promise<void> {
    if (userId === null) return;
    const [hit] = await em.query('SELECT 1 FROM app_user WHERE id = $1 AND active', [userId]);
    if (!hit) throw invalidField('knownById', 'notFound', 'user not found or disabled', '用户不存在或已停用');
  }

  /** The facts of every target pursuing each firm, for the person-access rules. */
  private async firmTargets(em: EntityManager, firmIds: number[]): Promise<Map<number, TargetFacts[]>> {
    const rows = await targetsOfFirms(em, firmIds);
    const out = new Map<number, TargetFacts[]>();
    for (const r of rows) out.set(r.firm_id, [...(out.get(r.firm_id) ?? []), { ownerId: r.owner_id, ownerTeamId: r.team_id, chainId: r.chain_id }]);
    return out;
  }

  private async toRows(em: EntityManager, ctx: UserContext, persons: ContactPerson[]): Promise<ContactPersonRow[]> {
    if (!persons.length) return [];
    const firmIds = [...new Set(persons.map((p) => p.firmId))];
    const targets = await this.firmTargets(em, firmIds);
    const names: { id: number; name: string }[] = await em.query('SELECT id, name FROM firm WHERE id = ANY($1::int[])', [firmIds]);
    const knownIds = [...new Set(persons.map((p) => p.knownById).filter((x): x is number => x !== null))];
    const users: { id: number; display_name: string }[] = knownIds.length
      ? await em.query('SELECT id, display_name FROM app_user WHERE id = ANY($1::int[])', [knownIds])
      : [];
    const last: { person_id: number; at: Date }[] = await em.query(
      'SELECT x.contact_person_id AS person_id, max(cl.at) AS at FROM contact_log_person x JOIN contact_log cl ON cl.id = x.contact_log_id WHERE x.contact_person_id = ANY($1::int[]) GROUP BY 1',
      [persons.map((p) => p.id)],
    );
    return persons.map((p) => {
      const facts = targets.get(p.firmId) ?? [];
      const visible = canSeePersonalData(ctx, p, facts);
      const { firm: _f, knownBy: _k, ...fields } = p;
      return {
        ...maskPerson(fields, visible),
        firmName: names.find((n) => n.id === p.firmId)?.name ?? '',
        knownByName: users.find((u) => u.id === p.knownById)?.display_name ?? null,
        lastContactAt: visible ? (last.find((l) => l.person_id === p.id)?.at ?? null) : null,
        canEdit: canEditPerson(ctx, p, facts),
      };
    });
  }
}
