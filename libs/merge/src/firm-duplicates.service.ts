import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { parseListQuery } from '@crm/http';
import { DuplicateDismissalsService } from './duplicate-dismissals.service';
import { pairKey, suspectedGroups } from './suspects.rules';

export interface SuspectFirm {
  id: number;
  name: string;
  fullName: string | null;
  creditCode: string | null;
  hqCity: string | null;
  industry: string | null;
  registrySource: string | null;
  targets: number;
  version: number;
}

export interface SuspectGroup {
  /** The normalised name the firms share (firmNameKey). */
  key: string;
  firms: SuspectFirm[];
  /** Pairs of the group marked 非重复 (lower id first): no merge is offered for them. */
  dismissedPairs: [number, number][];
}

/**
 * Suspected duplicates (疑似重复企业): firms whose names, full names or aliases normalise to the
 * same key (firm.name_keys), unless both carry two different credit codes (two legal entities) or
 * the pair was marked 非重复 (suspectedGroups). Groups sharing the very same firms are listed once.
 */
@Injectable()
export class FirmDuplicatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dismissals: DuplicateDismissalsService,
  ) {}

  async list(query: Record<string, unknown>): Promise<{ data: SuspectGroup[]; total: number; skip: number }> {
    const { skip, take } = parseListQuery(query, ['key'], { field: 'key', order: 'ASC' });
    const groups: { key: string; firms: SuspectFirm[] }[] = await this.db.query(
      `WITH k AS (SELECT key, array_agg(f.id ORDER BY f.id) AS ids FROM firm f, unnest(f.name_keys) key GROUP BY key HAVING count(*) > 1),
            g AS (SELECT DISTINCT ON (ids) key, ids FROM k ORDER BY ids, key)
       SELECT g.key, (SELECT jsonb_agg(jsonb_build_object('id', f.id, 'name', f.name, 'fullName', f.full_name, 'creditCode', f.credit_code,
                              'hqCity', f.hq_city, 'industry', f.industry, 'registrySource', f.registry_source, 'version', f.version,
                              'targets', (SELECT count(*) FROM target t WHERE t.firm_id = f.id)) ORDER BY f.id)
                        FROM firm f WHERE f.id = ANY(g.ids)) AS firms
         FROM g ORDER BY g.key`,
    );
    const marks = await this.dismissals.dismissedAmong([...new Set(groups.flatMap((g) => g.firms.map((f) => f.id)))]);
    const suspected = suspectedGroups(groups, new Set(marks.map((m) => pairKey(m.low, m.high))));
    return { data: suspected.slice(skip, skip + take), total: suspected.length, skip };
  }
}
