import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '@crm/database';
import {
  conflict,
  containsPattern,
  duplicate,
  enumFilter,
  idList,
  invalidField,
  ListResult,
  mapDuplicates,
  notFound,
  parseListQuery,
  stringFilter,
} from '@crm/http';
import { removeAudited, updateVersioned } from '@crm/audit';
import { CreateCarrierDto, UpdateCarrierDto } from './carrier.dto';
import { Carrier, CARRIER_TYPES } from './carrier.entity';
import { landingsInCarrier } from '@crm/pipeline/reads';

const SORTABLE = ['id', 'name', 'type', 'planId', 'chainId', 'totalAreaM2', 'availableAreaM2'] as const;
const WHAT: [string, string] = ['carrier', '载体'];
const nameTaken = () => duplicate('name', 'A carrier with this name already exists', '已有同名载体');

/** Carriers (载体: 楼宇/园区): everyone reads, admins write (the route says so). */
@Injectable()
export class CarriersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: Record<string, unknown>): Promise<ListResult<Carrier>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'name', order: 'ASC' });
    const qb = this.db.getRepository(Carrier).createQueryBuilder('c');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('c.id = ANY(:ids)', { ids });
    const planIds = idList(filter.planId, 'planId');
    if (planIds) qb.andWhere('c.plan_id = ANY(:planIds)', { planIds });
    const chainIds = idList(filter.chainId, 'chainId');
    if (chainIds) qb.andWhere('c.chain_id = ANY(:chainIds)', { chainIds });
    const types = enumFilter(filter.type, 'type', CARRIER_TYPES);
    if (types) qb.andWhere('c.type = ANY(:types)', { types });
    const q = stringFilter(filter.q, 'q');
    if (q) qb.andWhere('(c.name ILIKE :q OR c.notes ILIKE :q)', { q: containsPattern(q) });
    qb.orderBy(`c.${sort.field}`, sort.order, sort.order === 'ASC' ? 'NULLS FIRST' : 'NULLS LAST')
      .addOrderBy('c.id', 'ASC')
      .skip(skip)
      .take(take);
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip };
  }

  async get(id: number): Promise<Carrier> {
    const carrier = await this.db.getRepository(Carrier).findOneBy({ id });
    if (!carrier) throw notFound(...WHAT);
    return carrier;
  }

  async create(dto: CreateCarrierDto): Promise<Carrier> {
    await this.checkRefs(this.db.manager, dto.planId, dto.chainId);
    const saved = await mapDuplicates(() => this.db.getRepository(Carrier).save(this.db.getRepository(Carrier).create(dto as Partial<Carrier>)), {
      uq_carrier_name: nameTaken,
    });
    return this.get(saved.id);
  }

  async update(id: number, dto: UpdateCarrierDto): Promise<Carrier> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    const { version, id: _id, ...changes } = dto;
    await mapDuplicates(
      () =>
        inTransaction(this.db, async (em) => {
          await this.checkRefs(em, changes.planId, changes.chainId);
          await updateVersioned(em, Carrier, id, version, changes as Partial<Carrier>, WHAT);
        }),
      { uq_carrier_name: nameTaken },
    );
    return this.get(id);
  }

  /** Refused while a landing names the carrier: the landing is history. */
  async remove(id: number): Promise<Carrier> {
    return inTransaction(this.db, async (em) => {
      const carrier = await em.getRepository(Carrier).findOneBy({ id });
      if (!carrier) throw notFound(...WHAT);
      const n = await landingsInCarrier(em, id);
      if (n > 0) throw conflict(`${n} landings took space in this carrier; it cannot be deleted`, `已有 ${n} 个项目落地于该载体，不能删除`, 'in_use');
      await removeAudited(em, Carrier, carrier);
      return carrier;
    });
  }

  private async checkRefs(em: EntityManager, planId: number | null | undefined, chainId: number | null | undefined): Promise<void> {
    if (planId) {
      const [hit] = await em.query('SELECT 1 FROM plan WHERE id = $1', [planId]);
      if (!hit) throw invalidField('planId', 'notFound', 'plan does not exist', '规划不存在');
    }
    if (chainId) {
      const [hit] = await em.query('SELECT 1 FROM chain WHERE id = $1', [chainId]);
      if (!hit) throw invalidField('chainId', 'notFound', 'chain does not exist', '产业链不存在');
    }
  }
}
