import 'reflect-metadata';
import { loadConfig } from '@crm/config';
import { createDataSource, runMigrations } from '@crm/schema';
import { seedAll } from '@crm/seeding';

async function main(): Promise<void> {
  const config = loadConfig();
  await runMigrations(config);
  const ds = await createDataSource(config).initialize();
  try {
    await seedAll(ds, { demo: !process.argv.includes('--no-demo') });
    console.log('seeded');
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
