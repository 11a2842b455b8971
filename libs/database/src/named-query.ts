import type { DataSource, EntityManager } from 'typeorm';

/** Runs SQL with :named parameters (the form targetReadScope speaks) on a DataSource or transaction. */
export function namedQuery<T>(db: DataSource | EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const ds = 'manager' in db ? db : db.dataSource;
  const [text, values] = ds.driver.escapeQueryWithParameters(sql, params);
  return db.query(text, values);
}
