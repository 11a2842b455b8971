import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '@crm/time';
import { startApi, type TestApi } from '../support/api';

const ALLOWED = 'https://crm.yuzhong.example.gov.cn';

describe('security: headers, CORS, token expiry, login limit', () => {
  let api: TestApi;
  // Own queue prefix: the lockout below must not reach other files' logins in this Jest worker.
  const saved = { CORS_ORIGINS: process.env.CORS_ORIGINS, JWT_EXPIRES_IN: process.env.JWT_EXPIRES_IN, QUEUE_PREFIX: process.env.QUEUE_PREFIX };

  beforeAll(async () => {
    api = await startApi({ CORS_ORIGINS: `${ALLOWED}, http://localhost:5173`, JWT_EXPIRES_IN: '2s', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}sc` });
  });
  afterAll(async () => {
    await api?.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  it('sends helmet headers on API answers', async () => {
    const res = await api.http.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('echoes an allowed origin and nobody else', async () => {
    const ok = await api.http.options('/api/targets').set('Origin', ALLOWED).set('Access-Control-Request-Method', 'PUT');
    expect(ok.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(ok.headers['access-control-allow-methods']).toContain('PUT');
    const get = await api.http.get('/api/health').set('Origin', ALLOWED);
    expect(get.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(get.headers['access-control-expose-headers']).toContain('Content-Range');

    for (const evil of ['https://evil.example.com', `${ALLOWED}.evil.com`, 'null']) {
      const res = await api.http.options('/api/targets').set('Origin', evil).set('Access-Control-Request-Method', 'PUT');
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const g = await api.http.get('/api/health').set('Origin', evil);
      expect(g.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('refuses a token once it has expired (JWT_EXPIRES_IN=2s)', async () => {
    // The app's clock is held still while the token is issued and first used, then moved 3.1 s on
    // (not waited for): past the token's 2 s lifetime however slowly the machine runs.
    const clock = api.app.get(Clock);
    const issuedAt = Date.now();
    clock.now = () => new Date(issuedAt);
    try {
      const login = await api.http.post('/api/auth/login').send({ username: 'promoter', password: 'Demo@2025' }).expect(200);
      const token = login.body.accessToken as string;
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
      expect(claims.exp - claims.iat).toBe(2);
      await api.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
      clock.now = () => new Date(issuedAt + 3100);
      const res = await api.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
      expect(res.body.code).toBe('unauthenticated');
    } finally {
      clock.now = () => new Date();
    }
  });

  it('refuses a token signed with another secret or with alg none', async () => {
    const login = await api.http.post('/api/auth/login').send({ username: 'admin', password: 'Demo@2025' }).expect(200);
    const [h, p] = (login.body.accessToken as string).split('.');
    const forged = `${h}.${p}.${Buffer.from('not-the-signature').toString('base64url')}`;
    await api.http.get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${p}.`;
    await api.http.get('/api/auth/me').set('Authorization', `Bearer ${none}`).expect(401);
  });

  it('locks a username out after 5 failed logins with 429, even with the right password', async () => {
    const body = { username: 'promoter2', password: 'wrong-password-9' };
    for (let i = 0; i < 5; i++) expect((await api.http.post('/api/auth/login').send(body)).status).toBe(401);
    const res = await api.http.post('/api/auth/login').send({ username: 'promoter2', password: 'Demo@2025' }).expect(429);
    expect(res.body.code).toBe('too_many_attempts');
  });
});
