import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canEditChain, UserContextService } from '@crm/access';
import type { AuthUser } from '@crm/auth';
import { inTransaction } from '@crm/database';
import {
  conflict,
  containsPattern,
  duplicate,
  forbidden,
  idList,
  invalidField,
  ListResult,
  mapDuplicates,
  notFound,
  parseListQuery,
  stringFilter,
} from '@crm/http';
import { removeAudited, updateVersioned } from '@crm/audit';
import { Chain } from './chain.entity';
import { CreateChainDto, UpdateChainDto } from './chain.dto';
import { targetsReferencing } from '@crm/pipeline/reads';

const SORTABLE = ['id', 'planId', 'code', 'name', 'kind', 'sortOrder'] as const;
const WHAT: [string, string] = ['chain', '产业链'];
const codeTaken = () => duplicate('code', 'This plan already has a chain with this code', '该规划下已有相同编码的产业链');

/** Chains (产业链): everyone reads; admins create and delete; admins and their chain managers edit. */
@Injectable()
export class ChainsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly userContext: UserContextService,
  ) {}

  async list(query: Record<string, unknown>): Promise<ListResult<Chain>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'sortOrder', order: 'ASC' });
    const qb = this.db.getRepository(Chain).createQueryBuilder('c');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('c.id = ANY(:ids)', { ids });
    const planIds = idList(filter.planId, 'planId');
    if (planIds) qb.andWhere('c.plan_id = ANY(:planIds)', { planIds });
    const q = stringFilter(filter.q, 'q');
    if (q) qb.andWhere('(c.name ILIKE :q OR c.code ILIKE :q)', { q: containsPattern(q) });
    qb.orderBy(`c.${sort.field}`, sort.order).addOrderBy('c.id', 'ASC').skip(skip).take(take);
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip };
  }

  async get(id: number): Promise<Chain> {
    const chain = await this.db.getRepository(Chain).findOneBy({ id });
    if (!chain) throw notFound(...WHAT);
    return chain;
  }

  async create(dto: CreateChainDto): Promise<Chain> {
    const [plan] = await this.db.query('SELECT 1 FROM plan WHERE id = $1', [dto.planId]);
    if (!plan) throw invalidField('planId', 'notFound', 'plan does not exist', '规划不存在');
    const { planId, code, name, kind, description, action, sortOrder } = dto;
    const saved = await mapDuplicates(
      () =>
        this.db.getRepository(Chain).save({ planId, code, name, kind, description: description ?? null, action: action ?? null, sortOrder: sortOrder ?? 0 }),
      { uq_chain_plan_code: codeTaken },
    );
    return this.get(saved.id);
  }

  async update(id: number, dto: UpdateChainDto, user: AuthUser): Promise<Chain> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    const ctx = await this.userContext.load(user);
    await this.get(id);
    if (!canEditChain(ctx, id)) throw forbidden('Only an admin or this chain’s manager may edit it', '只有管理员或该产业链的链长办可以编辑');
    const { version, id: _id, ...changes } = dto;
    await mapDuplicates(() => inTransaction(this.db, (em) => updateVersioned(em, Chain, id, version, changes, WHAT)), { uq_chain_plan_code: codeTaken });
    return this.get(id);
  }

  /** Removes the chain with its links; refused while any target is recruited for it. */
  async remove(id: number): Promise<Chain> {
    return inTransaction(this.db, async (em) => {
      const chain = await em.getRepository(Chain).findOneBy({ id });
      if (!chain) throw notFound(...WHAT);
      const n = await targetsReferencing(em, 'chain', id);
      if (n > 0) throw conflict(`The chain still has ${n} targets; move or delete them first`, `该产业链下仍有 ${n} 个招商目标，请先处理`, 'in_use');
      await removeAudited(em, Chain, chain);
      return chain;
    });
  }
}
