import { restoreBackup } from '@crm/backup';
import { loadConfig } from '@crm/config';

/** `npm run restore FILE`: a backup into the (empty or missing) database of DATABASE_URL. */
const file = process.argv[2];
if (!file) {
  console.error('usage: npm run restore FILE   (restores into DATABASE_URL, which must be empty or not exist)');
  process.exit(2);
}

restoreBackup({ file, databaseUrl: loadConfig().database.url })
  .then(({ manifest, tables }) => {
    const rows = Object.values(tables).reduce((a, n) => a + n, 0);
    console.log(`restored ${file} (made ${manifest.createdAt}, app ${manifest.appVersion}, migration ${manifest.schemaMigration?.name ?? 'none'})`);
    console.log(`  ${Object.keys(tables).length} tables, ${rows} rows, every count as in the manifest`);
  })
  .catch((e: Error) => {
    console.error(`restore failed: ${e.message}`);
    process.exit(1);
  });
