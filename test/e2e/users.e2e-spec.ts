import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

type Agent = Awaited<ReturnType<TestApi['as']>>;
const PUBLIC_KEYS = ['displayName', 'id', 'role', 'teamId', 'username'];

describe('users and teams over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let admin: Agent;
  const uname = () => `u_${uniq().replace('-', '_')}`;

  beforeAll(async () => {
    api = await startApi();
    f = factories(api.app.get(DataSource));
    admin = await api.as('admin');
  });
  afterAll(() => api.close());

  it('shows admins the full record and everyone else only name, role and team — never a password hash', async () => {
    const full = await admin.get(`/api/users?filter=${encodeURIComponent('{"role":"promoter"}')}`).expect(200);
    expect(full.headers['content-range']).toMatch(/^users 0-\d+\/\d+$/);
    expect(full.body.map((x: { username: string }) => x.username)).toEqual(expect.arrayContaining(['promoter', 'promoter2']));
    expect(full.body[0]).toMatchObject({ email: expect.any(String), active: true, version: expect.any(Number), chainIds: [] });
    for (const who of ['leader', 'promoter', 'chain']) {
      const res = await (await api.as(who)).get('/api/users?range=[0,999]').expect(200);
      for (const row of res.body) expect(Object.keys(row).sort()).toEqual(PUBLIC_KEYS);
      const one = await (await api.as(who)).get(`/api/users/${res.body[0].id}`).expect(200);
      expect(Object.keys(one.body).sort()).toEqual(PUBLIC_KEYS);
    }
    const all = await admin.get('/api/users?range=[0,999]').expect(200);
    for (const row of all.body) expect(row.passwordHash).toBeUndefined();
  });

  it('creates a user whose password is hashed and who can log in', async () => {
    const username = uname();
    const team = (await admin.get(`/api/teams?filter=${encodeURIComponent('{"q":"招商一组"}')}`).expect(200)).body[0];
    const res = await admin
      .post('/api/users')
      .send({ username, displayName: '新专员', role: 'promoter', teamId: team.id, email: `${username}@demo.invalid`, password: 'Newpass2025' })
      .expect(201);
    expect(res.body).toMatchObject({ username, role: 'promoter', teamId: team.id, active: true, version: 1 });
    expect(res.body.password).toBeUndefined();
    expect(res.body.passwordHash).toBeUndefined();
    const [{ password_hash }] = await f.em.query('SELECT password_hash FROM app_user WHERE id = $1', [res.body.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    await api.http.post('/api/auth/login').send({ username, password: 'Newpass2025' }).expect(200);
  });

  it.each([
    [{ password: 'short1' }, 'password'],
    [{ password: 'lettersonly' }, 'password'],
    [{ role: 'boss' }, 'role'],
    [{ email: 'not-an-email' }, 'email'],
    [{ username: 'has space' }, 'username'],
    [{ role: 'promoter', chainIds: [1] }, 'chainIds'],
    [{ teamId: 2147483000 }, 'teamId'],
    [{ passwordHash: 'x' }, 'passwordHash'],
  ])('refuses %j with 400 naming %s', async (override, field) => {
    const body = { username: uname(), displayName: '测试', role: 'promoter', password: 'Valid2025x', ...override };
    const res = await admin.post('/api/users').send(body).expect(400);
    expect(res.body.fields.map((x: { field: string }) => x.field)).toContain(field);
  });

  it('refuses a taken username with 409 naming the field', async () => {
    const res = await admin.post('/api/users').send({ username: 'PROMOTER', displayName: 'x', role: 'promoter', password: 'Valid2025x' }).expect(409);
    expect(res.body.fields).toEqual([expect.objectContaining({ field: 'username', code: 'unique' })]);
  });

  it('changes a password, assigns chains, and refuses stale versions', async () => {
    const username = uname();
    const chain = await f.chain();
    const made = (
      await admin
        .post('/api/users')
        .send({ username, displayName: '链长', role: 'chain_manager', password: 'First2025x', chainIds: [chain.id] })
        .expect(201)
    ).body;
    expect(made.chainIds).toEqual([chain.id]);
    expect((await admin.get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ chainId: chain.id }))}`)).body.map((x: { id: number }) => x.id)).toEqual([
      made.id,
    ]);

    const edited = (await admin.put(`/api/users/${made.id}`).send({ version: made.version, password: 'Second2025x' }).expect(200)).body;
    expect(edited.version).toBe(made.version + 1);
    await api.http.post('/api/auth/login').send({ username, password: 'First2025x' }).expect(401);
    await api.http.post('/api/auth/login').send({ username, password: 'Second2025x' }).expect(200);

    const stale = await admin.put(`/api/users/${made.id}`).send({ version: made.version, displayName: '过期' }).expect(409);
    expect(stale.body.code).toBe('stale_version');
    // leaving the chain-manager role drops the chain assignments
    const demoted = (await admin.put(`/api/users/${made.id}`).send({ version: edited.version, role: 'leader' }).expect(200)).body;
    expect(demoted).toMatchObject({ role: 'leader', displayName: '链长', chainIds: [] });
  });

  it('disables an account: it can no longer log in, and the admin cannot disable themselves', async () => {
    const username = uname();
    const made = (await admin.post('/api/users').send({ username, displayName: '待停用', role: 'promoter', password: 'Gone2025x' }).expect(201)).body;
    const res = await admin.delete(`/api/users/${made.id}`).expect(200);
    expect(res.body).toMatchObject({ id: made.id, active: false });
    await api.http.post('/api/auth/login').send({ username, password: 'Gone2025x' }).expect(401);
    expect((await admin.get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ id: [made.id], active: false }))}`)).body).toHaveLength(1);

    const me = (await admin.get(`/api/users?filter=${encodeURIComponent('{"q":"admin","role":"admin"}')}`)).body.find(
      (x: { username: string }) => x.username === 'admin',
    );
    const self = await admin.delete(`/api/users/${me.id}`).expect(400);
    expect(self.body).toMatchObject({ code: 'cannot_disable_self', fields: [expect.objectContaining({ field: 'active' })] });
    expect((await admin.put(`/api/users/${me.id}`).send({ version: me.version, role: 'leader' }).expect(400)).body.code).toBe('cannot_demote_self');
  });

  it('lets only admins write users', async () => {
    for (const who of ['leader', 'promoter', 'chain']) {
      const agent = await api.as(who);
      await agent.post('/api/users').send({ username: uname(), displayName: 'x', role: 'admin', password: 'Valid2025x' }).expect(403);
      await agent.put('/api/users/1').send({ version: 1, role: 'admin' }).expect(403);
      await agent.delete('/api/users/1').expect(403);
    }
    await admin.get('/api/users/2147483000').expect(404);
    await admin.get(`/api/users?sort=${encodeURIComponent('["passwordHash","ASC"]')}`).expect(400);
  });

  it('lists teams read-only for everyone', async () => {
    const res = await (await api.as('promoter')).get('/api/teams').expect(200);
    expect(res.headers['content-range']).toMatch(/^teams 0-\d+\/\d+$/);
    expect(res.body.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['招商一组（演示）', '招商二组（演示）']));
    await (await api.as('promoter')).get(`/api/teams/${res.body[0].id}`).expect(200);
    await admin.post('/api/teams').send({ name: 'x' }).expect(404);
  });
});
