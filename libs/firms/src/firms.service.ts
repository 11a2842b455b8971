import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type LinkSet, removeAudited, setLinksAudited, updateVersioned } from '@crm/audit';
import { cappedCount, inTransaction } from '@crm/database';
import {
  boolFilter,
  conflict,
  duplicate,
  enumFilter,
  idList,
  intListFilter,
  invalidField,
  ListResult,
  mapDuplicates,
  notFound,
  parseListQuery,
  stringFilter,
} from '@crm/http';
import { CreateFirmDto, UpdateFirmDto } from './firm.dto';
import { FIRM_TAGS, Firm } from './firm.entity';
import { firmSearchCondition } from './firm-search';
import { targetsReferencing } from '@crm/pipeline/reads';

const SORTABLE = ['id', 'name', 'hqCity', 'isLocal', 'createdAt', 'updatedAt'] as const;
const WHAT: [string, string] = ['firm', '企业'];
const nameTaken = () => duplicate('name', 'A firm with this name already exists', '已有同名企业');
const creditCodeTaken = () => duplicate('creditCode', 'A firm with this credit code already exists', '已有企业使用该统一社会信用代码');
const DUPLICATES = { uq_firm_name: nameTaken, uq_firm_credit_code: creditCodeTaken };

export type FirmRecord = Firm & { chainLinkIds: number[] };

/**
 * Firms (企业) are reference data every logged-in user reads. Admins, promoters and chain
 * managers create and edit them (leaders only read); only admins delete, and not while a
 * target references the firm.
 */
/** The chain links a firm works in: firm_chain_link, recorded on the firm as `chainLinkIds`. */
const FIRM_LINKS: LinkSet = { table: 'firm_chain_link', ownerColumn: 'firm_id', otherColumn: 'chain_link_id', auditEntity: 'firm', field: 'chainLinkIds' };

@Injectable()
export class FirmsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(query: Record<string, unknown>): Promise<ListResult<FirmRecord>> {
    const { filter, skip, take, sort } = parseListQuery(query, SORTABLE, { field: 'name', order: 'ASC' });
    const qb = this.db.getRepository(Firm).createQueryBuilder('f');
    const ids = idList(filter.id);
    if (ids) qb.andWhere('f.id = ANY(:ids)', { ids });
    // search_text = name + full name + aliases; any fragment matches (范式 → 第四范式), bigram- and
    // trigram-indexed (firmSearchCondition)
    const q = stringFilter(filter.q, 'q', 100);
    if (q) {
      const search = firmSearchCondition('f', q.trim());
      qb.andWhere(search.sql, search.params);
    }
    const tags = enumFilter(filter.tag, 'tag', FIRM_TAGS);
    if (tags) qb.andWhere('f.tags && CAST(:tags AS text[])', { tags });
    const isLocal = boolFilter(filter.isLocal, 'isLocal');
    if (isLocal !== undefined) qb.andWhere('f.is_local = :isLocal', { isLocal });
    const linkIds = intListFilter(filter.chainLinkId, 'chainLinkId');
    if (linkIds) qb.andWhere('EXISTS (SELECT 1 FROM firm_chain_link x WHERE x.firm_id = f.id AND x.chain_link_id = ANY(:linkIds))', { linkIds });
    const chainIds = intListFilter(filter.chainId, 'chainId');
    if (chainIds) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM firm_chain_link y JOIN chain_link yl ON yl.id = y.chain_link_id WHERE y.firm_id = f.id AND yl.chain_id = ANY(:chainIds))',
        { chainIds },
      );
    }
    qb.orderBy(`f.${sort.field}`, sort.order).addOrderBy('f.id', 'ASC').skip(skip).take(take);
    const [firms, total] = await Promise.all([qb.getMany(), cappedCount(qb, skip, take)]);
    return { data: await this.withLinks(this.db.manager, firms), total, skip };
  }

  async get(id: number, em: EntityManager = this.db.manager): Promise<FirmRecord> {
    const firm = await em.getRepository(Firm).findOneBy({ id });
    if (!firm) throw notFound(...WHAT);
    return (await this.withLinks(em, [firm]))[0];
  }

  async create(dto: CreateFirmDto): Promise<FirmRecord> {
    const { chainLinkIds, ...fields } = dto;
    await this.refuseDuplicates(fields.name, fields.creditCode);
    return mapDuplicates(
      () =>
        inTransaction(this.db, async (em) => {
          const saved = await em.getRepository(Firm).save(em.getRepository(Firm).create({ ...fields, source: fields.source ?? null }));
          await this.setLinks(em, saved.id, chainLinkIds ?? []);
          return this.get(saved.id, em);
        }),
      DUPLICATES,
    );
  }

  async update(id: number, dto: UpdateFirmDto): Promise<FirmRecord> {
    if (dto.id !== undefined && dto.id !== id) throw invalidField('id', 'invalid', 'id in the body differs from the path', '请求体中的 ID 与路径不一致');
    const { version, id: _id, chainLinkIds, ...changes } = dto;
    await this.refuseDuplicates(changes.name, changes.creditCode, id);
    return mapDuplicates(
      () =>
        inTransaction(this.db, async (em) => {
          await updateVersioned(em, Firm, id, version, changes as Partial<Firm>, WHAT);
          if (chainLinkIds) await this.setLinks(em, id, chainLinkIds);
          return this.get(id, em);
        }),
      DUPLICATES,
    );
  }

  /** Admin only (enforced by the route); refused while any target references the firm. */
  async remove(id: number): Promise<FirmRecord> {
    return inTransaction(this.db, async (em) => {
      const firm = await this.get(id, em);
      const n = await targetsReferencing(em, 'firm', id);
      if (n > 0) throw conflict(`${n} targets reference this firm; it cannot be deleted`, `该企业仍被 ${n} 个招商目标引用，不能删除`, 'in_use');
      const { chainLinkIds: _links, ...row } = firm;
      await removeAudited(em, Firm, row as Firm);
      return firm;
    });
  }

  /** Pre-check so the usual case gets a 409 naming the field; the unique indexes still decide races. */
  private async refuseDuplicates(name: string | undefined, creditCode: string | null | undefined, selfId = 0): Promise<void> {
    if (name !== undefined) {
      const [hit] = await this.db.query('SELECT 1 FROM firm WHERE name = $1 AND id <> $2', [name, selfId]);
      if (hit) throw nameTaken();
    }
    if (creditCode) {
      const [hit] = await this.db.query('SELECT 1 FROM firm WHERE credit_code = $1 AND id <> $2', [creditCode, selfId]);
      if (hit) throw creditCodeTaken();
    }
  }

  private async setLinks(em: EntityManager, firmId: number, linkIds: number[]): Promise<void> {
    if (linkIds.length) {
      const found: { id: number }[] = await em.query('SELECT id FROM chain_link WHERE id = ANY($1::int[])', [linkIds]);
      const missing = linkIds.filter((l) => !found.some((f) => f.id === l));
      if (missing.length)
        throw invalidField('chainLinkIds', 'notFound', `chain links not found: ${missing.join(', ')}`, `产业链环节不存在：${missing.join('、')}`);
    }
    // The link set is recorded on the firm.
    await setLinksAudited(em, FIRM_LINKS, firmId, linkIds);
  }

  private async withLinks(em: EntityManager, firms: Firm[]): Promise<FirmRecord[]> {
    if (!firms.length) return [];
    const rows: { firm_id: number; ids: number[] }[] = await em.query(
      'SELECT firm_id, array_agg(chain_link_id ORDER BY chain_link_id) AS ids FROM firm_chain_link WHERE firm_id = ANY($1::int[]) GROUP BY firm_id',
      [firms.map((f) => f.id)],
    );
    const byFirm = new Map(rows.map((r) => [r.firm_id, r.ids]));
    return firms.map((f) => Object.assign(f, { chainLinkIds: byFirm.get(f.id) ?? [] }));
  }
}
