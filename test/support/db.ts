import { Client } from 'pg';
import { dbUrl, TEMPLATE_EMPTY, TEMPLATE_SEEDED } from './names';

let counter = 0;

/**
 * A database of this test file's own, cloned from a template: 'seeded' (plans + demo data) or
 * 'empty' (migrated only). For tests that count rows or must not see other files' data.
 */
export async function createTestDatabase(from: 'seeded' | 'empty' = 'seeded'): Promise<{ url: string; drop: () => Promise<void> }> {
  const runId = process.env.TEST_RUN_ID!;
  const name = `crm_t_${runId}_x${process.env.JEST_WORKER_ID ?? 1}_${process.pid}_${++counter}`;
  const template = from === 'seeded' ? TEMPLATE_SEEDED(runId) : TEMPLATE_EMPTY(runId);
  const admin = new Client({ connectionString: dbUrl('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  return {
    url: dbUrl(name),
    drop: async () => {
      const c = new Client({ connectionString: dbUrl('postgres') });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
