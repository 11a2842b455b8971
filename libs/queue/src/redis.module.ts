import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis, { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@crm/config';

export const REDIS = Symbol('REDIS');

/** ioredis options shared by the app client and BullMQ (BullMQ workers need maxRetriesPerRequest: null). */
export function redisOptions(url: string) {
  return { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false, connectionName: 'crm', ...parseRedisUrl(url) };
}

function parseRedisUrl(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      // App-level client: commands fail fast while Redis is down instead of queueing forever.
      useFactory: (config: AppConfig) => new IORedis({ ...redisOptions(config.redis.url), maxRetriesPerRequest: 1 }),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
