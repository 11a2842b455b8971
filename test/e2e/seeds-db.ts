/** Helpers shared by the seed tests: a fresh migrated database, a statement counter, table fingerprints. */
import 'reflect-metadata';
import { DataSource, type Logger } from 'typeorm';
import { parseConfig } from '@crm/config';
import { dataSourceOptions } from '@crm/schema';
import { createTestDatabase } from '../support/db';

export const YZ_DOC = '000_f18aed3529aafc2a.txt';
export const GX_DOC = '003_37b9bdb21d22be9d.txt';
export const YZ = 'yuzhong-kcfw-2025-2027';
export const GX = 'cqgx-gjsfw-14th';

/** 专栏2 (30 firms) and 专栏8 (万里开源) of the Yuzhong plan, with the chain the plan puts them on. */
export const YUZHONG_TARGET_FIRMS: Record<string, string[]> = {
  工业软件: ['山大华天', '欧倍尔'],
  信息技术服务: ['华宇信息', '绿色网络', '大健云仓', '洋葱时尚', '小亿网络', '拉扎斯'],
  数字内容: ['奥飞娱乐', '凯撒（中国）文化'],
  区块链: ['数秦科技', '万向区块链'],
  信创: ['科东软件', '中科海微', '圣博润', '格尔软件', '万里开源'],
  人工智能: ['讯飞医疗科技', '图森未来科技'],
  智慧能源: ['正泰安能', '智芯微电子'],
  元宇宙: ['环球墨非', '灵伴科技'],
  数据服务: ['亿信华辰', '云和恩墨'],
  卫星互联网: ['国博电子', '金信诺', '易事特'],
  金融科技: ['信业科技', '宇信科技', '第四范式'],
};

export const yuzhongTargetFirms = (): { firm: string; chain: string }[] =>
  Object.entries(YUZHONG_TARGET_FIRMS)
    .flatMap(([chain, firms]) => firms.map((firm) => ({ firm, chain })))
    .sort((a, b) => a.firm.localeCompare(b.firm));

/** Counts the SQL statements a data source sends: a load-independent measure of the seed's cost. */
export class QueryCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** A migrated, empty database of the calling file's own. */
export async function openEmptyDb(queries = new QueryCounter()): Promise<{ ds: DataSource; drop: () => Promise<void> }> {
  const db = await createTestDatabase('empty');
  const ds = await new DataSource({ ...dataSourceOptions(parseConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' })), logger: queries }).initialize();
  return { ds, drop: async () => (await ds.destroy(), await db.drop()) };
}

/** One fingerprint per table: any inserted, deleted or changed row changes it. */
export async function fingerprint(ds: DataSource): Promise<Record<string, string>> {
  const tables: { name: string }[] = await ds.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'typeorm_metadata') ORDER BY 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await ds.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`);
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

/** Citation problems in a table's `source` column (null, another document, no section). */
export async function uncitedRows(ds: DataSource, table: string, where = 'TRUE'): Promise<{ total: number; uncited: number }> {
  const [r] = await ds.query(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE source IS NULL OR source->>'document' NOT IN ($1, $2) OR coalesce(source->>'section', '') = '')::int AS uncited
       FROM "${table}" WHERE ${where}`,
    [YZ_DOC, GX_DOC],
  );
  return r;
}
