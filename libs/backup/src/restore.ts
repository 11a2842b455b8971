import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { run, serverMajor, sha256Of, tableCounts } from './backup';
import { type BackupManifest, DUMP_FILE, MANIFEST_FILE } from './manifest';
import { findPgTools } from './pg-tools';

export class RestoreRefused extends Error {}

/** The database named by the URL, created when missing (connecting through the server's `postgres` database). */
async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
}

/**
 * Loads a backup made by createBackup into an empty database (created if it does not exist).
 * Refuses a database that already has tables, a damaged archive (sha256 differs from the manifest),
 * and a server older than the dump's; checks every table's row count against the manifest after.
 */
export async function restoreBackup(opts: { file: string; databaseUrl: string }): Promise<{ manifest: BackupManifest; tables: Record<string, number> }> {
  const work = await mkdtemp(join(tmpdir(), 'crm-restore-'));
  try {
    await run('tar', ['-xf', opts.file, '-C', work, MANIFEST_FILE, DUMP_FILE]);
    const manifest = JSON.parse(await readFile(join(work, MANIFEST_FILE), 'utf8')) as BackupManifest;
    if (manifest.format !== 'zhaoshang-crm-backup/1') throw new RestoreRefused(`not a backup of this application (format ${String(manifest.format)})`);
    const dumpPath = join(work, DUMP_FILE);
    const sha = await sha256Of(dumpPath);
    if (sha !== manifest.dump.sha256) throw new RestoreRefused(`the dump is damaged: sha256 ${sha} differs from the manifest's ${manifest.dump.sha256}`);

    await ensureDatabase(opts.databaseUrl);
    const client = new Client({ connectionString: opts.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
      if (Number(rows[0].n) > 0) throw new RestoreRefused(`the target database is not empty (${rows[0].n} tables); restore only into an empty database`);
      const { major } = await serverMajor(client);
      const dumpMajor = Number(/\(PostgreSQL\)\s+(\d+)/.exec(manifest.pgDumpVersion)?.[1] ?? 0);
      const tools = findPgTools(Math.max(major, dumpMajor));
      await run(tools.pgRestore, ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', `--dbname=${opts.databaseUrl}`, dumpPath]);
      const tables = await tableCounts(client);
      const wrong = Object.entries(manifest.tables).filter(([t, n]) => tables[t] !== n);
      if (wrong.length) throw new Error(`restored, but row counts differ from the manifest: ${wrong.map(([t, n]) => `${t} ${tables[t]} ≠ ${n}`).join(', ')}`);
      return { manifest, tables };
    } finally {
      await client.end();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
