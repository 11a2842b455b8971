import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@crm/config';
import { runMigrations } from '@crm/schema';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await runMigrations(config);
  const app = await createApiApp(config);
  await app.listen(config.port, '0.0.0.0');
  new Logger('Api').log(`listening on http://127.0.0.1:${config.port}/ (API /api, docs /api/docs)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
