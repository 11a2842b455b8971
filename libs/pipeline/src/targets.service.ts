import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canCreateTargetInChain, canWriteTarget, UserContextService, type UserContext } from '@crm/access';
import { deleteAudited, updateAudited } from '@crm/audit';
import { type AuthUser } from '@crm/auth';
import { returnCarrierArea } from '@crm/carriers';
import { User } from '@crm/users';
import { ChainLink } from '@crm/chain-map';
import { inTransaction } from '@crm/database';
import { Firm } from '@crm/firms';
import { conflict, enumFilter, forbidden, idList, invalidField, type ListResult, parseListQuery, staleVersion, stringFilter } from '@crm/http';
import { Landing } from './landing.entity';
import { PipelineHooksRegistry } from './pipeline-hooks';
import { RECRUITMENT_METHODS, STAGE_PROBABILITY, STAGES } from './stage';
import { StageChange } from './stage-change.entity';
import { stageDurations, type StageDurations } from './stage-durations.util';
import type { CreateTargetDto, FollowUpDto, UpdateTargetDto } from './target.dto';
import { targetNotFound, writableTarget } from './target-guard';
import { countTargets, orderTargets, TARGET_SORTABLE, toTargetRow, visibleTargets, type TargetFilters, type TargetRow } from './target-query';
import { Target } from './target.entity';

export type TargetDetail = TargetRow & { stageDurations: StageDurations; landing: (Omit<Landing, 'target' | 'carrier'> & { carrierName: string }) | null };

/** Plain fields an edit may change (stage only through transitions, follow-up through its own route). */
const EDITABLE = ['expectedInvestment', 'expectedOutput', 'expectedJobs', 'spaceNeeded', 'method', 'notes', 'probability', 'ownerId', 'chainLinkId'] as const;

@Injectable()
export class TargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly hooks: PipelineHooksRegistry,
  ) {}

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<TargetRow>> {
    const q = parseListQuery(query, TARGET_SORTABLE, { field: 'lastActivityAt', order: 'DESC' });
    const f = q.filter;
    const filters: TargetFilters = {
      ids: idList(f.id),
      q: stringFilter(f.q, 'q', 100),
      chainIds: idList(f.chainId, 'chainId'),
      chainLinkIds: idList(f.chainLinkId, 'chainLinkId'),
      stages: enumFilter(f.stage, 'stage', STAGES),
      ownerIds: idList(f.ownerId, 'ownerId'),
      methods: enumFilter(f.method, 'method', RECRUITMENT_METHODS),
      planIds: idList(f.planId, 'planId'),
      firmIds: idList(f.firmId, 'firmId'),
    };
    const ctx = await this.access.load(user);
    const qb = orderTargets(visibleTargets(this.db.manager, ctx, filters), q.sort.field as (typeof TARGET_SORTABLE)[number], q.sort.order);
    // The total is counted on target alone (countTargets), not with getManyAndCount's
    // COUNT(DISTINCT) over four joins.
    const [rows, total] = await Promise.all([qb.offset(q.skip).limit(q.take).getMany(), countTargets(this.db.manager, ctx, filters, q.skip, q.take)]);
    return { data: rows.map(toTargetRow), total, skip: q.skip };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<TargetDetail> {
    const ctx = await this.access.load(user, em);
    const t = await visibleTargets(em, ctx, { ids: [id] }).getOne();
    if (!t) throw targetNotFound();
    const history = await em.find(StageChange, { where: { targetId: id }, order: { at: 'ASC', id: 'ASC' } });
    const landing = await em.findOne(Landing, { where: { targetId: id }, relations: { carrier: true } });
    const now: { now: Date }[] = await em.query('SELECT now() AS now');
    return {
      ...toTargetRow(t),
      stageDurations: stageDurations(history, now[0].now),
      landing: landing
        ? {
            id: landing.id,
            targetId: landing.targetId,
            carrierId: landing.carrierId,
            carrierName: landing.carrier!.name,
            area: landing.area,
            landedOn: landing.landedOn,
            createdAt: landing.createdAt,
          }
        : null,
    };
  }

  async create(user: AuthUser, dto: CreateTargetDto): Promise<TargetDetail> {
    const id = await inTransaction(this.db, async (em) => {
      const { link, ownerId } = await this.authorizeCreate(em, user, dto.chainLinkId, dto.ownerId);
      if (!(await em.existsBy(Firm, { id: dto.firmId }))) throw invalidField('firmId', 'notFound', `Firm ${dto.firmId} does not exist`, '企业不存在');
      if (await em.existsBy(Target, { firmId: dto.firmId, chainLinkId: link.id })) {
        throw conflict('This firm is already a target for this chain link', '该企业在此环节已是招商目标', 'duplicate_target');
      }
      const { firmId, expectedInvestment, expectedOutput, expectedJobs, spaceNeeded, method, notes } = dto;
      const [target] = await this.insertLeads(em, user.id, link, ownerId, [
        { firmId, expectedInvestment, expectedOutput, expectedJobs, spaceNeeded, method, notes },
      ]);
      return target.id;
    });
    return this.get(user, id);
  }

  /**
   * The rules of a new target, before any firm is looked at: leaders never create, the link
   * exists, promoters own what they create, and the caller may write targets of that owner in
   * that chain. Used by the single create and by 加入招商目标 (candidates).
   */
  async authorizeCreate(em: EntityManager, user: AuthUser, chainLinkId: number, requestedOwnerId?: number): Promise<{ link: ChainLink; ownerId: number }> {
    const ctx = await this.access.load(user, em);
    if (user.role === 'leader') throw forbidden('Leaders review targets but do not create them', '领导只能查看，不能新建招商目标');
    const link = await this.linkOrFail(em, chainLinkId);
    const ownerId = requestedOwnerId ?? user.id;
    if (user.role === 'promoter' && ownerId !== user.id) throw forbidden('Promoters create targets only for themselves', '招商专员只能为自己新建招商目标');
    const owner = await this.ownerOrFail(em, ownerId);
    if (!canCreateTargetInChain(ctx, link.chainId) || !canWriteTarget(ctx, { ownerId, ownerTeamId: owner.teamId, chainId: link.chainId })) {
      throw forbidden('You may create targets only in chains you manage', '只能在您负责的产业链中新建招商目标');
    }
    return { link, ownerId };
  }

  /**
   * Registers lead targets of the link (one per item), each with its creating stage change, and
   * fires the creation hooks in the caller's transaction — 首报首谈 among them, which refuses the
   * whole write if another team holds one of the firms.
   */
  async insertLeads(
    em: EntityManager,
    byUserId: number,
    link: ChainLink,
    ownerId: number,
    items: readonly (Pick<Target, 'firmId'> &
      Partial<Pick<Target, 'expectedInvestment' | 'expectedOutput' | 'expectedJobs' | 'spaceNeeded' | 'method' | 'notes'>>)[],
  ): Promise<Target[]> {
    const created: { target: Target; change: StageChange }[] = [];
    for (const item of items) {
      const saved = await em.save(
        Target,
        em.create(Target, { ...item, chainLinkId: link.id, chainId: link.chainId, ownerId, stage: 'lead', probability: STAGE_PROBABILITY.lead }),
      );
      const target = await em.findOneByOrFail(Target, { id: saved.id });
      const change = await em.save(
        StageChange,
        em.create(StageChange, { targetId: target.id, fromStage: null, toStage: 'lead', byUserId, at: target.stageEnteredAt, reason: null }),
      );
      created.push({ target, change });
    }
    await this.hooks.targetsCreated(em, created);
    return created.map((c) => c.target);
  }

  async update(user: AuthUser, id: number, dto: UpdateTargetDto): Promise<TargetDetail> {
    await inTransaction(this.db, async (em) => {
      const ctx = await this.access.load(user, em);
      const { target, facts } = await writableTarget(em, ctx, id);
      if (dto.stage !== undefined && dto.stage !== target.stage) {
        throw invalidField('stage', 'rule', 'The stage changes only through POST /api/targets/:id/transitions', '阶段只能通过“阶段流转”变更，不能直接编辑');
      }
      const changes: Partial<Target> = {};
      for (const k of EDITABLE) if (dto[k] !== undefined) (changes as Record<string, unknown>)[k] = dto[k];
      await this.checkReassignment(em, ctx, facts.ownerId, changes);
      if (!(await updateAudited(em, Target, { id, version: dto.version }, target, changes))) throw staleVersion('target', '招商目标');
      await this.hooks.activity(em, await em.findOneByOrFail(Target, { id }));
    });
    return this.get(user, id);
  }

  /** Admin only (the controller says so). A landing's area goes back to its carrier. */
  async remove(user: AuthUser, id: number): Promise<TargetDetail> {
    return inTransaction(this.db, async (em) => {
      const before = await this.get(user, id, em);
      const landing = await em.findOneBy(Landing, { targetId: id });
      if (landing) await returnCarrierArea(em, landing.carrierId, landing.area);
      await deleteAudited(em, Target, id);
      return before;
    });
  }

  /** Sets, moves or clears the target's one open follow-up. */
  async setFollowUp(user: AuthUser, id: number, dto: FollowUpDto): Promise<TargetDetail> {
    await inTransaction(this.db, async (em) => {
      const ctx = await this.access.load(user, em);
      const { target } = await writableTarget(em, ctx, id);
      const at = dto.at === null ? null : new Date(dto.at);
      if (!(await updateAudited(em, Target, { id, version: dto.version }, target, { nextFollowUpAt: at }))) throw staleVersion('target', '招商目标');
      await this.hooks.followUpChanged(em, await em.findOneByOrFail(Target, { id }), target.nextFollowUpAt);
    });
    return this.get(user, id);
  }

  private async linkOrFail(em: EntityManager, id: number): Promise<ChainLink> {
    const link = await em.findOneBy(ChainLink, { id });
    if (!link) throw invalidField('chainLinkId', 'notFound', `Chain link ${id} does not exist`, '产业链环节不存在');
    return link;
  }

  private async ownerOrFail(em: EntityManager, id: number): Promise<User> {
    const owner = await em.findOneBy(User, { id });
    if (!owner || !owner.active) throw invalidField('ownerId', 'notFound', `User ${id} does not exist or is disabled`, '负责人不存在或已停用');
    if (owner.role === 'leader')
      throw invalidField('ownerId', 'rule', 'A leader cannot own targets; choose a promoter or chain manager', '领导不能作为招商目标负责人');
    return owner;
  }

  /** A new owner or link must keep the target within what the caller may write; promoters keep their own targets. */
  private async checkReassignment(em: EntityManager, ctx: UserContext, currentOwnerId: number, changes: Partial<Target>): Promise<void> {
    if (changes.ownerId === undefined && changes.chainLinkId === undefined) return;
    if (changes.ownerId !== undefined && changes.ownerId !== currentOwnerId && ctx.user.role === 'promoter') {
      throw forbidden('Promoters cannot hand their targets to someone else; ask the chain manager', '招商专员不能转交招商目标，请联系链长办');
    }
    const ownerId = changes.ownerId ?? currentOwnerId;
    const owner = await this.ownerOrFail(em, ownerId);
    if (changes.chainLinkId !== undefined) {
      const link = await this.linkOrFail(em, changes.chainLinkId);
      changes.chainId = link.chainId;
    }
    const chainId = changes.chainId;
    if (chainId !== undefined && !canWriteTarget(ctx, { ownerId, ownerTeamId: owner.teamId, chainId })) {
      throw forbidden('You may move targets only into chains you manage', '只能将招商目标调整到您负责的产业链');
    }
  }
}
