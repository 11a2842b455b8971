import { DataSource, EntityManager, In } from 'typeorm';
import { Carrier } from '@crm/carriers';
import { Chain, ChainLink } from '@crm/chain-map';
import { inTransaction } from '@crm/database';
import { Firm, FirmChainLink } from '@crm/firms';
import { KpiTarget } from '@crm/kpi';
import { Plan } from '@crm/plans';
import { gaoxinPlan } from '@seeds/gaoxin/plan';
import type { PlanSeed } from '@seeds/types';
import { yuzhongPlan } from '@seeds/yuzhong/plan';
import { totalAreaM2 } from './carrier-area.util';
import { insertMissing, refreshUnedited } from './seed-refresh';

/** The plans every installation carries, in load order. */
export const PLAN_SEEDS: PlanSeed[] = [yuzhongPlan, gaoxinPlan];

/** Ids of one loaded plan's rows by natural key, for the demo step and tests. */
export interface LoadedPlan {
  planId: number;
  chains: Map<string, { id: number; links: Map<string, number> }>;
}

/**
 * Loads the plans' real data (chains, links, firms and their links, KPI targets, carriers,
 * recruitment methods), each plan in one transaction, upserting by natural key: missing rows are
 * inserted, rows nobody has edited since (version 1) follow the seed files, and rows edited in the
 * app (a chain manager's link strength, a corrected KPI) are left alone. The plan row itself is
 * only inserted. A seeded row users deleted comes back on the next run (the seed cannot tell a
 * deletion from a new database). Plan targets need an owner and a stage, which are demo choices,
 * so they are created by the demo step, not here.
 */
export async function seedPlans(ds: DataSource, plans: PlanSeed[] = PLAN_SEEDS): Promise<Map<string, LoadedPlan>> {
  const out = new Map<string, LoadedPlan>();
  for (const plan of plans) out.set(plan.code, await inTransaction(ds, (em) => loadPlan(em, plan)));
  return out;
}

async function loadPlan(em: EntityManager, seed: PlanSeed): Promise<LoadedPlan> {
  await insertMissing(em, Plan, [
    {
      code: seed.code,
      region: seed.region,
      title: seed.title,
      period: seed.period,
      startYear: seed.startYear,
      endYear: seed.endYear,
      baseYear: seed.baseYear ?? null,
      issuer: seed.issuer ?? null,
      issuedOn: seed.issuedOn ?? null,
      document: seed.document,
      recruitmentMethods: seed.recruitmentMethods ?? [],
    },
  ]);
  const plan = await em.findOneByOrFail(Plan, { code: seed.code });
  const loaded: LoadedPlan = { planId: plan.id, chains: new Map() };

  const chainRows = seed.chains.map((c, i) => ({
    planId: plan.id,
    code: c.code,
    name: c.name,
    kind: c.kind,
    description: c.description ?? null,
    action: c.action ?? null,
    sortOrder: i,
    source: c.source,
  }));
  await insertMissing(em, Chain, chainRows);
  const chains = await em.findBy(Chain, { planId: plan.id });
  await refreshUnedited(em, Chain, chains, (row) => fromSeed(row, seed) && chainRows.find((c) => c.code === row.code));
  const chainId = new Map(chains.map((c) => [c.code, c.id]));

  const linkRows = seed.chains.flatMap((c) =>
    c.links.map((l, i) => ({
      chainId: chainId.get(c.code)!,
      code: l.code,
      name: l.name,
      position: l.position,
      action: l.action ?? null,
      notes: l.notes ?? null,
      sortOrder: i,
      source: l.source,
    })),
  );
  await insertMissing(em, ChainLink, linkRows);
  const links = await em.findBy(ChainLink, { chainId: In([...chainId.values()]) });
  await refreshUnedited(em, ChainLink, links, (row) => fromSeed(row, seed) && linkRows.find((l) => l.chainId === row.chainId && l.code === row.code));
  for (const c of chains) loaded.chains.set(c.code, { id: c.id, links: new Map() });
  const codeOfChain = new Map(chains.map((c) => [c.id, c.code]));
  for (const l of links) loaded.chains.get(codeOfChain.get(l.chainId)!)!.links.set(l.code, l.id);

  const linkId = (chain: string, link: string): number => {
    const id = loaded.chains.get(chain)?.links.get(link);
    if (id === undefined) throw new Error(`${seed.code}: unknown chain link ${chain}/${link}`);
    return id;
  };

  const firmRows = seed.firms.map((f) => ({
    name: f.name,
    fullName: f.fullName ?? null,
    aliases: f.aliases ?? [],
    tags: f.tags ?? [],
    profile: f.profile ?? null,
    isLocal: f.isLocal,
    source: f.source,
    demo: false,
  }));
  await insertMissing(em, Firm, firmRows);
  const firms = await em.findBy(Firm, { name: In(seed.firms.map((f) => f.name)) });
  await refreshUnedited(em, Firm, firms, (row) => fromSeed(row, seed) && firmRows.find((f) => f.name === row.name));
  const firmId = new Map(firms.map((f) => [f.name, f.id]));
  // A placement on a whole chain (no link) has no firm_chain_link row: the table joins firms to
  // links, and putting such a firm on an arbitrary link would invent data. Its profile says where.
  await insertMissing(
    em,
    FirmChainLink,
    seed.firms.flatMap((f) =>
      f.chainLinks.filter((p) => p.link !== undefined).map((p) => ({ firmId: firmId.get(f.name)!, chainLinkId: linkId(p.chain, p.link!) })),
    ),
  );

  const kpiRows = seed.kpiTargets.flatMap((k) =>
    Object.entries(k.values).map(([year, value]) => ({
      planId: plan.id,
      metric: k.metric,
      category: k.category ?? null,
      unit: k.unit,
      chainId: k.scope === 'overall' ? null : chainOf(chainId, seed, k.scope.chain),
      year: Number(year),
      value,
      source: k.source,
    })),
  );
  await insertMissing(em, KpiTarget, kpiRows);
  const kpiKey = (k: { metric: string; chainId: number | null; year: number }) => `${k.metric}|${k.chainId ?? 0}|${k.year}`;
  const kpiByKey = new Map(kpiRows.map((k) => [kpiKey(k), k]));
  await refreshUnedited(em, KpiTarget, await em.findBy(KpiTarget, { planId: plan.id }), (row) => fromSeed(row, seed) && kpiByKey.get(kpiKey(row)));

  const carrierRows = seed.carriers.map((c) => ({
    planId: plan.id,
    name: c.name,
    type: c.type,
    chainId: c.chain ? chainOf(chainId, seed, c.chain) : null,
    totalArea: c.totalArea ?? null,
    areaUnit: c.areaUnit ?? null,
    totalAreaM2: totalAreaM2(c.totalArea, c.areaUnit),
    outputTarget: c.outputTarget ?? null,
    notes: c.notes ?? null,
    source: c.source,
    demo: false,
  }));
  await insertMissing(em, Carrier, carrierRows);
  const carriers = await em.findBy(Carrier, { name: In(carrierRows.map((c) => c.name)) });
  await refreshUnedited(em, Carrier, carriers, (row) => fromSeed(row, seed) && carrierRows.find((c) => c.name === row.name));
  return loaded;
}

/** Only rows this plan's seed created are refreshed; a same-named row users made stays theirs. */
function fromSeed(row: { source: { document: string } | null }, seed: PlanSeed): boolean {
  return row.source?.document === seed.document;
}

function chainOf(chainId: Map<string, number>, seed: PlanSeed, code: string): number {
  const id = chainId.get(code);
  if (id === undefined) throw new Error(`${seed.code}: unknown chain ${code}`);
  return id;
}
