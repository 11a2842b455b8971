import type { EntityManager } from 'typeorm';
import { shanghaiDate } from '@crm/time';
import type { Claimant, HoldingTarget, JointGrants } from './first-claim.rules';
import { earliestPursuedTargets } from '@crm/pipeline/reads';

/** The firm's holding target: its earliest target still pursued (not 流失), with its owner's team. */
export interface HoldingRow extends HoldingTarget {
  targetId: number;
  chainId: number;
}

/**
 * Serialises claim decisions per firm for the rest of the transaction (two teams registering at
 * once). Firms share 1,024 lock slots, so a 50,000-row import holds at most 1,024 advisory locks
 * (Postgres keeps them in a lock table sized max_locks_per_transaction × connections).
 */
export async function lockFirmClaim(em: EntityManager, firmId: number): Promise<void> {
  await lockFirmClaims(em, [firmId]);
}

const CLAIM_LOCK_SLOTS = 1024;

/** lockFirmClaim for many firms, slots in ascending order (no deadlock between two batches). */
export async function lockFirmClaims(em: EntityManager, firmIds: readonly number[]): Promise<void> {
  const slots = [...new Set(firmIds.map((id) => id % CLAIM_LOCK_SLOTS))].sort((a, b) => a - b);
  await em.query('SELECT count(pg_advisory_xact_lock(1763700016, s)) FROM (SELECT s FROM unnest($1::int[]) AS s ORDER BY s) AS q', [slots]);
}

/** holdingTarget for many firms in one statement (the Excel import registers thousands at once). */
export async function holdingTargets(
  em: EntityManager,
  firmIds: readonly number[],
  excludeTargetIds: readonly number[] = [],
): Promise<Map<number, HoldingRow>> {
  const rows = await earliestPursuedTargets(em, firmIds, excludeTargetIds);
  return new Map(
    rows.map((r) => [r.firm_id, { targetId: r.id, chainId: r.chain_id, owner: { userId: r.owner_id, teamId: r.team_id }, createdAt: new Date(r.created_at) }]),
  );
}

/** jointGrants for many firms in one statement. */
export async function jointGrantsOf(em: EntityManager, firmIds: readonly number[]): Promise<Map<number, JointGrants>> {
  const rows: { firm_id: number; team_id: number | null; user_id: number | null }[] = await em.query(
    'SELECT firm_id, team_id, user_id FROM firm_claim_share WHERE firm_id = ANY($1::int[])',
    [[...new Set(firmIds)]],
  );
  const out = new Map<number, { teamIds: number[]; userIds: number[] }>();
  for (const r of rows) {
    const g = out.get(r.firm_id) ?? { teamIds: [], userIds: [] };
    if (r.team_id !== null) g.teamIds.push(r.team_id);
    if (r.user_id !== null) g.userIds.push(r.user_id);
    out.set(r.firm_id, g);
  }
  return out;
}

export async function holdingTarget(em: EntityManager, firmId: number, excludeTargetIds: readonly number[] = []): Promise<HoldingRow | null> {
  return (await holdingTargets(em, [firmId], excludeTargetIds)).get(firmId) ?? null;
}

export async function jointGrants(em: EntityManager, firmId: number): Promise<JointGrants> {
  return (await jointGrantsOf(em, [firmId])).get(firmId) ?? { teamIds: [], userIds: [] };
}

export async function claimantsOf(em: EntityManager, userIds: readonly number[]): Promise<Map<number, Claimant>> {
  const rows: { id: number; team_id: number | null }[] = await em.query('SELECT id, team_id FROM app_user WHERE id = ANY($1::int[])', [[...new Set(userIds)]]);
  return new Map(rows.map((r) => [r.id, { userId: r.id, teamId: r.team_id }]));
}

/** The holder's name for those who arbitrate: the team's, or the person's when they have no team. */
export async function holderName(em: EntityManager, holder: Claimant): Promise<string | null> {
  const rows: { name: string }[] =
    holder.teamId !== null
      ? await em.query('SELECT name FROM team WHERE id = $1', [holder.teamId])
      : await em.query('SELECT display_name AS name FROM app_user WHERE id = $1', [holder.userId]);
  return rows[0]?.name ?? null;
}

export const claimDate = (d: Date): string => shanghaiDate(d);
