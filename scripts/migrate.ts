import 'reflect-metadata';
import { loadConfig } from '@crm/config';
import { runMigrations } from '@crm/schema';

runMigrations(loadConfig())
  .then((ran) => console.log(ran.length ? `migrated: ${ran.join(', ')}` : 'schema up to date'))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
