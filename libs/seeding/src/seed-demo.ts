import { DataSource, EntityManager, In } from 'typeorm';
import type { User } from '@crm/users';
import { Carrier } from '@crm/carriers';
import { ChainManager } from '@crm/chain-map';
import { inTransaction } from '@crm/database';
import { Firm, FirmChainLink } from '@crm/firms';
import { type DemoPersonsFor, seedDemoPersons } from './demo-persons';
import { ContactLog, Landing, StageChange, STAGE_PROBABILITY, Target } from '@crm/pipeline';
import { Plan } from '@crm/plans';
import { DEMO_CARRIER_NOTE, DEMO_CARRIER_SPACE, DEMO_CHAIN_MANAGERS, DEMO_LOCAL_FIRMS } from '@seeds/demo/coverage';
import { DEMO_TARGETS } from '@seeds/demo/targets';
import type { PlanSeed } from '@seeds/types';
import { seedDemoUsers } from './demo-users';
import { buildTimeline } from './demo-timeline.util';
import { PLAN_SEEDS } from './seed-plans';

/** Resolves plan chain/link codes to ids in the database (the plans must be loaded). */
class PlanIndex {
  private constructor(
    private readonly links: Map<string, { linkId: number; chainId: number; chainName: string }>,
    private readonly chains: Map<string, number>,
  ) {}

  static async load(em: EntityManager): Promise<PlanIndex> {
    const rows: { plan: string; chain: string; chain_id: number; chain_name: string; link: string | null; link_id: number | null }[] = await em.query(
      `SELECT p.code AS plan, c.code AS chain, c.id AS chain_id, c.name AS chain_name, l.code AS link, l.id AS link_id
         FROM plan p JOIN chain c ON c.plan_id = p.id LEFT JOIN chain_link l ON l.chain_id = c.id`,
    );
    const links = new Map<string, { linkId: number; chainId: number; chainName: string }>();
    const chains = new Map<string, number>();
    for (const r of rows) {
      chains.set(`${r.plan}/${r.chain}`, r.chain_id);
      if (r.link !== null) links.set(`${r.plan}/${r.chain}/${r.link}`, { linkId: r.link_id!, chainId: r.chain_id, chainName: r.chain_name });
    }
    return new PlanIndex(links, chains);
  }

  link(plan: string, chain: string, link: string) {
    const hit = this.links.get(`${plan}/${chain}/${link}`);
    if (!hit) throw new Error(`demo seed: chain link ${plan}/${chain}/${link} is not loaded (run seedPlans first)`);
    return hit;
  }

  chain(plan: string, chain: string): number {
    const id = this.chains.get(`${plan}/${chain}`);
    if (id === undefined) throw new Error(`demo seed: chain ${plan}/${chain} is not loaded (run seedPlans first)`);
    return id;
  }
}

/**
 * The demo data on top of the plans: demo users, the chain manager's chains, a pipeline for every
 * plan-named target, local demo firms covering some links, space in the Yuzhong buildings.
 * Everything it writes is marked demo. Idempotent: what exists (by natural key) is left alone.
 */
export async function seedDemo(ds: DataSource, now: Date = new Date(), plans: PlanSeed[] = PLAN_SEEDS): Promise<void> {
  const users = await seedDemoUsers(ds);
  await inTransaction(ds, async (em) => {
    const index = await PlanIndex.load(em);
    await seedChainManagers(em, index, users);
    await seedLocalFirms(em, index);
    await seedCarrierSpace(em);
    await seedTargets(em, index, users, plans, now);
  });
}

async function seedChainManagers(em: EntityManager, index: PlanIndex, users: Map<string, User>): Promise<void> {
  const rows = DEMO_CHAIN_MANAGERS.flatMap((m) => m.chains.map((c) => ({ chainId: index.chain(c.plan, c.chain), userId: users.get(m.username)!.id })));
  await em.createQueryBuilder().insert().into(ChainManager).values(rows).orIgnore().execute();
}

async function seedLocalFirms(em: EntityManager, index: PlanIndex): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(Firm)
    .values(DEMO_LOCAL_FIRMS.map((f) => ({ name: f.name, profile: f.profile, isLocal: true, demo: true })))
    .orIgnore()
    .execute();
  const firms = await em.findBy(Firm, { name: In(DEMO_LOCAL_FIRMS.map((f) => f.name)) });
  const firmId = new Map(firms.map((f) => [f.name, f.id]));
  const links = DEMO_LOCAL_FIRMS.flatMap((f) => f.links.map((l) => ({ firmId: firmId.get(f.name)!, chainLinkId: index.link(l.plan, l.chain, l.link).linkId })));
  await em.createQueryBuilder().insert().into(FirmChainLink).values(links).orIgnore().execute();
}

/** Gives the carriers demo space once (while they have none), saying so in their notes. */
async function seedCarrierSpace(em: EntityManager): Promise<void> {
  for (const c of DEMO_CARRIER_SPACE) {
    const carrier = await em.findOneBy(Carrier, { name: c.carrier });
    if (!carrier) throw new Error(`demo seed: carrier ${c.carrier} is not loaded (run seedPlans first)`);
    if (carrier.availableAreaM2 !== null) continue;
    const notes = carrier.notes ? `${carrier.notes}；${DEMO_CARRIER_NOTE}` : DEMO_CARRIER_NOTE;
    await em.update(Carrier, { id: carrier.id }, { availableAreaM2: c.availableAreaM2, notes });
  }
}

async function seedTargets(em: EntityManager, index: PlanIndex, users: Map<string, User>, plans: PlanSeed[], now: Date): Promise<void> {
  const firmNames = DEMO_TARGETS.map((t) => t.firm);
  const firmId = new Map((await em.findBy(Firm, { name: In(firmNames) })).map((f) => [f.name, f.id]));
  const existing = new Set(
    (await em.find(Target, { select: { firmId: true, chainLinkId: true }, where: { firmId: In([...firmId.values()]) } })).map(
      (t) => `${t.firmId}/${t.chainLinkId}`,
    ),
  );
  const planId = new Map((await em.find(Plan)).map((p) => [p.code, p.id]));

  const persons: DemoPersonsFor[] = [];
  for (const [i, demo] of DEMO_TARGETS.entries()) {
    const planSeed = plans.find((p) => p.code === demo.plan);
    const seed = planSeed?.targets.find((t) => t.firm === demo.firm);
    if (!planSeed || !seed) throw new Error(`demo seed: ${demo.plan} names no target ${demo.firm}`);
    if (!planId.has(demo.plan)) throw new Error(`demo seed: plan ${demo.plan} is not loaded (run seedPlans first)`);
    const link = index.link(demo.plan, seed.chain, seed.link);
    const fid = firmId.get(demo.firm);
    if (fid === undefined) throw new Error(`demo seed: firm ${demo.firm} is not loaded (run seedPlans first)`);
    if (existing.has(`${fid}/${link.linkId}`)) continue;

    const owner = users.get(demo.owner)!;
    const t = buildTimeline(
      { firm: demo.firm, chain: link.chainName, history: demo.history, followUpInDays: demo.followUpInDays, carrier: demo.landing?.carrier, seed: i },
      now,
    );
    const inserted = await em
      .createQueryBuilder()
      .insert()
      .into(Target)
      .values({
        firmId: fid,
        chainLinkId: link.linkId,
        chainId: link.chainId,
        ownerId: owner.id,
        stage: t.stage,
        stageEnteredAt: t.stageEnteredAt,
        pausedFromStage: t.pausedFromStage,
        probability: STAGE_PROBABILITY[t.stage],
        expectedInvestment: demo.expectedInvestment ?? null,
        method: seed.method ?? demo.method ?? null,
        signedInvestment: demo.signed?.investment ?? null,
        signedOutput: demo.signed?.output ?? null,
        signedJobs: demo.signed?.jobs ?? null,
        signedSpace: demo.signed?.space ?? null,
        signedAt: demo.signed ? t.signedAt : null,
        nextFollowUpAt: t.nextFollowUpAt,
        lastActivityAt: t.lastActivityAt,
        notes: seed.notes ?? null,
        source: seed.source,
        demo: true,
        createdAt: t.createdAt,
      })
      .returning(['id'])
      .execute();
    const targetId: number = inserted.identifiers[0].id;
    await em.insert(
      StageChange,
      t.changes.map((c) => ({ targetId, fromStage: c.fromStage, toStage: c.toStage, at: c.at, reason: c.reason, byUserId: owner.id })),
    );
    const logs = await em.insert(
      ContactLog,
      t.logs.map((l) => ({
        targetId,
        kind: l.kind,
        at: l.at,
        summary: l.summary,
        outcome: l.outcome,
        nextFollowUpAt: l.nextFollowUpAt,
        authorId: owner.id,
        demo: true,
        createdAt: l.at,
      })),
    );
    persons.push({ firmId: fid, ownerId: owner.id, seed: i, firstLogId: (logs.identifiers[0]?.id as number | undefined) ?? null });
    if (t.nextFollowUpAt) {
      // The reminders feature keeps one open follow_up mirroring target.next_follow_up_at; the
      // demo keeps that invariant. Its reminder rows are the reminders feature's business.
      const setBy = t.logs.find((l) => l.nextFollowUpAt)!;
      await em.query(`INSERT INTO follow_up (target_id, due_at, created_by_id, created_at) VALUES ($1, $2, $3, $4)`, [
        targetId,
        t.nextFollowUpAt,
        owner.id,
        setBy.at,
      ]);
    }
    if (demo.landing) await land(em, targetId, demo.landing, t.landedOn);
  }
  await seedDemoPersons(em, persons);
}

/** Records the landing and takes its area from the carrier's space (never below zero: check constraint). */
async function land(em: EntityManager, targetId: number, landing: { carrier: string; area: number }, landedOn: string | null): Promise<void> {
  if (!landedOn) throw new Error('demo seed: a landing needs a landed step in the history');
  const carrier = await em.findOneBy(Carrier, { name: landing.carrier });
  if (!carrier) throw new Error(`demo seed: carrier ${landing.carrier} is not loaded`);
  await em.insert(Landing, { targetId, carrierId: carrier.id, area: landing.area, landedOn });
  if (carrier.availableAreaM2 !== null) {
    await em.update(Carrier, { id: carrier.id }, { availableAreaM2: carrier.availableAreaM2 - landing.area });
  }
}
