import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger, type LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { loadConfig, resetConfig } from '@crm/config';
import { createDataSource } from './data-source';

/**
 * The app's DataSource against real Postgres: what TypeORM hands its logger when a statement
 * fails carries the SQLSTATE, so expected refusals stay at debug and faults reach error.
 */
describe('the DataSource logs failed queries by what they mean', () => {
  const lines: [string, string, string | undefined][] = [];
  // Nest passes the context last (error() may put a stack before it)
  const record =
    (level: string) =>
    (message: unknown, ...rest: unknown[]) =>
      void lines.push([level, String(message), rest.filter((r) => typeof r === 'string').pop() as string | undefined]);
  const recorder: LoggerService = { log: record('log'), error: record('error'), warn: record('warn'), debug: record('debug'), verbose: record('verbose') };
  let ds: DataSource;

  beforeAll(async () => {
    Logger.overrideLogger(recorder);
    resetConfig();
    ds = await createDataSource(loadConfig()).initialize();
  });
  afterAll(async () => {
    await ds?.destroy();
    Logger.overrideLogger(true);
  });

  const failing = async (sql: string): Promise<[string, string, string | undefined][]> => {
    lines.length = 0;
    await expect(ds.query(sql)).rejects.toThrow();
    return lines.filter(([, message]) => message.startsWith('query failed'));
  };

  it('a unique violation (answered 409) at debug, naming the SQLSTATE and constraint', async () => {
    // two rows with one name in one statement: refused as a whole, nothing written
    const logged = await failing(`INSERT INTO team (name) SELECT '同名小组' FROM generate_series(1, 2)`);
    expect(logged).toEqual([
      ['debug', expect.stringMatching(/^query failed \(23505 duplicate key value violates unique constraint ".+"\): INSERT INTO team/), 'TypeORM'],
    ]);
  });

  it('a check violation (answered 400) at debug', async () => {
    const logged = await failing(`INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('x', 'x', 'x', 'emperor')`);
    expect(logged.map(([level, message]) => [level, message.slice(0, 20)])).toEqual([['debug', 'query failed (23514 ']]);
  });

  it('a statement that is simply wrong (a 500) at error', async () => {
    const logged = await failing(`SELECT no_such_column FROM team`);
    expect(logged).toEqual([['error', 'query failed (42703 column "no_such_column" does not exist): SELECT no_such_column FROM team', 'TypeORM']]);
  });
});
