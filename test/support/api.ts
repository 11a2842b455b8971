import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { loadConfig, resetConfig } from '@crm/config';
import { DEMO_PASSWORD } from '@crm/seeding';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createTestDatabase } from './db';

export interface TestApi {
  app: INestApplication;
  http: TestAgent;
  /** A bearer token for a user (demo users share DEMO_PASSWORD); cached per run. */
  token: (username: string, password?: string) => Promise<string>;
  /** Supertest agent methods with the user's token already set. */
  as: (
    username: string,
  ) => Promise<{ get: (u: string) => request.Test; post: (u: string) => request.Test; put: (u: string) => request.Test; delete: (u: string) => request.Test }>;
  /** Drops the cached tokens, e.g. after moving the app's Clock past their lifetime. */
  forgetTokens: () => void;
  /** Stops the app (and drops its own database, when it was started on one). */
  close: () => Promise<void>;
  /** The app's own database, when started with `ownDatabase`. */
  dbUrl?: string;
}

/**
 * The real API app (same bootstrap as production) on this worker's database and Redis, or with
 * `ownDatabase` on a database of its own cloned from the seeded or empty template (for tests that
 * count rows or must not see other files' data), dropped again by close().
 */
export async function startApi(env: Record<string, string> = {}, opts: { ownDatabase?: 'seeded' | 'empty' } = {}): Promise<TestApi> {
  if (opts.ownDatabase) {
    const db = await createTestDatabase(opts.ownDatabase);
    try {
      const api = await startApi({ ...env, DATABASE_URL: db.url });
      return { ...api, dbUrl: db.url, close: () => api.close().finally(db.drop) };
    } catch (err) {
      await db.drop();
      throw err;
    }
  }
  Object.assign(process.env, env);
  resetConfig();
  const app = await createApiApp(loadConfig(), { logger: false });
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const token = async (username: string, password = DEMO_PASSWORD) => {
    const key = `${username}\u0000${password}`;
    if (!tokens.has(key)) {
      const res = await http.post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(key, res.body.accessToken);
    }
    return tokens.get(key)!;
  };
  const as = async (username: string) => {
    const auth = `Bearer ${await token(username)}`;
    return {
      get: (u: string) => http.get(u).set('Authorization', auth),
      post: (u: string) => http.post(u).set('Authorization', auth),
      put: (u: string) => http.put(u).set('Authorization', auth),
      delete: (u: string) => http.delete(u).set('Authorization', auth),
    };
  };
  return { app, http, token, as, forgetTokens: () => tokens.clear(), close: () => app.close() };
}
