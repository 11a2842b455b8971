import type { DataSource, EntityManager } from 'typeorm';
import { ReminderRule } from './entities/reminder-rule.entity';
import type { StaleThresholds } from './stale.rules';

/**
 * How other libraries read reminder_rule (this library owns the table): the rule that applies to
 * a plan is the plan's own row, else the defaults row (plan_id NULL, created by the migration).
 */

/** SQL for a LATERAL join: the reminder_rule row that applies to the plan id `planIdSql` (e.g. `c.plan_id`). */
export const RULE_FOR_PLAN_SQL = (planIdSql: string) =>
  `(SELECT * FROM reminder_rule rr WHERE rr.plan_id = ${planIdSql} OR rr.plan_id IS NULL ORDER BY rr.plan_id NULLS LAST LIMIT 1)`;

export const thresholdsOf = (
  r: Pick<ReminderRule, 'leadYellowDays' | 'leadRedDays' | 'contactYellowDays' | 'contactRedDays' | 'signedYellowDays' | 'signedRedDays'>,
): StaleThresholds => ({
  lead: { yellow: r.leadYellowDays, red: r.leadRedDays },
  contact: { yellow: r.contactYellowDays, red: r.contactRedDays },
  signed: { yellow: r.signedYellowDays, red: r.signedRedDays },
});

/** The office-wide stale thresholds: the defaults row's. */
export async function defaultStaleThresholds(db: DataSource | EntityManager): Promise<StaleThresholds> {
  const rule = await db.getRepository(ReminderRule).createQueryBuilder('r').where('r.plan_id IS NULL').getOne();
  if (!rule) throw new Error('reminder_rule has no defaults row; run the migrations');
  return thresholdsOf(rule);
}
