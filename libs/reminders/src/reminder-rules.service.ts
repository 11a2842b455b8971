import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@crm/database';
import { invalidField, notFound, staleVersion } from '@crm/http';
import { ReminderRule } from './entities/reminder-rule.entity';
import type { ReminderRuleDto } from './reminder-rule.dto';
import { thresholdProblem, type StaleThresholds } from './stale.rules';

export const thresholdsOf = (r: ReminderRule): StaleThresholds => ({
  lead: { yellow: r.leadYellowDays, red: r.leadRedDays },
  contact: { yellow: r.contactYellowDays, red: r.contactRedDays },
  signed: { yellow: r.signedYellowDays, red: r.signedRedDays },
});

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
    const [row] = await em.query('SELECT c.plan_id FROM target t JOIN chain c ON c.id = t.chain_id WHERE t.id = $1', [targetId]);
    return this.forPlan(em, row?.plan_id ?? null);
  }

  defaults(): Promise<ReminderRule> {
    return this.forPlan(this.db.manager, null);
  }

  list(): Promise<ReminderRule[]> {
    return this.db.getRepository(ReminderRule).find({ order: { planId: { direction: 'ASC', nulls: 'FIRST' } } });
  }

  /** Creates or updates the rule of one plan (planId null = the defaults). `version` guards updates. */
  async save(planId: number | null, dto: ReminderRuleDto): Promise<ReminderRule> {
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
      const saved = await repo.save(merged);
      return repo.findOneByOrFail({ id: saved.id });
    });
  }
}
