/** What a backup holds, written next to the dump as manifest.json and checked again on restore. */
export interface BackupManifest {
  format: 'zhaoshang-crm-backup/1';
  createdAt: string;
  appVersion: string;
  database: string;
  serverVersion: string;
  pgDumpVersion: string;
  /** The newest migration applied (TypeORM `migrations` table). */
  schemaMigration: { timestamp: number; name: string } | null;
  /** Row counts of every table, taken in the same snapshot as the dump. */
  tables: Record<string, number>;
  dump: { file: string; format: 'custom'; bytes: number; sha256: string };
  /** Stored files (attachments) live in Postgres tables, so the dump covers them; nothing else is on disk. */
  files: 'in-database';
}

export const DUMP_FILE = 'database.dump';
export const MANIFEST_FILE = 'manifest.json';
