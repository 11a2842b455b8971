import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { containsPattern, idList, ListResult, notFound, parseListQuery, stringFilter } from '@crm/http';
import { Plan } from './plan.entity';

const SORTABLE = ['id', 'code', 'region', 'startYear', 'endYear'] as const;

/** Plans (规划) come from the seed loader; over HTTP they are read-only for every logged-in user. */
@Injectable()
export class PlansService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: Record<string, unknown>): Promise<ListResult<Plan>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'id', order: 'ASC' });
    const qb = this.db.getRepository(Plan).createQueryBuilder('p');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('p.id = ANY(:ids)', { ids });
    const q = stringFilter(filter.q, 'q');
    if (q) qb.andWhere(`(p.title ILIKE :q OR p.region ILIKE :q OR p.code ILIKE :q)`, { q: containsPattern(q) });
    qb.orderBy(`p.${sort.field}`, sort.order).addOrderBy('p.id', 'ASC').skip(skip).take(take);
    const [data, total] = await qb.getManyAndCount();
    return { data, total, skip };
  }

  async get(id: number): Promise<Plan> {
    const plan = await this.db.getRepository(Plan).findOneBy({ id });
    if (!plan) throw notFound('plan', '规划');
    return plan;
  }
}
