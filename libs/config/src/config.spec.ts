import { describe, expect, it } from '@jest/globals';
import { ConfigError, durationSeconds, parseConfig } from './config';

describe('parseConfig', () => {
  it('gives working defaults with an empty environment', () => {
    const c = parseConfig({});
    expect(c.port).toBe(3000);
    expect(c.database.url).toBe('postgres://postgres@127.0.0.1:5432/zhaoshang_crm');
    expect(c.redis.url).toBe('redis://127.0.0.1:6379');
    expect(c.corsOrigins).toEqual([]);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
  ])('rejects %j naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });

  it('splits CORS origins', () => {
    expect(parseConfig({ CORS_ORIGINS: 'https://a.gov.cn, https://b.gov.cn' }).corsOrigins).toEqual(['https://a.gov.cn', 'https://b.gov.cn']);
  });
});

describe('durationSeconds (JWT_EXPIRES_IN)', () => {
  it.each([
    ['3600', 3600],
    ['45s', 45],
    ['15m', 900],
    ['8h', 28800],
    ['7d', 604800],
  ])('%s → %i s', (text, seconds) => {
    expect(durationSeconds(text)).toBe(seconds);
  });

  it('gives the token lifetime in seconds (a bare number is seconds, not milliseconds)', () => {
    expect(parseConfig({ JWT_EXPIRES_IN: '3600' }).jwt.lifetimeSeconds).toBe(3600);
    expect(parseConfig({}).jwt.lifetimeSeconds).toBe(8 * 3600);
  });
});
