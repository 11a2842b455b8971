import type { EntityManager } from 'typeorm';
import { targetsOfFirms } from '@crm/pipeline/reads';
import { type Claimant, claimantsOf, claimDate, firstClaimVerdict, type HoldingTarget, holdingTargets, jointGrantsOf } from '@crm/claims';
import type { ImportRowData, RowError } from './import.rules';

/** The first new-target owner of each not-yet-claimed firm in this file (by firm name): within one file the first row holds. */
export type FileClaims = Map<string, HoldingTarget>;

/**
 * 首报首谈 at the preview: a row whose new target another team's target (or an earlier row of
 * this file) already holds is refused with the same words as the 409 `first_claim` — the 首报 date
 * and nothing else — instead of failing the whole commit. Rows whose firm × link target exists
 * create nothing and are not checked. The commit's hook still decides races.
 */
export async function firstClaimErrors(em: EntityManager, rows: readonly { data: ImportRowData; errors: RowError[] }[], file: FileClaims): Promise<void> {
  const pending = rows.filter((r) => !r.errors.length && r.data.chainLinkId !== null && r.data.ownerId !== null);
  if (!pending.length) return;
  const firms: { id: number; name: string }[] = await em.query(`SELECT id, name FROM firm WHERE name = ANY($1::text[])`, [
    [...new Set(pending.map((r) => r.data.name))],
  ]);
  const firmId = new Map(firms.map((f) => [f.name, f.id]));
  const ids = firms.map((f) => f.id);
  const existing = ids.length ? await targetsOfFirms(em, ids) : [];
  const has = new Set(existing.map((t) => `${t.firm_id}:${t.chain_link_id}`));
  const holdings = ids.length ? await holdingTargets(em, ids) : new Map();
  const joints = ids.length ? await jointGrantsOf(em, ids) : new Map();
  const owners = await claimantsOf(em, [...new Set(pending.map((r) => r.data.ownerId!))]);
  for (const r of pending) {
    const id = firmId.get(r.data.name);
    if (id !== undefined && has.has(`${id}:${r.data.chainLinkId}`)) continue;
    const owner: Claimant = owners.get(r.data.ownerId!) ?? { userId: r.data.ownerId!, teamId: null };
    const holding: HoldingTarget | null = (id !== undefined ? holdings.get(id) : undefined) ?? file.get(r.data.name) ?? null;
    const verdict = firstClaimVerdict(owner, holding, (id !== undefined ? joints.get(id) : undefined) ?? { teamIds: [], userIds: [] });
    if (!verdict.allowed) {
      const day = claimDate(verdict.firstClaimedAt);
      r.errors.push({
        column: '招商专员',
        code: 'first_claim',
        reason: `another team already pursues this firm (first registered ${day}); request a transfer or joint pursuit`,
        reasonZh: `已由其他小组跟进（首报 ${day}），可申请转交或联合跟进`,
      });
    } else if (!holding) file.set(r.data.name, { owner, createdAt: new Date() });
  }
}
