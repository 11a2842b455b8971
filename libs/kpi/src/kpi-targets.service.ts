import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import {
  badRequest,
  containsPattern,
  duplicate,
  fieldError,
  forbidden,
  idList,
  intListFilter,
  invalidField,
  ListResult,
  mapDuplicates,
  notFound,
  parseListQuery,
  stringFilter,
} from '@crm/http';
import { removeAudited, updateVersioned } from '@crm/audit';
import { canEditKpiTarget } from './kpi-access.rules';
import { CreateKpiTargetDto, UpdateKpiTargetDto } from './kpi-target.dto';
import { KpiTarget } from './kpi-target.entity';

const SORTABLE = ['id', 'planId', 'chainId', 'year', 'metric', 'category', 'value'] as const;
const WHAT: [string, string] = ['KPI target', '目标值'];
const taken = () => duplicate('year', 'This plan already has this metric for this scope and year', '该规划在此范围和年份已有同一指标');
const notYours = () => forbidden('Only an admin, or the chain’s manager for chain figures, may edit KPI targets', '只有管理员或该产业链的链长办可以编辑目标值');

/** KPI targets (目标值) from the plan tables; the chain-map rule decides who edits them. */
@Injectable()
export class KpiTargetsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly userContext: UserContextService,
  ) {}

  async list(query: Record<string, unknown>): Promise<ListResult<KpiTarget>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'year', order: 'ASC' });
    const qb = this.db.getRepository(KpiTarget).createQueryBuilder('k');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('k.id = ANY(:ids)', { ids });
    const planIds = idList(filter.planId, 'planId');
    if (planIds) qb.andWhere('k.plan_id = ANY(:planIds)', { planIds });
    // chainId: null or 'overall' selects the plan-wide figures
    if (filter.chainId === null || filter.chainId === 'overall') qb.andWhere('k.chain_id IS NULL');
    else {
      const chainIds = idList(filter.chainId, 'chainId');
      if (chainIds) qb.andWhere('k.chain_id = ANY(:chainIds)', { chainIds });
    }
    const years = intListFilter(filter.year, 'year', 1900, 2100);
    if (years) qb.andWhere('k.year = ANY(:years)', { years });
    const metric = stringFilter(filter.metric, 'metric');
    if (metric) qb.andWhere('k.metric ILIKE :metric', { metric: containsPattern(metric) });
    qb.orderBy(`k.${sort.field}`, sort.order, sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy('k.id', 'ASC')
      .skip(skip)
      .take(take);
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip };
  }

  async get(id: number): Promise<KpiTarget> {
    const kpi = await this.db.getRepository(KpiTarget).findOneBy({ id });
    if (!kpi) throw notFound(...WHAT);
    return kpi;
  }

  async create(dto: CreateKpiTargetDto, user: AuthUser): Promise<KpiTarget> {
    const chainId = dto.chainId ?? null;
    if (!canEditKpiTarget(await this.userContext.load(user), chainId)) throw notYours();
    await this.checkScope(this.db.manager, dto.planId, chainId);
    const source = dto.source ?? { document: 'manual', section: `entered by ${user.username}` };
    const saved = await mapDuplicates(
      () => this.db.getRepository(KpiTarget).save(this.db.getRepository(KpiTarget).create({ ...dto, chainId, category: dto.category ?? null, source })),
      { uq_kpi_target_scope_year: taken },
    );
    return this.get(saved.id);
  }

  async update(id: number, dto: UpdateKpiTargetDto, user: AuthUser): Promise<KpiTarget> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    const current = await this.get(id);
    const ctx = await this.userContext.load(user);
    const nextChainId = dto.chainId === undefined ? current.chainId : dto.chainId;
    // Moving a figure needs the right on both its old and its new scope.
    if (!canEditKpiTarget(ctx, current.chainId) || !canEditKpiTarget(ctx, nextChainId)) throw notYours();
    const { version, id: _id, ...changes } = dto;
    await mapDuplicates(
      () =>
        inTransaction(this.db, async (em) => {
          if (dto.chainId !== undefined) await this.checkScope(em, current.planId, nextChainId);
          await updateVersioned(em, KpiTarget, id, version, changes as Partial<KpiTarget>, WHAT);
        }),
      { uq_kpi_target_scope_year: taken },
    );
    return this.get(id);
  }

  async remove(id: number, user: AuthUser): Promise<KpiTarget> {
    const current = await this.get(id);
    if (!canEditKpiTarget(await this.userContext.load(user), current.chainId)) throw notYours();
    await removeAudited(this.db.manager, KpiTarget, current);
    return current;
  }

  /** The plan must exist and a chain figure's chain must belong to that plan. */
  private async checkScope(em: EntityManager, planId: number, chainId: number | null): Promise<void> {
    const [plan] = await em.query('SELECT 1 FROM plan WHERE id = $1', [planId]);
    if (!plan) throw invalidField('planId', 'notFound', 'plan does not exist', '规划不存在');
    if (chainId === null) return;
    const [chain] = await em.query('SELECT plan_id FROM chain WHERE id = $1', [chainId]);
    if (!chain) throw invalidField('chainId', 'notFound', 'chain does not exist', '产业链不存在');
    if (chain.plan_id !== planId) {
      throw badRequest(
        'The chain belongs to another plan',
        '该产业链不属于此规划',
        [fieldError('chainId', 'rule', 'chain belongs to another plan', '产业链不属于此规划')],
        'chain_plan_mismatch',
      );
    }
  }
}
