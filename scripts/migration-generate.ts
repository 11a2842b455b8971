/**
 * Developer tool: prints the SQL that brings a migrated database up to the entities, as a
 * migration class to paste under libs/schema/src/migrations. Usage (after npm run build:server):
 *   node dist/scripts/migration-generate.js Name
 * Known noise: it re-creates firm.search_text (a generated column made by hand); drop those lines.
 */
import 'reflect-metadata';
import { loadConfig } from '@crm/config';
import { createDataSource, runMigrations } from '@crm/schema';

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'Change';
  const config = loadConfig();
  await runMigrations(config);
  const ds = createDataSource(config);
  await ds.initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  const ts = Date.now();
  const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
  const up = sql.upQueries.map((x) => `    await q.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await q.query(${q(x.query)});`)
    .join('\n');
  console.log(`import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  async up(q: QueryRunner): Promise<void> {
${up}
  }

  async down(q: QueryRunner): Promise<void> {
${down}
  }
}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
