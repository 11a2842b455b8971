import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { QUEUES } from './jobs';
import { redisOptions } from './redis.module';

const queueModules = Object.values(QUEUES).map((name) => BullModule.registerQueue({ name }));

/** BullMQ connection and every queue, for producers (api) and processors (worker) alike. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisOptions(config.redis.url),
        prefix: config.queuePrefix,
        defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000 },
      }),
    }),
    ...queueModules,
  ],
  exports: queueModules,
})
export class QueueModule {}
