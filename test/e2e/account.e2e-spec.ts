import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApi, TestApi } from '../support/api';

/** 我的账户: own profile and reminder preferences, and 发送测试消息 through the real channel code. */
describe('own account', () => {
  let api: TestApi;
  let robot: Server;
  let robotUrl: string;
  const received: { headers: Record<string, unknown>; body: unknown }[] = [];
  const uname = () => `a_${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    api = await startApi();
    robot = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.setHeader('Content-Type', 'application/json');
        res.end(req.url === '/refuse' ? '{"errcode":93000,"errmsg":"invalid webhook url"}' : '{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
    robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await api?.close();
    await new Promise((resolve) => robot?.close(resolve));
  });

  const newUser = async () => {
    const username = uname();
    await (await api.as('admin')).post('/api/users').send({ username, displayName: '账户专员', role: 'promoter', password: 'Account2026x' }).expect(201);
    const token = (await api.http.post('/api/auth/login').send({ username, password: 'Account2026x' }).expect(200)).body.accessToken;
    const auth = { Authorization: `Bearer ${token}` };
    return {
      get: (u: string) => api.http.get(u).set(auth),
      put: (u: string) => api.http.put(u).set(auth),
      post: (u: string) => api.http.post(u).set(auth),
    };
  };

  it('reads and changes the caller’s own name and preferences; a stale version gets 409; role cannot be changed here', async () => {
    const me = await newUser();
    const account = (await me.get('/api/account').expect(200)).body;
    expect(account).toMatchObject({ displayName: '账户专员', role: 'promoter', notifyInApp: true, notifyEmail: true, notifyWebhook: true, dailyDigest: true });
    expect(account.passwordHash).toBeUndefined();
    const saved = (
      await me
        .put('/api/account')
        .send({ version: account.version, displayName: '新名字', dailyDigest: false, notifyEmail: false, webhookUrl: `${robotUrl}/ok` })
        .expect(200)
    ).body;
    expect(saved).toMatchObject({ displayName: '新名字', dailyDigest: false, notifyEmail: false, webhookUrl: `${robotUrl}/ok` });
    expect((await me.put('/api/account').send({ version: account.version, displayName: '旧版本' }).expect(409)).body.code).toEqual(expect.any(String));
    const refused = await me.put('/api/account').send({ version: saved.version, role: 'admin' }).expect(400);
    expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual(['role']);
    const bad = await me.put('/api/account').send({ version: saved.version, webhookUrl: 'ftp://x', email: 'nope' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'webhookUrl']);
  });

  it('发送测试消息 reaches the inbox and the robot, and says per channel what happened', async () => {
    const me = await newUser();
    const account = (await me.get('/api/account').expect(200)).body;
    await me
      .put('/api/account')
      .send({ version: account.version, webhookUrl: `${robotUrl}/ok` })
      .expect(200);
    const before = received.length;
    const res = await me.post('/api/account/test-message').expect(200);
    expect(res.body).toEqual([
      { channel: 'in_app', outcome: 'sent', detail: null },
      { channel: 'email', outcome: 'not_configured', detail: null },
      { channel: 'webhook', outcome: 'sent', detail: expect.stringContaining('"errcode":0') },
    ]);
    expect(received.length).toBe(before + 1);
    expect(received[before].body).toMatchObject({ msgtype: 'text', text: { content: expect.stringContaining('测试消息') } });
    expect(received[before].headers['idempotency-key']).toMatch(/^test-u\d+-\d+-webhook$/);
    const inbox = (await me.get('/api/notifications').expect(200)).body;
    expect(inbox[0]).toMatchObject({ title: expect.stringContaining('测试消息') });
  });

  it('a channel turned off is not tried; a refusing robot is reported as failed', async () => {
    const me = await newUser();
    const account = (await me.get('/api/account').expect(200)).body;
    await me
      .put('/api/account')
      .send({ version: account.version, notifyInApp: false, webhookUrl: `${robotUrl}/refuse` })
      .expect(200);
    const res = await me.post('/api/account/test-message').expect(200);
    expect(res.body[0]).toEqual({ channel: 'in_app', outcome: 'off', detail: null });
    expect(res.body[2]).toEqual({ channel: 'webhook', outcome: 'failed', detail: expect.stringContaining('93000') });
  });
});
