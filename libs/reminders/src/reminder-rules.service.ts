import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { ReminderRuleRecord } from '@crm/contracts';
import { planOfTarget } from '@crm/pipeline/reads';
import { inTransaction } from '@crm/database';
import { boolFilter, intListFilter, invalidField, ListResult, notFound, parseListQuery, staleVersion } from '@crm/http';
import { removeAudited } from '@crm/audit';
import { ReminderRule } from './entities/reminder-rule.entity';
import type { ReminderRuleDto } from './reminder-rule.dto';
import { thresholdsOf } from './reminder-rule.query';
import { thresholdProblem } from './stale.rules';

const RULE_FIELDS = [
  'preDueHours',
  'escalationGraceHours',
  'leadYellowDays',
  'leadRedDays',
  'contactYellowDays',
  'contactRedDays',
  'signedYellowDays',
  'signedRedDays',
  'milestoneYellowDays',
  'milestoneRedDays',
  'digestTime',
] as const;
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * One line of the reminder settings as admins edit them: the defaults (`id` 'defaults') or a plan
 * (`id` 'plan-<planId>') with the values that apply to it. `overridden` false: the plan has no
 * rule of its own and follows the defaults (`version` null until it gets one).
 */
export type ReminderRuleView = ReminderRuleRecord<Date>;

const VIEW = `
  SELECT 'defaults' AS id, NULL::int AS "planId", NULL::varchar AS "planTitle", NULL::varchar AS "planRegion", true AS overridden,
         ${RULE_FIELDS.map((f) => `d.${column(f)} AS "${f}"`).join(', ')}, d.version, d.updated_at AS "updatedAt"
    FROM reminder_rule d WHERE d.plan_id IS NULL
  UNION ALL
  SELECT 'plan-' || p.id, p.id, p.title, p.region, r.id IS NOT NULL,
         ${RULE_FIELDS.map((f) => `coalesce(r.${column(f)}, d.${column(f)})`).join(', ')}, r.version, r.updated_at
    FROM plan p JOIN reminder_rule d ON d.plan_id IS NULL LEFT JOIN reminder_rule r ON r.plan_id = p.id`;
const FILTERS = ['planId', 'overridden'];

/** Reminder settings per plan, falling back to the defaults row (plan_id NULL). */
@Injectable()
export class ReminderRulesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The rule that applies to a plan's targets. */
  async forPlan(em: EntityManager, planId: number | null): Promise<ReminderRule> {
    const rows = await em
      .getRepository(ReminderRule)
      .createQueryBuilder('r')
      .where('r.plan_id = :planId OR r.plan_id IS NULL', { planId })
      .orderBy('r.plan_id', 'ASC', 'NULLS LAST')
      .getMany();
    if (!rows.length) throw new Error('reminder_rule has no defaults row; run the migrations');
    return rows[0];
  }

  /** The rule for the plan a target belongs to (through its chain). */
  async forTarget(em: EntityManager, targetId: number): Promise<ReminderRule> {
    return this.forPlan(em, await planOfTarget(em, targetId));
  }

  defaults(): Promise<ReminderRule> {
    return this.forPlan(this.db.manager, null);
  }

  /** The defaults first, then every plan with the values that apply to it (its own or the defaults). */
  async list(raw: Record<string, unknown>): Promise<ListResult<ReminderRuleView>> {
    const q = parseListQuery(raw, ['planId'], { field: 'planId', order: 'ASC' });
    const unknown = Object.keys(q.filter).find((k) => !FILTERS.includes(k));
    if (unknown)
      throw invalidField(`filter.${unknown}`, 'invalid', `cannot filter reminder rules by ${unknown}; use ${FILTERS.join(', ')}`, '不支持的筛选条件');
    const where: string[] = [];
    const params: unknown[] = [];
    const planIds = intListFilter(q.filter.planId, 'planId');
    if (planIds) where.push(`v."planId" = ANY($${params.push(planIds)}::int[])`);
    const overridden = boolFilter(q.filter.overridden, 'overridden');
    if (overridden !== undefined) where.push(`v.overridden = $${params.push(overridden)}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM (${VIEW}) v ${cond}`, params);
    const nulls = q.sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST';
    const data = await this.db.query(`SELECT * FROM (${VIEW}) v ${cond} ORDER BY v."planId" ${q.sort.order} ${nulls} LIMIT ${q.take} OFFSET ${q.skip}`, params);
    return { data, total, skip: q.skip };
  }

  /** The defaults (planId null) or one plan's line; 404 for a plan that does not exist. */
  async view(planId: number | null, em: EntityManager = this.db.manager): Promise<ReminderRuleView> {
    const [row] = await em.query(`SELECT * FROM (${VIEW}) v WHERE v."planId" IS NOT DISTINCT FROM $1::int`, [planId]);
    if (!row) throw planId === null ? new Error('reminder_rule has no defaults row; run the migrations') : notFound('Plan', '规划');
    return row;
  }

  /** Creates or updates the rule of one plan (planId null = the defaults). `version` guards updates. */
  async save(planId: number | null, dto: ReminderRuleDto): Promise<ReminderRuleView> {
    return inTransaction(this.db, async (em) => {
      if (planId !== null && !(await em.query('SELECT 1 FROM plan WHERE id = $1', [planId])).length) throw notFound('Plan', '规划');
      const repo = em.getRepository(ReminderRule);
      const { version, ...fields } = dto;
      const qb = repo.createQueryBuilder('r').setLock('pessimistic_write');
      const current = await (planId === null ? qb.where('r.plan_id IS NULL') : qb.where('r.plan_id = :planId', { planId })).getOne();
      if (current && version !== undefined && version !== current.version) throw staleVersion('reminder rule', '提醒规则');
      const base = current ?? repo.create({ ...(await this.forPlan(em, null)), id: undefined, version: undefined, planId });
      const merged = Object.assign(base, fields);
      const problem = thresholdProblem(thresholdsOf(merged));
      if (problem) throw invalidField(`${problem}RedDays`, 'rule', `${problem}: red days must be more than yellow days`, '红色阈值天数必须大于黄色阈值天数');
      if (!(merged.milestoneRedDays > merged.milestoneYellowDays)) {
        throw invalidField('milestoneRedDays', 'rule', 'milestone: red days must be more than yellow days', '项目节点红色阈值天数必须大于黄色阈值天数');
      }
      await repo.save(merged);
      return this.view(planId, em);
    });
  }

  /**
   * 恢复默认: the plan drops its own rule and follows the defaults again. Idempotent; `version`,
   * when given, must be the rule's current one (409 otherwise). Reminders already planned keep
   * their times: the rule applies to follow-ups set from now on and to the next stale scan.
   */
  async reset(planId: number, version?: number): Promise<ReminderRuleView> {
    return inTransaction(this.db, async (em) => {
      if (!(await em.query('SELECT 1 FROM plan WHERE id = $1', [planId])).length) throw notFound('Plan', '规划');
      const repo = em.getRepository(ReminderRule);
      const current = await repo.createQueryBuilder('r').setLock('pessimistic_write').where('r.plan_id = :planId', { planId }).getOne();
      if (current && version !== undefined && version !== current.version) throw staleVersion('reminder rule', '提醒规则');
      if (current) await removeAudited(em, ReminderRule, current); // the audit log keeps what the plan had
      return this.view(planId, em);
    });
  }
}
