import { randomBytes } from 'node:crypto';
import type { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { User } from '@crm/users';
import { Carrier } from '@crm/carriers';
import { Chain, ChainLink, ChainManager } from '@crm/chain-map';
import { Firm } from '@crm/firms';
import { Plan } from '@crm/plans';
import { ContactLog, StageChange, STAGE_PROBABILITY, Target } from '@crm/pipeline';

/**
 * Small test-data builders. Each creates one row directly through the DataSource with sensible,
 * unique defaults; pass overrides for what your test is about. Missing parents are created for
 * you (a target without chainLinkId gets a fresh plan → chain → link; without firmId a fresh firm).
 *
 * ```ts
 * const api = await startApi();
 * const f = factories(api.app.get(DataSource));
 * const link = await f.chainLink();                               // new plan, chain and link
 * const t = await f.target({ chainLinkId: link.id, owner: 'promoter', expectedInvestment: 5000 });
 * await f.manageChain('chain', link.chainId);                      // the demo chain manager now manages it
 * ```
 * Names carry a per-process random tag, so files sharing a worker database never collide.
 * Demo users (admin, leader, chain, promoter, promoter2, leader2) come from the seeded template.
 */
const tag = randomBytes(3).toString('hex');
let seq = 0;
/** A unique suffix for names: `<tag>-<n>`. */
export const uniq = (): string => `${tag}-${++seq}`;

export type TargetOverrides = Partial<Omit<Target, 'firm' | 'chainLink' | 'chain' | 'owner'>> & {
  /** Owner by demo username instead of ownerId (default 'promoter'). */
  owner?: string;
};

export interface Factories {
  em: EntityManager;
  /** A demo user by username (from the seeded template); throws if missing. */
  user(username: string): Promise<User>;
  plan(o?: DeepPartial<Plan>): Promise<Plan>;
  chain(o?: DeepPartial<Chain>): Promise<Chain>;
  chainLink(o?: DeepPartial<ChainLink>): Promise<ChainLink>;
  /** Makes the user (by username) a manager of the chain. */
  manageChain(username: string, chainId: number): Promise<void>;
  firm(o?: DeepPartial<Firm>): Promise<Firm>;
  carrier(o?: DeepPartial<Carrier>): Promise<Carrier>;
  /**
   * A target with its creating history row (null → stage, at stageEnteredAt). Default stage lead,
   * probability from the stage, owner 'promoter'. chainId is taken from the link.
   */
  target(o?: TargetOverrides): Promise<Target>;
  /** A log on the target, written by its owner unless authorId says otherwise. Does not touch the target. */
  contactLog(o: DeepPartial<ContactLog> & { targetId: number }): Promise<ContactLog>;
}

export function factories(ds: DataSource | EntityManager): Factories {
  const em = 'manager' in ds ? ds.manager : ds;
  const users = new Map<string, User>();

  const f: Factories = {
    em,
    async user(username) {
      if (!users.has(username)) users.set(username, await em.findOneByOrFail(User, { username }));
      return users.get(username)!;
    },
    async plan(o = {}) {
      const u = uniq();
      return em.save(
        Plan,
        em.create(Plan, {
          code: `test-plan-${u}`,
          region: '测试区',
          title: `测试规划 ${u}`,
          period: '2025-2027',
          startYear: 2025,
          endYear: 2027,
          document: 'test',
          ...o,
        }),
      );
    },
    async chain(o = {}) {
      const planId = o.planId ?? (await f.plan()).id;
      const u = uniq();
      return em.save(Chain, em.create(Chain, { code: `test-chain-${u}`, name: `测试产业链${u}`, kind: '重点方向', ...o, planId }));
    },
    async chainLink(o = {}) {
      const chainId = o.chainId ?? (await f.chain()).id;
      const u = uniq();
      return em.save(ChainLink, em.create(ChainLink, { code: `test-link-${u}`, name: `测试环节${u}`, position: 'midstream', ...o, chainId }));
    },
    async manageChain(username, chainId) {
      const user = await f.user(username);
      await em.createQueryBuilder().insert().into(ChainManager).values({ chainId, userId: user.id }).orIgnore().execute();
    },
    async firm(o = {}) {
      const u = uniq();
      const saved = await em.save(Firm, em.create(Firm, { name: `测试企业${u}`, ...o }));
      return em.findOneByOrFail(Firm, { id: saved.id });
    },
    async carrier(o = {}) {
      const u = uniq();
      return em.save(Carrier, em.create(Carrier, { name: `测试载体${u}`, type: 'building', availableAreaM2: 10000, ...o }));
    },
    async target(o = {}) {
      const { owner, ...rest } = o;
      const link = rest.chainLinkId ? await em.findOneByOrFail(ChainLink, { id: rest.chainLinkId }) : await f.chainLink();
      const firmId = rest.firmId ?? (await f.firm()).id;
      const ownerId = rest.ownerId ?? (await f.user(owner ?? 'promoter')).id;
      const stage = rest.stage ?? 'lead';
      const stageEnteredAt = rest.stageEnteredAt ?? new Date();
      const saved = await em.save(
        Target,
        em.create(Target, {
          probability: STAGE_PROBABILITY[stage],
          lastActivityAt: stageEnteredAt,
          ...rest,
          stage,
          stageEnteredAt,
          firmId,
          ownerId,
          chainLinkId: link.id,
          chainId: link.chainId,
        }),
      );
      await em.insert(StageChange, { targetId: saved.id, fromStage: null, toStage: stage, byUserId: ownerId, at: stageEnteredAt });
      return em.findOneByOrFail(Target, { id: saved.id });
    },
    async contactLog(o) {
      const authorId = o.authorId !== undefined ? o.authorId : (await em.findOneByOrFail(Target, { id: o.targetId })).ownerId;
      return em.save(ContactLog, em.create(ContactLog, { kind: 'visit', at: new Date(), summary: `测试走访 ${uniq()}`, ...o, authorId }));
    },
  };
  return f;
}
