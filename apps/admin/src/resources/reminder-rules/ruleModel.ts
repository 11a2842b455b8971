import type { Identifier, RaRecord } from 'react-admin';

/** The stages whose stale thresholds a rule sets (yellow, then red), as the rule's field prefixes. */
export const RULE_STAGES = ['lead', 'contact', 'signed'] as const;

/** One line of GET /api/reminder-rules (libs/reminders/src/reminder-rules.service.ts, ReminderRuleView). */
export interface ReminderRuleRecord extends RaRecord {
  id: string;
  planId: number | null;
  planTitle: string | null;
  overridden: boolean;
  preDueHours: number;
  escalationGraceHours: number;
  digestTime: string;
  version: number | null;
}

export const DEFAULTS_ID = 'defaults';

/**
 * Where a line is read and saved: `/reminder-rules/defaults` or `/reminder-rules/plans/<planId>`
 * (its id is 'defaults' or 'plan-<planId>').
 */
export function rulePath(id: Identifier): string {
  if (id === DEFAULTS_ID) return '/reminder-rules/defaults';
  const m = /^plan-(\d+)$/.exec(String(id));
  if (!m) throw new Error(`not a reminder rule id: ${String(id)}`);
  return `/reminder-rules/plans/${m[1]}`;
}
