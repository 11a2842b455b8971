import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

type Agent = Awaited<ReturnType<TestApi['as']>>;
const list = (resource: string, filter: object, extra = '') => `/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;
const sort = (field: string, order = 'ASC') => `&sort=${encodeURIComponent(JSON.stringify([field, order]))}`;

describe('plans, carriers and KPI targets over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let admin: Agent;
  let planId: number;
  let chainId: number;
  let otherChainId: number;
  let managerToken: string;

  beforeAll(async () => {
    api = await startApi();
    f = factories(api.app.get(DataSource));
    admin = await api.as('admin');
    planId = (await f.plan({ region: `参考区${uniq()}` })).id;
    chainId = (await f.chain({ planId })).id;
    otherChainId = (await f.chain({ planId })).id;
    const username = `kpi_${uniq().replace('-', '_')}`;
    await admin
      .post('/api/users')
      .send({ username, displayName: 'KPI 链长', role: 'chain_manager', password: 'Kpi2025xx', chainIds: [chainId] })
      .expect(201);
    managerToken = await api.token(username, 'Kpi2025xx');
  });
  afterAll(() => api.close());

  describe('plans', () => {
    it('are readable by every role, by page and by id', async () => {
      for (const who of ['admin', 'leader', 'chain', 'promoter']) {
        const res = await (await api.as(who)).get(`/api/plans?range=[0,999]${sort('id')}`).expect(200);
        expect(res.headers['content-range']).toMatch(/^plans 0-\d+\/\d+$/);
        expect(res.body.map((p: { id: number }) => p.id)).toContain(planId);
      }
      const many = await admin.get(list('plans', { id: [planId] })).expect(200);
      expect(many.body).toEqual([expect.objectContaining({ id: planId, startYear: 2025, endYear: 2027 })]);
      await admin.get(`/api/plans/${planId}`).expect(200);
      await admin.get('/api/plans/2147483000').expect(404);
    });

    it('offer no write routes', async () => {
      await admin.post('/api/plans').send({ code: 'x' }).expect(404);
      await admin.put(`/api/plans/${planId}`).send({ title: 'x' }).expect(404);
      await admin.delete(`/api/plans/${planId}`).expect(404);
    });
  });

  describe('carriers', () => {
    const names: string[] = [];
    beforeAll(async () => {
      const u = uniq();
      for (const [i, type] of (['building', 'park', 'building'] as const).entries()) {
        const res = await admin
          .post('/api/carriers')
          .send({
            name: `测试大厦${u}-${i}`,
            type,
            planId,
            chainId: i === 0 ? chainId : null,
            totalArea: 50 + i,
            areaUnit: '亩',
            availableAreaM2: 1000 * (i + 1),
            notes: `载体${u}`,
          })
          .expect(201);
        names.push(res.body.name);
      }
    });

    it('pages with Content-Range and sorts by an allowed field only', async () => {
      const first = await admin.get(list('carriers', { planId }, `&range=[0,1]${sort('availableAreaM2', 'DESC')}`)).expect(200);
      expect(first.headers['content-range']).toBe('carriers 0-1/3');
      expect(first.body.map((c: { availableAreaM2: number }) => c.availableAreaM2)).toEqual([3000, 2000]);
      const last = await admin.get(list('carriers', { planId }, `&range=[2,5]${sort('availableAreaM2', 'DESC')}`)).expect(200);
      expect(last.headers['content-range']).toBe('carriers 2-2/3');
      expect(last.body).toEqual([expect.objectContaining({ name: names[0], availableAreaM2: 1000, totalArea: 50, areaUnit: '亩' })]);
      const bad = await admin.get(`/api/carriers?${sort('notes').slice(1)}`).expect(400);
      expect(bad.body.fields[0]).toMatchObject({ field: 'sort', messageZh: expect.any(String) });
    });

    it('filters by type, chain and text', async () => {
      expect((await admin.get(list('carriers', { planId, type: 'park' })).expect(200)).body.map((c: { name: string }) => c.name)).toEqual([names[1]]);
      expect((await admin.get(list('carriers', { chainId })).expect(200)).body.map((c: { name: string }) => c.name)).toEqual([names[0]]);
      expect((await admin.get(list('carriers', { q: names[2] })).expect(200)).body).toHaveLength(1);
      await admin.get(list('carriers', { type: 'castle' })).expect(400);
    });

    it('are written by admins only, with per-field validation and optimistic locking', async () => {
      const promoter = await api.as('promoter');
      await promoter.get(list('carriers', { planId })).expect(200);
      await promoter
        .post('/api/carriers')
        .send({ name: `专员载体${uniq()}`, type: 'building' })
        .expect(403);
      const chain = await api.as('chain');
      await chain
        .post('/api/carriers')
        .send({ name: `链长载体${uniq()}`, type: 'building' })
        .expect(403);

      const bad = await admin.post('/api/carriers').send({ name: '', type: 'castle', availableAreaM2: -1, areaUnit: 'acre' }).expect(400);
      expect(new Set(bad.body.fields.map((x: { field: string }) => x.field))).toEqual(new Set(['name', 'type', 'availableAreaM2', 'areaUnit']));
      const dup = await admin.post('/api/carriers').send({ name: names[0], type: 'park' }).expect(409);
      expect(dup.body.fields[0].field).toBe('name');

      const current = (await admin.get(list('carriers', { q: names[1] })).expect(200)).body[0];
      await admin.put(`/api/carriers/${current.id}`).send({ version: current.version, availableAreaM2: 1500.5 }).expect(200);
      const stale = await admin.put(`/api/carriers/${current.id}`).send({ version: current.version, availableAreaM2: 1 }).expect(409);
      expect(stale.body.code).toBe('stale_version');
      expect((await admin.get(`/api/carriers/${current.id}`).expect(200)).body).toMatchObject({ availableAreaM2: 1500.5, version: current.version + 1 });
    });
  });

  describe('KPI targets', () => {
    let overallId: number;
    let chainKpi: { id: number; version: number };
    const manager = () => ({
      post: (u: string) => api.http.post(u).set('Authorization', `Bearer ${managerToken}`),
      put: (u: string) => api.http.put(u).set('Authorization', `Bearer ${managerToken}`),
      delete: (u: string) => api.http.delete(u).set('Authorization', `Bearer ${managerToken}`),
    });

    beforeAll(async () => {
      overallId = (await admin.post('/api/kpi-targets').send({ planId, metric: '科创服务业营业收入', unit: '亿元', year: 2027, value: 450 }).expect(201)).body
        .id;
      chainKpi = (
        await admin
          .post('/api/kpi-targets')
          .send({ planId, chainId, metric: '企业总数', unit: '家', year: 2026, value: 120, source: { document: 'test', section: '表2' } })
          .expect(201)
      ).body;
    });

    it('filter plan-wide figures with chainId null or "overall", and by chain and year', async () => {
      for (const overall of [null, 'overall']) {
        const res = await admin.get(list('kpi-targets', { planId, chainId: overall })).expect(200);
        expect(res.body.map((k: { id: number }) => k.id)).toEqual([overallId]);
      }
      const byChain = await (await api.as('leader')).get(list('kpi-targets', { planId, chainId })).expect(200);
      expect(byChain.body).toEqual([expect.objectContaining({ id: chainKpi.id, value: 120, unit: '家', source: { document: 'test', section: '表2' } })]);
      expect((await admin.get(list('kpi-targets', { planId, year: [2026, 2027] })).expect(200)).headers['content-range']).toBe('kpi-targets 0-1/2');
      expect((await admin.get(list('kpi-targets', { planId, year: 2025 })).expect(200)).body).toEqual([]);
      await admin.get(list('kpi-targets', { year: 'soon' })).expect(400);
    });

    it('let a chain manager edit figures of their chain only, never plan-wide ones', async () => {
      const cm = manager();
      const edited = await cm.put(`/api/kpi-targets/${chainKpi.id}`).send({ version: chainKpi.version, value: 130 }).expect(200);
      expect(edited.body).toMatchObject({ value: 130, version: chainKpi.version + 1 });
      await cm.put(`/api/kpi-targets/${overallId}`).send({ version: 1, value: 1 }).expect(403);
      await cm.post('/api/kpi-targets').send({ planId, metric: '从业人员', unit: '人', year: 2026, value: 1 }).expect(403);
      await cm.post('/api/kpi-targets').send({ planId, chainId: otherChainId, metric: '从业人员', unit: '人', year: 2026, value: 1 }).expect(403);
      // moving a figure to a chain they do not manage is refused too
      await cm
        .put(`/api/kpi-targets/${chainKpi.id}`)
        .send({ version: chainKpi.version + 1, chainId: otherChainId })
        .expect(403);
      const made = await cm.post('/api/kpi-targets').send({ planId, chainId, metric: '从业人员', unit: '人', year: 2026, value: 800 }).expect(201);
      await cm.delete(`/api/kpi-targets/${made.body.id}`).expect(200);
      for (const who of ['leader', 'promoter'])
        await (
          await api.as(who)
        )
          .put(`/api/kpi-targets/${chainKpi.id}`)
          .send({ version: chainKpi.version + 1, value: 1 })
          .expect(403);
    });

    it('refuse stale versions, duplicates and chains of another plan', async () => {
      const stale = await admin.put(`/api/kpi-targets/${chainKpi.id}`).send({ version: chainKpi.version, value: 999 }).expect(409);
      expect(stale.body.code).toBe('stale_version');
      expect((await admin.get(`/api/kpi-targets/${chainKpi.id}`)).body.value).toBe(130);
      await admin.post('/api/kpi-targets').send({ planId, metric: '科创服务业营业收入', unit: '亿元', year: 2027, value: 1 }).expect(409);
      const foreignChain = await f.chain();
      const res = await admin.post('/api/kpi-targets').send({ planId, chainId: foreignChain.id, metric: 'x', unit: '家', year: 2026, value: 1 }).expect(400);
      expect(res.body.fields[0].field).toBe('chainId');
      const missing = await admin.post('/api/kpi-targets').send({ planId }).expect(400);
      expect(new Set(missing.body.fields.map((x: { field: string }) => x.field))).toEqual(new Set(['metric', 'unit', 'year', 'value']));
    });
  });

  it('documents every reference resource in the OpenAPI document', async () => {
    const doc = (await api.http.get('/api/docs-json').expect(200)).body;
    for (const path of [
      '/api/plans',
      '/api/chains',
      '/api/chains/{id}/map',
      '/api/chain-links',
      '/api/firms',
      '/api/carriers',
      '/api/kpi-targets',
      '/api/users',
      '/api/teams',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.components.schemas.CreateFirmDto.required).toEqual(['name']);
    expect(doc.components.schemas.CreateFirmDto.properties.fullName).toMatchObject({ type: 'string', nullable: true });
    expect(doc.components.schemas.CreateChainDto.required.sort()).toEqual(['code', 'kind', 'name', 'planId']);
    expect(doc.components.schemas.UpdateChainDto.properties.action.enum).toEqual(['强链', '补链', '延链', '建链', '优链']);
  });

  describe('odd list requests', () => {
    const resources = ['plans', 'chains', 'chain-links', 'firms', 'carriers', 'kpi-targets', 'users', 'teams'];
    const odd = [
      'filter={"id":[]}',
      'filter={"id":"abc"}',
      'filter={"id":[1,"x"]}',
      'filter={"planId":[]}',
      'filter={"chainId":[]}',
      'filter={"chainLinkId":[]}',
      'filter={"year":[]}',
      'filter={"q":"%_\\\\"}',
      `filter={"q":"${'长'.repeat(300)}"}`,
      'filter={"q":{"$ne":1}}',
      'filter={"tag":[]}',
      'filter={"isLocal":null}',
      'filter=[]',
      'filter=null',
      'range=[0,99999999999]',
      'range=[-1,3]',
      'range="0-9"',
      'sort=["id","SIDEWAYS"]',
      'sort=["id; DROP TABLE firm","ASC"]',
      'sort=["constructor","ASC"]',
    ];
    it.each(resources)('%s answers every odd query with 200 or 400, never 500', async (resource) => {
      for (const params of odd) {
        const res = await admin.get(`/api/${resource}?${encodeURI(params)}`);
        expect([params, res.status < 500, [200, 400].includes(res.status)]).toEqual([params, true, true]);
        if (res.status === 400) expect(res.body.messageZh).toEqual(expect.any(String));
      }
    });

    it.each(resources.filter((r) => !['plans', 'teams'].includes(r)))('%s refuses odd PUT bodies without a 500', async (resource) => {
      const first = (await admin.get(`/api/${resource}?range=[0,0]`).expect(200)).body[0];
      if (!first) return;
      for (const body of [
        {},
        { version: 'one' },
        { version: -1 },
        { version: 2 ** 40 },
        { version: first.version, id: 'x' },
        { version: first.version, name: { a: 1 } },
      ]) {
        const res = await admin.put(`/api/${resource}/${first.id}`).send(body);
        expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
      }
      await admin.put(`/api/${resource}/2147483000`).send({ version: 1 }).expect(404);
    });
  });
});
