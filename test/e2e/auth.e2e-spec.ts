import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, TestApi } from '../support/api';

describe('auth and health over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Own key prefix: this suite locks leader2 out (5 failed logins), and the lock lives in Redis
    // for 15 minutes — under the worker's shared prefix it made later suites' leader2 logins 429.
    api = await startApi({ QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}auth` });
  });
  afterAll(() => api.close());

  it('reports Postgres and Redis up', async () => {
    const res = await api.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves the OpenAPI document', async () => {
    const res = await api.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/auth/login');
    await api.http.get('/api/docs').expect(200);
  });

  it.each(['admin', 'leader', 'chain', 'promoter'])('logs in demo user %s and returns who they are', async (username) => {
    const res = await api.http.post('/api/auth/login').send({ username, password: 'Demo@2025' }).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    const me = await api.http.get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ username });
    expect(me.body.passwordHash).toBeUndefined();
  });

  it.each([
    [{}, ['username', 'password']],
    [{ username: 'promoter' }, ['password']],
    [{ username: 42, password: 'x' }, ['username']],
    [{ username: 'promoter', password: 'x', extra: 1 }, ['extra']],
    [JSON.parse('{"username":"promoter","password":"x","constructor":1}'), ['constructor']],
    [{ username: '', password: '' }, ['username', 'password']],
  ])('refuses body %j with 400 naming %j', async (body, fields) => {
    const res = await api.http.post('/api/auth/login').send(body).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    expect(res.body.messageZh).toEqual(expect.any(String));
    expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual([...fields].sort());
    for (const f of res.body.fields)
      expect(f).toEqual({ field: expect.any(String), code: expect.any(String), message: expect.any(String), messageZh: expect.any(String) });
  });

  it('refuses malformed JSON with 400, not 500', async () => {
    const res = await api.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"username":').expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('answers a wrong password with 401 and repeated failures with 429', async () => {
    const body = { username: 'leader2', password: 'wrong-password-1' };
    for (let i = 0; i < 5; i++) {
      const res = await api.http.post('/api/auth/login').send(body);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('bad_credentials');
    }
    const blocked = await api.http
      .post('/api/auth/login')
      .send({ ...body, password: 'Demo@2025' })
      .expect(429);
    expect(blocked.body.code).toBe('too_many_attempts');
  });

  it('refuses requests without a valid token with 401', async () => {
    await api.http.get('/api/auth/me').expect(401);
    await api.http.get('/api/auth/me').set('Authorization', 'Bearer not-a-jwt').expect(401);
  });
});
