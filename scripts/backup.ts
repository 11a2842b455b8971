import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '@crm/backup';
import { loadConfig } from '@crm/config';

/** `npm run backup [-- FILE]`: the database of DATABASE_URL into FILE (default backups/crm-<UTC time>.tar). */
const root = join(__dirname, '..', '..');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
const outFile = process.argv[2] ?? join('backups', `crm-${stamp}.tar`);
const appVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

createBackup({ databaseUrl: loadConfig().database.url, outFile, appVersion })
  .then(({ file, manifest }) => {
    const rows = Object.values(manifest.tables).reduce((a, n) => a + n, 0);
    console.log(`backup written: ${file}`);
    console.log(
      `  ${Object.keys(manifest.tables).length} tables, ${rows} rows; migration ${manifest.schemaMigration?.name ?? 'none'}; dump ${manifest.dump.bytes} bytes sha256 ${manifest.dump.sha256}`,
    );
  })
  .catch((e: Error) => {
    console.error(`backup failed: ${e.message}`);
    process.exit(1);
  });
