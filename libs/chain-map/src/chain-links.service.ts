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
  enumFilter,
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
import { ChainLink, LINK_POSITIONS } from './chain-link.entity';
import { LINK_ACTIONS } from './chain.entity';
import { CreateChainLinkDto, UpdateChainLinkDto } from './chain.dto';
import { targetsReferencing } from '@crm/pipeline/reads';

const SORTABLE = ['id', 'chainId', 'code', 'name', 'position', 'action', 'sortOrder'] as const;
const WHAT: [string, string] = ['chain link', '产业链环节'];
const codeTaken = () => duplicate('code', 'This chain already has a link with this code', '该产业链下已有相同编码的环节');
const notYours = () => forbidden('Only an admin or this chain’s manager may edit its links', '只有管理员或该产业链的链长办可以编辑其环节');

/** Chain links (环节) and their strength (强链/补链/…): edited by admins and the chain's managers. */
@Injectable()
export class ChainLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly userContext: UserContextService,
  ) {}

  async list(query: Record<string, unknown>): Promise<ListResult<ChainLink>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'sortOrder', order: 'ASC' });
    const qb = this.db.getRepository(ChainLink).createQueryBuilder('l');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('l.id = ANY(:ids)', { ids });
    const chainIds = idList(filter.chainId, 'chainId');
    if (chainIds) qb.andWhere('l.chain_id = ANY(:chainIds)', { chainIds });
    const actions = enumFilter(filter.action, 'action', LINK_ACTIONS);
    if (actions) qb.andWhere('l.action = ANY(:actions)', { actions });
    const positions = enumFilter(filter.position, 'position', LINK_POSITIONS);
    if (positions) qb.andWhere('l.position = ANY(:positions)', { positions });
    const q = stringFilter(filter.q, 'q');
    if (q) qb.andWhere('(l.name ILIKE :q OR l.code ILIKE :q)', { q: containsPattern(q) });
    qb.orderBy(`l.${sort.field}`, sort.order).addOrderBy('l.id', 'ASC').skip(skip).take(take);
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip };
  }

  async get(id: number): Promise<ChainLink> {
    const link = await this.db.getRepository(ChainLink).findOneBy({ id });
    if (!link) throw notFound(...WHAT);
    return link;
  }

  async create(dto: CreateChainLinkDto, user: AuthUser): Promise<ChainLink> {
    const [chain] = await this.db.query('SELECT 1 FROM chain WHERE id = $1', [dto.chainId]);
    if (!chain) throw invalidField('chainId', 'notFound', 'chain does not exist', '产业链不存在');
    if (!canEditChain(await this.userContext.load(user), dto.chainId)) throw notYours();
    const { chainId, code, name, position, action, notes, sortOrder } = dto;
    const saved = await mapDuplicates(
      () => this.db.getRepository(ChainLink).save({ chainId, code, name, position, action: action ?? null, notes: notes ?? null, sortOrder: sortOrder ?? 0 }),
      { uq_chain_link_chain_code: codeTaken },
    );
    return this.get(saved.id);
  }

  async update(id: number, dto: UpdateChainLinkDto, user: AuthUser): Promise<ChainLink> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    const link = await this.get(id);
    if (!canEditChain(await this.userContext.load(user), link.chainId)) throw notYours();
    const { version, id: _id, ...changes } = dto;
    await mapDuplicates(() => inTransaction(this.db, (em) => updateVersioned(em, ChainLink, id, version, changes, WHAT)), {
      uq_chain_link_chain_code: codeTaken,
    });
    return this.get(id);
  }

  /** Refused while targets are recruited for the link; firm_chain_link rows go with it. */
  async remove(id: number, user: AuthUser): Promise<ChainLink> {
    const link = await this.get(id);
    if (!canEditChain(await this.userContext.load(user), link.chainId)) throw notYours();
    return inTransaction(this.db, async (em) => {
      const n = await targetsReferencing(em, 'chainLink', id);
      if (n > 0) throw conflict(`The link still has ${n} targets; move or delete them first`, `该环节下仍有 ${n} 个招商目标，请先处理`, 'in_use');
      await removeAudited(em, ChainLink, link);
      return link;
    });
  }
}
