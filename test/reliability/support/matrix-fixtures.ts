import type { DataSource } from 'typeorm';
import { KpiTarget } from '@crm/kpi';
import { factories, uniq } from '../../support/factories';

/** One side of the matrix: the promoter's target in the chain manager's chain, or promoter2's outside it. */
export interface MatrixRecord {
  chainId: number;
  linkId: number;
  /** A link with no targets, safe to delete. */
  spareLinkId: number;
  targetId: number;
  targetVersion: number;
  firmId: number;
  logId: number;
  kpiId: number;
  /** A signed target of the same owner (a project), one funds tranche on it, and a leader's open 批示 assigned to its owner. */
  signedTargetId: number;
  fundId: number;
  instructionId: number;
  /** A contact person at the target's firm, known by the target's owner (联系人). */
  personId: number;
  /** A file on the target. */
  fileId: number;
  /** A pending 首报首谈 transfer request on this side's firm, by the other side's promoter. */
  claimRequestId: number;
  claimRequestVersion: number;
}

export interface MatrixFixtures {
  planId: number;
  mine: MatrixRecord;
  theirs: MatrixRecord;
  /** Rows nobody references, for delete routes. */
  spareFirmId: number;
  spareChainId: number;
  carrierId: number;
  userIds: Record<string, number>;
}

/**
 * Fresh records for one matrix cell: `mine` is owned by promoter (team 1) in a chain the demo
 * chain manager manages; `theirs` by promoter2 (team 2) in a chain nobody of ours manages.
 */
export async function buildMatrixFixtures(ds: DataSource): Promise<MatrixFixtures> {
  const f = factories(ds);
  const plan = await f.plan();
  const side = async (owner: string, managed: boolean, requester: string): Promise<MatrixRecord> => {
    const chain = await f.chain({ planId: plan.id });
    if (managed) await f.manageChain('chain', chain.id);
    const link = await f.chainLink({ chainId: chain.id });
    const spare = await f.chainLink({ chainId: chain.id });
    const target = await f.target({ chainLinkId: link.id, owner });
    const log = await f.contactLog({ targetId: target.id, authorId: target.ownerId });
    const kpi = await f.em.save(
      KpiTarget,
      f.em.create(KpiTarget, {
        planId: plan.id,
        chainId: chain.id,
        metric: `测试指标${uniq()}`,
        unit: '家',
        year: 2026,
        value: 10,
        source: { document: 'test', section: 'matrix' },
      }),
    );
    const [person] = await f.em.query(
      `INSERT INTO contact_person (firm_id, name, phone, known_by_id) VALUES ($1, '矩阵联系人', '13800000000', $2) RETURNING id`,
      [target.firmId, target.ownerId],
    );
    const [file] = await f.em.query(
      `INSERT INTO stored_file (target_id, file_name, content_type, size, sha256, uploaded_by_id) VALUES ($1, 'matrix.txt', 'text/plain; charset=utf-8', 2, repeat('0', 64), $2) RETURNING id`,
      [target.id, target.ownerId],
    );
    await f.em.query(`INSERT INTO stored_file_content (file_id, data) VALUES ($1, 'ok'::bytea)`, [file.id]);
    const signed = await f.target({ chainLinkId: link.id, owner, stage: 'signed', signedAt: new Date(), signedInvestment: 1000 });
    const [fund] = await f.em.query(`INSERT INTO project_fund (target_id, arrived_on, amount, source) VALUES ($1, '2026-01-10', 100, '矩阵') RETURNING id`, [
      signed.id,
    ]);
    const [instruction] = await f.em.query(
      `INSERT INTO instruction (target_id, author_id, assignee_id, body, due_at) VALUES ($1, $2, $3, '矩阵批示', now() + interval '2 days') RETURNING id`,
      [signed.id, (await f.user('leader')).id, signed.ownerId],
    );
    const asker = await f.user(requester);
    const [claim]: { id: number; version: number }[] = await f.em.query(
      `INSERT INTO claim_request (firm_id, kind, requester_id, requester_team_id, reason) VALUES ($1, 'transfer', $2, $3, '矩阵申请') RETURNING id, version`,
      [target.firmId, asker.id, asker.teamId],
    );
    return {
      chainId: chain.id,
      linkId: link.id,
      spareLinkId: spare.id,
      targetId: target.id,
      targetVersion: target.version,
      firmId: target.firmId,
      logId: log.id,
      kpiId: kpi.id,
      signedTargetId: signed.id,
      fundId: fund.id,
      instructionId: instruction.id,
      personId: person.id,
      fileId: file.id,
      claimRequestId: claim.id,
      claimRequestVersion: claim.version,
    };
  };
  const mine = await side('promoter', true, 'promoter2');
  const theirs = await side('promoter2', false, 'promoter');
  const spareFirm = await f.firm();
  const spareChain = await f.chain({ planId: plan.id });
  const carrier = await f.carrier();
  const userIds: Record<string, number> = {};
  for (const u of ['admin', 'leader', 'chain', 'promoter', 'promoter2', 'leader2']) userIds[u] = (await f.user(u)).id;
  return { planId: plan.id, mine, theirs, spareFirmId: spareFirm.id, spareChainId: spareChain.id, carrierId: carrier.id, userIds };
}
