import { Client } from 'pg';
import type { Service } from '@crm/devenv';

/** Drops every database this run created and stops any service it started. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  const server = process.env.TEST_PG_SERVER;
  if (runId && server) {
    const admin = new Client({ connectionString: `${server}/postgres` });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`crm_t_${runId}_%`]);
      for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  for (const s of ((globalThis as { __crmServices?: Service[] }).__crmServices ?? []).reverse()) await s.stop();
}
