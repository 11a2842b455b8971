import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserContextService, type UserContext } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { inTransaction, pgCode, PG } from '@crm/database';
import { conflict, enumFilter, forbidden, idList, type ListResult, notFound, parseListQuery, ruleBroken, staleVersion } from '@crm/http';
import { handOverTargets, PipelineHooksRegistry, Target } from '@crm/pipeline';
import { claimDate, claimantsOf, holderName, holdingTarget, jointGrants, lockFirmClaim } from './claim-holding';
import { ClaimRequest } from './claim-request.entity';
import type { ClaimRequestView, CreateClaimRequestDto, DecideClaimRequestDto, FirmClaimView } from './claims.dto';
import { FirmClaimShare } from './firm-claim-share.entity';
import { CLAIM_REQUEST_STATES, isJoint, sameClaimant } from './first-claim.rules';
import { firmPursuedInChains, firmPursuedInChainsSql } from '@crm/pipeline/reads';

const SORTABLE = ['id', 'createdAt'] as const;
const requestNotFound = () => notFound('Claim request', '转交申请');

interface RequestRow {
  id: number;
  firm_id: number;
  firm_name: string;
  kind: ClaimRequest['kind'];
  state: ClaimRequest['state'];
  requester_id: number;
  requester_name: string;
  reason: string;
  decided_by_id: number | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  created_at: Date;
  version: number;
}

/** 首报首谈: what a user may know of a firm's claim, transfer/joint requests and their decisions. */
@Injectable()
export class ClaimRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: UserContextService,
    private readonly hooks: PipelineHooksRegistry,
  ) {}

  async claimOf(user: AuthUser, firmId: number): Promise<FirmClaimView> {
    const em = this.db.manager;
    if (!(await this.firmExists(em, firmId))) throw notFound('Firm', '企业');
    const holding = await holdingTarget(em, firmId);
    const me = { userId: user.id, teamId: user.teamId };
    const pending: { id: number }[] = await em.query(`SELECT id FROM claim_request WHERE firm_id = $1 AND requester_id = $2 AND state = 'pending'`, [
      firmId,
      user.id,
    ]);
    return {
      firmId,
      claimed: holding !== null,
      mine: holding !== null && sameClaimant(me, holding.owner),
      joint: isJoint(me, await jointGrants(em, firmId)),
      firstClaimedOn: holding ? claimDate(holding.createdAt) : null,
      pendingRequestId: pending[0]?.id ?? null,
    };
  }

  async create(user: AuthUser, dto: CreateClaimRequestDto): Promise<ClaimRequestView> {
    if (user.role === 'leader') throw forbidden('Leaders review targets but do not pursue firms', '领导只能查看，不能申请跟进企业');
    const id = await inTransaction(this.db, async (em) => {
      if (!(await this.firmExists(em, dto.firmId))) throw ruleBroken('not_found', `Firm ${dto.firmId} does not exist`, '企业不存在', 'firmId');
      await lockFirmClaim(em, dto.firmId);
      const holding = await holdingTarget(em, dto.firmId);
      const me = { userId: user.id, teamId: user.teamId };
      if (!holding || sameClaimant(me, holding.owner)) {
        throw ruleBroken(
          'not_claimed_by_other',
          'No other team holds this firm; register it as a target directly',
          '该企业没有其他小组在跟进，可直接新建招商目标',
          'firmId',
        );
      }
      if (dto.kind === 'joint' && isJoint(me, await jointGrants(em, dto.firmId))) {
        throw ruleBroken('already_joint', 'Your team already pursues this firm jointly', '您的小组已获准联合跟进该企业', 'kind');
      }
      try {
        const saved = await em.save(
          ClaimRequest,
          em.create(ClaimRequest, { firmId: dto.firmId, kind: dto.kind, reason: dto.reason.trim(), requesterId: user.id, requesterTeamId: user.teamId }),
        );
        return saved.id;
      } catch (err) {
        if (pgCode(err) === PG.uniqueViolation)
          throw conflict('You already have a pending request for this firm', '您对该企业已有待处理的申请', 'pending_request_exists');
        throw err;
      }
    });
    return this.get(user, id);
  }

  async list(user: AuthUser, query: Record<string, unknown>): Promise<ListResult<ClaimRequestView>> {
    const q = parseListQuery(query, SORTABLE, { field: 'id', order: 'DESC' });
    const ctx = await this.access.load(user);
    const params: unknown[] = [];
    const where = [this.scopeSql(ctx, params)];
    const states = enumFilter(q.filter.state, 'state', CLAIM_REQUEST_STATES);
    if (states) where.push(`r.state = ANY($${params.push(states)}::text[])`);
    const firmIds = idList(q.filter.firmId, 'firmId');
    if (firmIds) where.push(`r.firm_id = ANY($${params.push(firmIds)}::int[])`);
    const ids = idList(q.filter.id);
    if (ids) where.push(`r.id = ANY($${params.push(ids)}::int[])`);
    const order = q.sort.field === 'createdAt' ? 'r.created_at' : 'r.id';
    const sqlWhere = where.join(' AND ');
    const [rows, count] = await Promise.all([
      this.db.query(`${SELECT_VIEW} WHERE ${sqlWhere} ORDER BY ${order} ${q.sort.order}, r.id DESC OFFSET ${q.skip} LIMIT ${q.take}`, params) as Promise<
        RequestRow[]
      >,
      this.db.query(`SELECT count(*)::int AS n FROM claim_request r WHERE ${sqlWhere}`, params) as Promise<{ n: number }[]>,
    ]);
    return { data: await Promise.all(rows.map((r) => this.toView(this.db.manager, ctx, r))), total: count[0].n, skip: q.skip };
  }

  async get(user: AuthUser, id: number, em: EntityManager = this.db.manager): Promise<ClaimRequestView> {
    const ctx = await this.access.load(user, em);
    const params: unknown[] = [id];
    const rows: RequestRow[] = await em.query(`${SELECT_VIEW} WHERE r.id = $1 AND ${this.scopeSql(ctx, params)}`, params);
    if (!rows[0]) throw requestNotFound();
    return this.toView(em, ctx, rows[0]);
  }

  /** Grant or refuse. A granted transfer moves the holder's live targets of the firm to the requester; a granted joint lets the requester's team register its own. */
  async decide(user: AuthUser, id: number, dto: DecideClaimRequestDto): Promise<ClaimRequestView> {
    await inTransaction(this.db, async (em) => {
      const ctx = await this.access.load(user, em);
      const request = await em.getRepository(ClaimRequest).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
      if (!request) throw requestNotFound();
      await lockFirmClaim(em, request.firmId);
      if (!(await this.mayDecide(em, ctx, request.firmId))) {
        if (!(await this.visible(em, ctx, id))) throw requestNotFound();
        throw forbidden(
          'Only the chain manager of the firm’s chain or an admin decides claim requests',
          '只有该企业所在产业链的链长办或管理员可以处理转交申请',
        );
      }
      if (request.version !== dto.version) throw staleVersion('claim request', '转交申请');
      if (request.state !== 'pending') throw conflict('This request was already decided', '该申请已处理', 'already_decided');
      if (dto.grant) await this.grant(em, request, user);
      request.state = dto.grant ? 'granted' : 'refused';
      request.decidedById = user.id;
      request.decidedAt = new Date();
      request.decisionNote = dto.note?.trim() || null;
      await em.save(ClaimRequest, request);
    });
    return this.get(user, id);
  }

  private async grant(em: EntityManager, request: ClaimRequest, user: AuthUser): Promise<void> {
    const requester = (await claimantsOf(em, [request.requesterId])).get(request.requesterId);
    if (!requester) throw ruleBroken('requester_gone', 'The requester no longer exists', '申请人已不存在');
    if (request.kind === 'joint') {
      await em.save(
        FirmClaimShare,
        em.create(FirmClaimShare, {
          firmId: request.firmId,
          teamId: requester.teamId,
          userId: requester.teamId === null ? requester.userId : null,
          requestId: request.id,
          grantedById: user.id,
        }),
      );
      return;
    }
    const holding = await holdingTarget(em, request.firmId);
    if (!holding) return; // the holder gave the firm up meanwhile: the requester may simply register it
    const holderIds: { id: number }[] =
      holding.owner.teamId !== null ? await em.query('SELECT id FROM app_user WHERE team_id = $1', [holding.owner.teamId]) : [{ id: holding.owner.userId }];
    const moved = await handOverTargets(
      em,
      request.firmId,
      holderIds.map((r) => r.id),
      request.requesterId,
    );
    if (moved.length) await this.hooks.activities(em, await em.find(Target, { where: moved.map((id) => ({ id })) }));
  }

  private async toView(em: EntityManager, ctx: UserContext, r: RequestRow): Promise<ClaimRequestView> {
    const holding = await holdingTarget(em, r.firm_id);
    const decides = ctx.user.role === 'admin' || ctx.user.role === 'chain_manager' || ctx.user.role === 'leader';
    return {
      id: r.id,
      firmId: r.firm_id,
      firmName: r.firm_name,
      kind: r.kind,
      state: r.state,
      requesterId: r.requester_id,
      requesterName: r.requester_name,
      reason: r.reason,
      firstClaimedOn: holding ? claimDate(holding.createdAt) : null,
      holderName: holding && decides ? await holderName(em, holding.owner) : null,
      decidedById: r.decided_by_id,
      decidedByName: r.decided_by_name,
      decidedAt: r.decided_at,
      decisionNote: r.decision_note,
      createdAt: r.created_at,
      version: r.version,
      canDecide: r.state === 'pending' && (await this.mayDecide(em, ctx, r.firm_id)),
    };
  }

  /** Admins, and chain managers of a chain the firm is pursued in. */
  private async mayDecide(em: EntityManager, ctx: UserContext, firmId: number): Promise<boolean> {
    if (ctx.user.role === 'admin') return true;
    if (ctx.user.role !== 'chain_manager') return false;
    return firmPursuedInChains(em, firmId, ctx.managedChainIds);
  }

  private async visible(em: EntityManager, ctx: UserContext, id: number): Promise<boolean> {
    const params: unknown[] = [id];
    const rows: unknown[] = await em.query(`SELECT 1 FROM claim_request r WHERE r.id = $1 AND ${this.scopeSql(ctx, params)}`, params);
    return rows.length > 0;
  }

  /** Admins and leaders read all; chain managers their own and those on firms pursued in their chains; promoters their team's. */
  private scopeSql(ctx: UserContext, params: unknown[]): string {
    const { user } = ctx;
    switch (user.role) {
      case 'admin':
      case 'leader':
        return 'TRUE';
      case 'chain_manager':
        return `(r.requester_id = $${params.push(user.id)} OR ${firmPursuedInChainsSql('r.firm_id', `$${params.push([...ctx.managedChainIds])}`)})`;
      case 'promoter':
        return user.teamId === null
          ? `r.requester_id = $${params.push(user.id)}`
          : `(r.requester_id = $${params.push(user.id)} OR r.requester_team_id = $${params.push(user.teamId)})`;
    }
  }

  private async firmExists(em: EntityManager, firmId: number): Promise<boolean> {
    const rows: unknown[] = await em.query('SELECT 1 FROM firm WHERE id = $1', [firmId]);
    return rows.length > 0;
  }
}

const SELECT_VIEW = `SELECT r.id, r.firm_id, f.name AS firm_name, r.kind, r.state, r.requester_id, u.display_name AS requester_name, r.reason,
  r.decided_by_id, d.display_name AS decided_by_name, r.decided_at, r.decision_note, r.created_at, r.version
  FROM claim_request r JOIN firm f ON f.id = r.firm_id JOIN app_user u ON u.id = r.requester_id LEFT JOIN app_user d ON d.id = r.decided_by_id`;
