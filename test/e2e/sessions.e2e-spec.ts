import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startApi, TestApi } from '../support/api';

/**
 * Revocable sessions: sign-out, a password change and an admin disabling the user each make the
 * old token refused on its very next request — also by a second API process on the same database.
 */
describe('sessions are revocable across API processes', () => {
  let one: TestApi;
  let two: TestApi;
  const uname = () => `s_${Math.random().toString(36).slice(2, 8)}`;

  beforeAll(async () => {
    one = await startApi({}, { ownDatabase: 'seeded' });
    two = await startApi({ DATABASE_URL: one.dbUrl! });
  });
  afterAll(async () => {
    // The second process first: closing the first drops the database they share.
    await two?.close();
    await one?.close();
  });

  const login = async (api: TestApi, username: string, password: string): Promise<string> =>
    (await api.http.post('/api/auth/login').send({ username, password }).expect(200)).body.accessToken;
  const me = (api: TestApi, token: string) => api.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const newPromoter = async (password: string) => {
    const username = uname();
    const admin = await one.as('admin');
    const made = (await admin.post('/api/users').send({ username, displayName: '会话专员', role: 'promoter', password }).expect(201)).body;
    return { username, id: made.id as number };
  };

  it('a promoter changes the password: the old tokens are refused on both processes, the new password logs in', async () => {
    const { username } = await newPromoter('Before2026x');
    const phone = await login(one, username, 'Before2026x');
    const desk = await login(two, username, 'Before2026x');
    await me(one, phone).expect(200);
    await me(two, desk).expect(200); // both processes have seen both tokens live

    const changed = await one.http
      .put('/api/auth/password')
      .set('Authorization', `Bearer ${phone}`)
      .send({ currentPassword: 'Before2026x', newPassword: 'After2026yz' })
      .expect(200);
    expect(changed.body).toEqual({ accessToken: expect.any(String), signedOut: 1 });

    for (const api of [one, two]) {
      for (const old of [phone, desk]) expect((await me(api, old).expect(401)).body.code).toBe('unauthenticated');
      await me(api, changed.body.accessToken).expect(200); // the session that changed it continues with its new token
    }
    await one.http.post('/api/auth/login').send({ username, password: 'Before2026x' }).expect(401);
    await me(two, await login(two, username, 'After2026yz')).expect(200);
  });

  it('refuses a wrong current password and a weak new one, naming the field, and changes nothing', async () => {
    const { username } = await newPromoter('Steady2026x');
    const token = await login(one, username, 'Steady2026x');
    const put = (body: object) => one.http.put('/api/auth/password').set('Authorization', `Bearer ${token}`).send(body);
    const wrong = await put({ currentPassword: 'Nope2026xx', newPassword: 'After2026yz' }).expect(400);
    expect(wrong.body.fields).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'wrong', messageZh: '当前密码不正确' })]);
    const weak = await put({ currentPassword: 'Steady2026x', newPassword: 'short1' }).expect(400);
    expect(weak.body.fields).toEqual([expect.objectContaining({ field: 'newPassword', code: 'too_short' })]);
    const named = await put({ currentPassword: 'Steady2026x', newPassword: `${username}99` }).expect(400);
    expect(named.body.fields[0].code).toBe('contains_username');
    await me(two, token).expect(200);
    await login(two, username, 'Steady2026x');
  });

  it('a user disabled by the admin is refused on the next request, in the other process too', async () => {
    const { username, id } = await newPromoter('Leaving2026x');
    const token = await login(one, username, 'Leaving2026x');
    await me(two, token).expect(200);
    await (await one.as('admin')).delete(`/api/users/${id}`).expect(200);
    await me(two, token).expect(401);
    await me(one, token).expect(401);
    await two.http.get('/api/targets').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('an admin setting a new password or deactivating through PUT ends the sessions too', async () => {
    const { username, id } = await newPromoter('Reset2026xx');
    const token = await login(one, username, 'Reset2026xx');
    const admin = await two.as('admin');
    const user = (await admin.get(`/api/users/${id}`).expect(200)).body;
    await admin.put(`/api/users/${id}`).send({ version: user.version, password: 'Given2026xy' }).expect(200);
    await me(one, token).expect(401);
    const second = await login(one, username, 'Given2026xy');
    const again = (await admin.get(`/api/users/${id}`).expect(200)).body;
    await admin.put(`/api/users/${id}`).send({ version: again.version, active: false }).expect(200);
    await me(two, second).expect(401);
  });

  it('sign-out revokes only that session', async () => {
    const { username } = await newPromoter('Logout2026x');
    const a = await login(one, username, 'Logout2026x');
    const b = await login(one, username, 'Logout2026x');
    await two.http.post('/api/auth/logout').set('Authorization', `Bearer ${a}`).expect(204);
    await me(one, a).expect(401);
    await me(two, b).expect(200);
    await one.http.post('/api/auth/logout').set('Authorization', `Bearer ${a}`).expect(401);
  });
});
