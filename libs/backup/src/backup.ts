import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { type BackupManifest, DUMP_FILE, MANIFEST_FILE } from './manifest';
import { findPgTools } from './pg-tools';

export const run = promisify(execFile);

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Row counts of every user table, in the caller's transaction (so in its snapshot). */
export async function tableCounts(client: Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ schema: string; name: string }>(
    `SELECT schemaname AS schema, tablename AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  const out: Record<string, number> = {};
  for (const t of tables) {
    const key = t.schema === 'public' ? t.name : `${t.schema}.${t.name}`;
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t.schema.replace(/"/g, '""')}"."${t.name.replace(/"/g, '""')}"`);
    out[key] = Number(rows[0].n);
  }
  return out;
}

export async function serverMajor(client: Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ num: string; version: string }>(
    `SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version`,
  );
  return { major: Math.floor(Number(rows[0].num) / 10000), version: rows[0].version };
}

/**
 * A consistent backup of one database: pg_dump (custom format) runs on a snapshot exported from a
 * REPEATABLE READ transaction, and the manifest's row counts are read in that same snapshot, so
 * they describe exactly what the dump holds even while the API keeps writing. Dump and manifest
 * go into one .tar file.
 */
export async function createBackup(opts: { databaseUrl: string; outFile: string; appVersion: string }): Promise<{ file: string; manifest: BackupManifest }> {
  const client = new Client({ connectionString: opts.databaseUrl });
  await client.connect();
  const work = await mkdtemp(join(tmpdir(), 'crm-backup-'));
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ snapshot: string; db: string }>('SELECT pg_export_snapshot() AS snapshot, current_database() AS db');
    const { major, version } = await serverMajor(client);
    const tools = findPgTools(major);
    const tables = await tableCounts(client);
    const migration = await client
      .query<{ timestamp: string; name: string }>(
        `SELECT timestamp, name FROM migrations WHERE to_regclass('public.migrations') IS NOT NULL ORDER BY timestamp DESC LIMIT 1`,
      )
      .catch(() => ({ rows: [] as { timestamp: string; name: string }[] }));
    const dumpPath = join(work, DUMP_FILE);
    await run(tools.pgDump, [
      '--format=custom',
      `--snapshot=${rows[0].snapshot}`,
      '--no-owner',
      '--no-privileges',
      `--file=${dumpPath}`,
      `--dbname=${opts.databaseUrl}`,
    ]);
    await client.query('COMMIT');
    const pgDumpVersion = (await run(tools.pgDump, ['--version'])).stdout.trim();
    const manifest: BackupManifest = {
      format: 'zhaoshang-crm-backup/1',
      createdAt: new Date().toISOString(),
      appVersion: opts.appVersion,
      database: rows[0].db,
      serverVersion: version,
      pgDumpVersion,
      schemaMigration: migration.rows[0] ? { timestamp: Number(migration.rows[0].timestamp), name: migration.rows[0].name } : null,
      tables,
      dump: { file: DUMP_FILE, format: 'custom', bytes: (await stat(dumpPath)).size, sha256: await sha256Of(dumpPath) },
      files: 'in-database',
    };
    await writeFile(join(work, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
    const file = resolve(opts.outFile);
    await mkdir(dirname(file), { recursive: true });
    await run('tar', ['-cf', file, '-C', work, MANIFEST_FILE, DUMP_FILE]);
    return { file, manifest };
  } finally {
    await client.end().catch(() => undefined);
    await rm(work, { recursive: true, force: true });
  }
}
