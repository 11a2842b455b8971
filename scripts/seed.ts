/**
 * `npm run seed [-- --no-demo]`: finds the same Postgres `npm start` uses (DATABASE_URL, else
 * 127.0.0.1:5432, else the embedded one under DATA_DIR), migrates, and loads the two plans and,
 * unless --no-demo, the demo data. Idempotent: running it again adds nothing.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig, setEnv } from '@crm/config';
import { MissingServiceError, providePostgres } from '@crm/devenv';
import { createDataSource, runMigrations } from '@crm/schema';
import { seedAll } from '@crm/seeding';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
  const env = process.env;
  const pg = await providePostgres({
    configuredUrl: env.DATABASE_URL,
    database: 'zhaoshang_crm',
    dataDir: env.DATA_DIR ?? join(root, '.data'),
    persistent: true,
  });
  try {
    setEnv({ DATABASE_URL: pg.url });
    const config = loadConfig();
    await runMigrations(config);
    const ds = await createDataSource(config).initialize();
    try {
      const demo = !process.argv.includes('--no-demo');
      await seedAll(ds, { demo });
      console.log(`seeded plans${demo ? ' and demo data' : ''} into ${pg.describe}`);
    } finally {
      await ds.destroy();
    }
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof MissingServiceError ? e.message : e);
  process.exit(1);
});
