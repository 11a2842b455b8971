import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@crm/config';
import { REDIS } from '@crm/queue';

/**
 * Counts failed logins per username and per client address in Redis, so every API replica
 * shares the count. Past the limit, logins are refused with 429 until the window passes.
 */
@Injectable()
export class LoginLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private keys(username: string, ip: string): string[] {
    const p = `${this.config.queuePrefix}:login-fail`;
    return [`${p}:user:${username.toLowerCase()}`, `${p}:ip:${ip}`];
  }

  /** Seconds until the caller may try again, or 0 when not blocked. The per-IP limit is 4× the per-user one. */
  async retryAfter(username: string, ip: string): Promise<number> {
    const [userKey, ipKey] = this.keys(username, ip);
    const [userCount, ipCount] = (await this.redis.mget(userKey, ipKey)).map((v) => Number(v ?? 0));
    const max = this.config.login.maxFailures;
    if (userCount >= max) return Math.max(1, await this.redis.ttl(userKey));
    if (ipCount >= max * 4) return Math.max(1, await this.redis.ttl(ipKey));
    return 0;
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    const window = this.config.login.windowSeconds;
    const multi = this.redis.multi();
    for (const key of this.keys(username, ip)) multi.incr(key).expire(key, window, 'NX');
    await multi.exec();
  }

  async reset(username: string): Promise<void> {
    await this.redis.del(this.keys(username, '')[0]);
  }
}
