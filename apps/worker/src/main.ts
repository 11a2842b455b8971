import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@crm/config';
import { runMigrations } from '@crm/schema';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context with no HTTP server, running the BullMQ processors. */
async function main(): Promise<void> {
  const config = loadConfig();
  await runMigrations(config);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn', 'log'] });
  app.enableShutdownHooks();
  new Logger('Worker').log(`processing queues with prefix "${config.queuePrefix}" on ${config.redis.url}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
