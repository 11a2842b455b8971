import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canCreateTargetInChain, UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { claimantsOf, claimDate, firstClaimVerdict, holdingTargets, jointGrantsOf, lockFirmClaims, sameClaimant, type HoldingTarget } from '@crm/claims';
import type { AddCandidatesResult, CandidateClaim, CandidateList, FitWeights } from '@crm/contracts';
import { inTransaction } from '@crm/database';
import { notFound } from '@crm/http';
import { TargetsService } from '@crm/pipeline';
import { firmsTargetedOnLink, targetsReferencing } from '@crm/pipeline/reads';
import type { AddCandidatesDto, CandidatesQueryDto } from './candidates.dto';
import { candidateRows, relationshipFacts, toOwnFacts } from './candidate-query';
import { fitScore, linkTerms } from './fit-score.rules';
import { FitWeightsService } from './fit-weights.service';
import { scoreBounds, scoreUntilSettled, withRelationship } from './rank-bounds.rules';

const NO_RELATIONSHIP = { liveTargets: 0, firstClaimedOn: null, visibleLogs: 0, lastLogOn: null };

interface LinkRow {
  id: number;
  name: string;
  notes: string | null;
  quote: string | null;
  chain_id: number;
  chain_name: string;
  plan_id: number;
  region: string;
  /** The plan's own weights row, if any (fit_weights joined in, saving a round trip). */
  weights: Partial<FitWeights> | null;
}

/** 候选企业: firms ranked for a chain link by the fit score, and 加入招商目标 for the chosen ones. */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly weights: FitWeightsService,
    private readonly targets: TargetsService,
  ) {}

  async rank(user: AuthUser, linkId: number, q: CandidatesQueryDto): Promise<CandidateList> {
    const em = this.db.manager;
    const [ctx, link] = await Promise.all([this.access.load(user, em), this.link(em, linkId)]);
    const terms = linkTerms(link, { name: link.chain_name });
    const { weights, fromDefaults } = this.weights.fromRow(link.weights);
    const fit = { terms, weights, region: link.region };
    const [rows, excluded] = await Promise.all([candidateRows(em, linkId, terms), targetsReferencing(em, 'chainLink', linkId)]);
    // Stage 1: every matching firm's score range from its own row (totals only, no sources).
    const bounded = rows
      .filter((r) => r.mi.length + r.ms.length + r.mp.length > 0)
      .map((r) => {
        const own = toOwnFacts(r);
        const { low, high } = scoreBounds(own, fit);
        return { row: r, own, firmId: r.id, low, high };
      });
    // Stage 2: targets and logs only for the firms that may still reach the page, in batches, then the exact order.
    const skip = q.skip ?? 0;
    const take = q.take ?? 20;
    const scored = await scoreUntilSettled(bounded, skip + take, async (batch) => {
      const relationships = await relationshipFacts(
        em,
        ctx,
        batch.map((c) => c.firmId),
      );
      return batch.map((c) => {
        const facts = withRelationship(c.own, relationships.get(c.firmId) ?? NO_RELATIONSHIP);
        return { row: c.row, facts, firmId: c.firmId, score: fitScore(facts, fit, { sources: false }).total };
      });
    });
    const page = scored.slice(skip, skip + take);
    const claims = await this.claims(
      em,
      user,
      page.map((p) => p.firmId),
    );
    return {
      linkId: link.id,
      linkName: link.name,
      chainId: link.chain_id,
      chainName: link.chain_name,
      planId: link.plan_id,
      weights,
      weightsFromDefaults: fromDefaults,
      terms,
      excludedTargeted: excluded,
      mayCreateTarget: canCreateTargetInChain(ctx, link.chain_id),
      data: page.map((p, i) => ({
        rank: skip + i + 1,
        firmId: p.firmId,
        firmName: p.row.name,
        tags: p.row.tags,
        industry: p.row.industry,
        hqCity: p.row.hq_city,
        score: p.score,
        components: fitScore(p.facts, fit).components,
        registrySource: p.row.registry_source,
        registryExportedOn: p.row.registry_exported_on,
        ...(claims.get(p.firmId) ?? { claim: 'free' as const, firstClaimedOn: null }),
      })),
      total: bounded.length,
      skip,
    };
  }

  /**
   * 加入招商目标: one lead target per chosen firm, in one transaction. The caller's rights are the
   * single create's; a firm another team holds (首报首谈), already a target on the link, or
   * missing is reported on its own line and the others are still created.
   */
  async add(user: AuthUser, linkId: number, dto: AddCandidatesDto): Promise<AddCandidatesResult> {
    return inTransaction(this.db, async (em) => {
      const { link, ownerId } = await this.targets.authorizeCreate(em, user, linkId, dto.ownerId);
      const firmIds = [...new Set(dto.firmIds)];
      const firms = new Map<number, string>(
        ((await em.query('SELECT id, name FROM firm WHERE id = ANY($1::int[])', [firmIds])) as { id: number; name: string }[]).map((f) => [f.id, f.name]),
      );
      const taken = await firmsTargetedOnLink(em, linkId, firmIds);
      // Lock first, then read: a concurrent registration of the same firm commits before we look (as the 首报首谈 hook does).
      await lockFirmClaims(em, firmIds);
      const holdings = await holdingTargets(em, firmIds);
      const joints = await jointGrantsOf(em, firmIds);
      const owner = (await claimantsOf(em, [ownerId])).get(ownerId) ?? { userId: ownerId, teamId: null };
      const result: AddCandidatesResult = { created: [], refused: [] };
      const accepted: number[] = [];
      for (const firmId of firmIds) {
        const firmName = firms.get(firmId) ?? null;
        if (firmName === null) {
          result.refused.push({ firmId, firmName, code: 'not_found', message: `Firm ${firmId} does not exist`, messageZh: '企业不存在' });
          continue;
        }
        if (taken.has(firmId)) {
          result.refused.push({
            firmId,
            firmName,
            code: 'duplicate_target',
            message: 'This firm is already a target for this chain link',
            messageZh: '该企业在此环节已是招商目标',
          });
          continue;
        }
        const holding: HoldingTarget | null = holdings.get(firmId) ?? null;
        const verdict = firstClaimVerdict(owner, holding, joints.get(firmId) ?? { teamIds: [], userIds: [] });
        if (!verdict.allowed) {
          const day = claimDate(verdict.firstClaimedAt);
          result.refused.push({
            firmId,
            firmName,
            code: 'first_claim',
            message: `Another team already pursues this firm (first registered ${day}); you may request a transfer or joint pursuit`,
            messageZh: `已由其他小组跟进（首报 ${day}），可申请转交或联合跟进`,
            firstClaimedOn: day,
          });
          continue;
        }
        accepted.push(firmId);
      }
      const created = await this.targets.insertLeads(
        em,
        user.id,
        link,
        ownerId,
        accepted.map((firmId) => ({ firmId, method: dto.method, notes: dto.notes })),
      );
      result.created = created.map((t) => ({ firmId: t.firmId, firmName: firms.get(t.firmId)!, targetId: t.id }));
      return result;
    });
  }

  /** Where the caller stands on each firm under 首报首谈 (another team's hold shows only its 首报 date). */
  private async claims(em: EntityManager, user: AuthUser, firmIds: number[]): Promise<Map<number, { claim: CandidateClaim; firstClaimedOn: string | null }>> {
    const out = new Map<number, { claim: CandidateClaim; firstClaimedOn: string | null }>();
    if (!firmIds.length) return out;
    const [holdings, joints] = await Promise.all([holdingTargets(em, firmIds), jointGrantsOf(em, firmIds)]);
    const me = { userId: user.id, teamId: user.teamId };
    for (const id of firmIds) {
      const h = holdings.get(id);
      if (!h) continue;
      const v = firstClaimVerdict(me, h, joints.get(id) ?? { teamIds: [], userIds: [] });
      out.set(
        id,
        v.allowed
          ? { claim: sameClaimant(me, h.owner) || v.reason === 'joint' ? 'mine' : 'free', firstClaimedOn: null }
          : { claim: 'other', firstClaimedOn: claimDate(v.firstClaimedAt) },
      );
    }
    return out;
  }

  private async link(em: EntityManager, id: number): Promise<LinkRow> {
    const [row]: LinkRow[] = await em.query(
      `SELECT l.id, l.name, l.notes, l.source->>'quote' AS quote, c.id AS chain_id, c.name AS chain_name, p.id AS plan_id, p.region,
              CASE WHEN w.id IS NULL THEN NULL ELSE to_jsonb(w) END AS weights
         FROM chain_link l JOIN chain c ON c.id = l.chain_id JOIN plan p ON p.id = c.plan_id LEFT JOIN fit_weights w ON w.plan_id = p.id
        WHERE l.id = $1`,
      [id],
    );
    if (!row) throw notFound('Chain link', '产业链环节');
    return row;
  }
}
