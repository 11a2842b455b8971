import type { EntityManager } from 'typeorm';
import { STAGE_PROBABILITY, type Stage } from './stage';

/** A target to open at 线索 (lead) in bulk; the texts as the source gave them (numbers and times parsed by Postgres). */
export interface NewLeadTarget {
  firmId: number;
  chainLinkId: number;
  chainId: number;
  ownerId: number;
  expectedInvestment: string | null;
  method: string | null;
  notes: string | null;
  nextFollowUpAt: string | null;
}

/** The stage_change row that opened a bulk-created target. */
export interface OpenedTargetRow {
  id: number;
  target_id: number;
  from_stage: Stage | null;
  to_stage: Stage;
  by_user_id: number | null;
  at: Date;
  reason: string | null;
}

/**
 * Opens targets at lead in one statement, in the given order, each with its history row; a firm
 * × link that already has a target is skipped (so is a repeat within `rows`). Fires no hooks: the
 * caller announces the returned rows (PipelineHooksRegistry.targetsCreated).
 */
export function openLeadTargets(em: EntityManager, rows: readonly NewLeadTarget[], byUserId: number, reason: string): Promise<OpenedTargetRow[]> {
  if (!rows.length) return Promise.resolve([]);
  const column = <K extends keyof NewLeadTarget>(k: K) => rows.map((r) => r[k]);
  return em.query(
    `WITH ins AS (
       INSERT INTO target (firm_id, chain_link_id, chain_id, owner_id, stage, probability, expected_investment, method, notes, next_follow_up_at)
       SELECT r.firm_id, r.chain_link_id, r.chain_id, r.owner_id, 'lead', $1, r.expected_investment, r.method, r.notes, r.next_follow_up_at
         FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::numeric[], $7::text[], $8::text[], $9::timestamptz[])
              WITH ORDINALITY AS r (firm_id, chain_link_id, chain_id, owner_id, expected_investment, method, notes, next_follow_up_at, n)
        ORDER BY r.n
       ON CONFLICT (firm_id, chain_link_id) DO NOTHING
       RETURNING id)
     INSERT INTO stage_change (target_id, from_stage, to_stage, by_user_id, reason)
     SELECT id, NULL, 'lead', $10, $11 FROM ins RETURNING id, target_id, from_stage, to_stage, by_user_id, at, reason`,
    [
      STAGE_PROBABILITY.lead,
      column('firmId'),
      column('chainLinkId'),
      column('chainId'),
      column('ownerId'),
      column('expectedInvestment'),
      column('method'),
      column('notes'),
      column('nextFollowUpAt'),
      byUserId,
      reason,
    ],
  );
}
