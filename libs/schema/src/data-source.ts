import { DataSource, DataSourceOptions } from 'typeorm';
import type { AppConfig } from '@crm/config';
import { entities } from './entities';
import { migrations } from './migrations';
import { NestQueryLogger, SnakeNamingStrategy } from '@crm/database';
import { AuditSubscriber } from '@crm/audit';
import { TIME_ZONE } from '@crm/time';

export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    entities,
    migrations,
    subscribers: [AuditSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // Nest's Logger; expected refusals (duplicates, references, concurrent updates) only at debug.
    logger: new NestQueryLogger({ logQueries: config.database.logSql }),
    extra: {
      max: config.database.poolSize,
      // Asia/Shanghai for date arithmetic done in SQL (stale days, digests, weekly report).
      // jit=off: JIT compilation cost 2–3 s of the cockpit's 6 s aggregates at bench scale and
      // never paid back on these OLTP-sized queries.
      options: `-c timezone=${TIME_ZONE} -c jit=off`,
      connectionTimeoutMillis: 5000,
    },
  };
}

export function createDataSource(config: AppConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}

/** Applies pending migrations; returns the names that ran. Safe to call from several processes. */
export async function runMigrations(config: AppConfig): Promise<string[]> {
  const ds = createDataSource(config);
  await ds.initialize();
  try {
    // One migrator at a time across processes (api + worker starting together, scaled replicas).
    await ds.query('SELECT pg_advisory_lock(727274)');
    const ran = await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(727274)');
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
