import type { EntityManager } from 'typeorm';
import { TARGET_ROWS_SQL } from '@crm/pipeline/reads';

/**
 * Messages whose condition has cleared are resolved (and so no longer unread) in the transaction
 * that cleared it: the follow-up they were about closed (done, moved or cancelled), or the stale
 * target saw activity after the idle stretch they were raised for.
 */
const RESOLVE = `resolved_at = now(), read_at = coalesce(n.read_at, now())`;

/** Notices about these follow-ups (pre-due, due, escalation). Returns how many were resolved. */
export async function resolveFollowUpNotices(em: EntityManager, followUpIds: readonly number[]): Promise<number> {
  if (!followUpIds.length) return 0;
  const [, affected] = (await em.query(
    `UPDATE notification n SET ${RESOLVE} FROM reminder r
      WHERE r.id = n.reminder_id AND r.follow_up_id = ANY($1::int[]) AND n.resolved_at IS NULL`,
    [followUpIds],
  )) as [unknown, number];
  return affected;
}

/**
 * Stale alerts about these targets whose idle stretch has ended: the target's last activity is
 * later than the one the alert was raised for, which the alert's dedupe key holds
 * (`stale_…-t<target>-u<user>-a<epoch ms>`, see StaleService). A log dated before that leaves it.
 */
export async function resolveStaleNotices(em: EntityManager, targetIds: readonly number[]): Promise<number> {
  if (!targetIds.length) return 0;
  const [, affected] = (await em.query(
    `UPDATE notification n SET ${RESOLVE} FROM reminder r JOIN ${TARGET_ROWS_SQL} t ON t.id = r.target_id
      WHERE r.id = n.reminder_id AND r.target_id = ANY($1::int[]) AND r.kind IN ('stale_yellow', 'stale_red') AND n.resolved_at IS NULL
        AND t.last_activity_at > to_timestamp(substring(r.dedupe_key from '-a([0-9]+)$')::bigint / 1000.0)`,
    [targetIds],
  )) as [unknown, number];
  return affected;
}

/**
 * Notices about a project milestone (督办 yellow/red) once it is reached or re-planned, or about an
 * instruction (批示) once it is closed. Returns how many were resolved.
 */
export async function resolveSubjectNotices(em: EntityManager, subject: { milestoneId: number } | { instructionId: number }): Promise<number> {
  const [column, id] = 'milestoneId' in subject ? ['milestone_id', subject.milestoneId] : ['instruction_id', subject.instructionId];
  const [, affected] = (await em.query(
    `UPDATE notification n SET ${RESOLVE} FROM reminder r WHERE r.id = n.reminder_id AND r.${column} = $1 AND n.resolved_at IS NULL`,
    [id],
  )) as [unknown, number];
  return affected;
}
