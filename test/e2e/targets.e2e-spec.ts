import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Carrier } from '@crm/carriers';
import { ChainLink } from '@crm/chain-map';
import { Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

const ids = (body: { id: number }[]) => body.map((t) => t.id);
const list = (filter: object, extra = '') => `/api/targets?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`;

describe('targets resource over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let ds: DataSource;
  let link: ChainLink;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
    link = await f.chainLink();
  });
  afterAll(() => api.close());

  describe('list', () => {
    let a: Target, b: Target, c: Target, other: Target;
    const word = `量子${uniq()}`;
    beforeAll(async () => {
      const day = (n: number) => new Date(Date.UTC(2026, 0, n));
      a = await f.target({
        chainLinkId: link.id,
        firmId: (await f.firm({ name: `北京${word}科技` })).id,
        expectedInvestment: 300,
        lastActivityAt: day(3),
        method: '基金招商',
      });
      b = await f.target({ chainLinkId: link.id, stage: 'contact', expectedInvestment: 100, lastActivityAt: day(5) });
      c = await f.target({ chainLinkId: link.id, stage: 'signed', owner: 'leader', expectedInvestment: null, lastActivityAt: day(4) });
      other = await f.target({ chainLinkId: link.id, owner: 'promoter2', firmId: (await f.firm({ name: `上海${word}信息` })).id, lastActivityAt: day(6) });
    });

    it('answers in ra-data-simple-rest shape with joined names, newest activity first', async () => {
      const res = await (await api.as('admin')).get(list({ chainLinkId: link.id })).expect(200);
      expect(ids(res.body)).toEqual([other.id, b.id, c.id, a.id]);
      expect(res.headers['content-range']).toBe('targets 0-3/4');
      const row = res.body.find((t: { id: number }) => t.id === a.id);
      expect(row).toMatchObject({
        firmName: `北京${word}科技`,
        chainLinkName: link.name,
        ownerName: '张专员（演示）',
        chainId: link.chainId,
        chainName: expect.any(String),
        stage: 'lead',
        expectedInvestment: 300,
      });
      expect(row.firm).toBeUndefined();
    });

    it('shows a promoter own + own team only, in the query (counts too)', async () => {
      const res = await (await api.as('promoter')).get(list({ chainLinkId: link.id })).expect(200);
      expect(ids(res.body).sort()).toEqual([a.id, b.id, c.id].sort());
      expect(res.headers['content-range']).toBe('targets 0-2/3');
      const p2 = await (await api.as('promoter2')).get(list({ chainLinkId: link.id })).expect(200);
      expect(ids(p2.body)).toEqual([other.id]);
    });

    it.each<[string, () => object, () => number[]]>([
      ['q finds any fragment of the firm name', () => ({ q: word }), () => [other.id, a.id]],
      ['q finds a two-character fragment', () => ({ q: '北京' }), () => [a.id]],
      ['q takes % literally', () => ({ q: '%' }), () => []],
      ['stage, one', () => ({ stage: 'contact' }), () => [b.id]],
      ['stage, many', () => ({ stage: ['contact', 'signed'] }), () => [b.id, c.id]],
      ['method', () => ({ method: '基金招商' }), () => [a.id]],
      ['owner', () => ({ ownerId: other.ownerId }), () => [other.id]],
      ['getMany by id', () => ({ id: [a.id, c.id] }), () => [c.id, a.id]],
      ['firm', () => ({ firmId: a.firmId }), () => [a.id]],
      ['chain', () => ({ chainId: link.chainId }), () => [other.id, b.id, c.id, a.id]],
    ])('filters: %s', async (_, filter, expected) => {
      const res = await (await api.as('admin')).get(list({ chainLinkId: link.id, ...filter() })).expect(200);
      expect(ids(res.body)).toEqual(expected());
    });

    it('sorts by expectedInvestment with nulls last and pages with range', async () => {
      const admin = await api.as('admin');
      const res = await admin.get(list({ chainLinkId: link.id }, `&sort=${encodeURIComponent('["expectedInvestment","DESC"]')}&range=[0,1]`)).expect(200);
      expect(ids(res.body)).toEqual([a.id, b.id]);
      expect(res.headers['content-range']).toBe('targets 0-1/4');
    });

    it.each([
      ['sort=["firmSecret","ASC"]', 'sort'],
      ['filter={"stage":"won"}', 'filter.stage'],
      ['filter={"chainId":"x"}', 'filter.chainId'],
      ['range=[5,1]', 'range'],
    ])('refuses ?%s with 400 naming %s', async (qs, field) => {
      const res = await (await api.as('admin')).get(`/api/targets?${qs}`);
      expect(res.status).toBe(400);
      expect(res.body.fields[0].field).toBe(field);
    });
  });

  describe('create', () => {
    it('creates a lead owned by the caller, with its history row', async () => {
      const firm = await f.firm();
      const res = await (await api.as('promoter')).post('/api/targets').send({ firmId: firm.id, chainLinkId: link.id, expectedInvestment: 12.5 }).expect(201);
      expect(res.body).toMatchObject({
        stage: 'lead',
        ownerId: (await f.user('promoter')).id,
        chainId: link.chainId,
        expectedInvestment: 12.5,
        stageDurations: expect.any(Object),
      });
      const dup = await (await api.as('admin')).post('/api/targets').send({ firmId: firm.id, chainLinkId: link.id });
      expect(dup.status).toBe(409);
      expect(dup.body.code).toBe('duplicate_target');
    });

    it.each([
      ['promoter for someone else', 'promoter', async (l: ChainLink) => ({ chainLinkId: l.id, ownerId: (await f.user('promoter2')).id }), 403],
      ['chain manager outside their chains', 'chain', async (l: ChainLink) => ({ chainLinkId: l.id }), 403],
      ['leader', 'leader', async (l: ChainLink) => ({ chainLinkId: l.id }), 403],
      ['admin with a leader as owner', 'admin', async (l: ChainLink) => ({ chainLinkId: l.id, ownerId: (await f.user('leader')).id }), 400],
      ['missing link', 'admin', async () => ({ chainLinkId: 2 ** 31 - 1 }), 400],
    ])('refuses %s', async (_, user, body, status) => {
      const res = await (await api.as(user)).post('/api/targets').send({ firmId: (await f.firm()).id, ...(await body(link)) });
      expect(res.status).toBe(status);
    });

    it('lets a chain manager create in a chain they manage, for a promoter', async () => {
      const managed = await f.chainLink();
      await f.manageChain('chain', managed.chainId);
      const owner = await f.user('promoter2');
      const res = await (await api.as('chain')).post('/api/targets').send({ firmId: (await f.firm()).id, chainLinkId: managed.id, ownerId: owner.id });
      expect(res.status).toBe(201);
      expect(res.body.ownerName).toBe('陈专员（演示）');
    });

    it('refuses unknown and malformed fields naming them', async () => {
      const res = await (await api.as('admin')).post('/api/targets').send({ firmId: 'x', chainLinkId: link.id, stage: 'signed', expectedInvestment: -1 });
      expect(res.status).toBe(400);
      expect([...new Set(res.body.fields.map((x: { field: string }) => x.field))].sort()).toEqual(['expectedInvestment', 'firmId', 'stage']);
    });
  });

  describe('edit, follow-up and delete', () => {
    it('edits plain fields with the version, and refuses a stage change by PUT naming stage', async () => {
      const t = await f.target({ chainLinkId: link.id });
      const promoter = await api.as('promoter');
      const ok = await promoter.put(`/api/targets/${t.id}`).send({ version: 1, notes: '对方 CTO 有意向', expectedInvestment: 800, stage: 'lead' }).expect(200);
      expect(ok.body).toMatchObject({ notes: '对方 CTO 有意向', expectedInvestment: 800, version: 2, stage: 'lead' });
      const bad = await promoter.put(`/api/targets/${t.id}`).send({ version: 2, stage: 'signed' });
      expect(bad.status).toBe(400);
      expect(bad.body.fields[0].field).toBe('stage');
      expect(await ds.getRepository(Target).findOneByOrFail({ id: t.id })).toMatchObject({ stage: 'lead', version: 2 });
      const reassign = await promoter.put(`/api/targets/${t.id}`).send({ version: 2, ownerId: (await f.user('promoter2')).id });
      expect(reassign.status).toBe(403);
    });

    it('sets, moves and clears the open follow-up with the version', async () => {
      const t = await f.target();
      const promoter = await api.as('promoter');
      const set = await promoter.put(`/api/targets/${t.id}/follow-up`).send({ at: '2026-12-01T02:00:00Z', version: 1 }).expect(200);
      expect(set.body).toMatchObject({ nextFollowUpAt: '2026-12-01T02:00:00.000Z', version: 2 });
      expect((await promoter.put(`/api/targets/${t.id}/follow-up`).send({ at: '2026-12-02T02:00:00Z', version: 1 })).status).toBe(409);
      const cleared = await promoter.put(`/api/targets/${t.id}/follow-up`).send({ at: null, version: 2 }).expect(200);
      expect(cleared.body.nextFollowUpAt).toBeNull();
      expect((await promoter.put(`/api/targets/${t.id}/follow-up`).send({ version: 3 })).status).toBe(400);
    });

    it('deletes for admins only, giving a landing’s area back to its carrier', async () => {
      const carrier = await f.carrier({ availableAreaM2: 100 });
      const t = await f.target({ stage: 'signed' });
      await (await api.as('promoter')).post(`/api/targets/${t.id}/transitions`).send({ to: 'landed', version: 1, carrierId: carrier.id, area: 40 }).expect(201);
      expect((await (await api.as('promoter')).delete(`/api/targets/${t.id}`)).status).toBe(403);
      await (await api.as('admin')).delete(`/api/targets/${t.id}`).expect(200);
      expect(await ds.getRepository(Target).countBy({ id: t.id })).toBe(0);
      expect((await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id })).availableAreaM2).toBe(100);
      expect((await (await api.as('admin')).get(`/api/targets/${t.id}`)).status).toBe(404);
    });

    it('answers 400 for a malformed id, never 500', async () => {
      expect((await (await api.as('admin')).get('/api/targets/abc')).status).toBe(400);
      expect((await (await api.as('admin')).get('/api/targets/99999999999')).status).toBe(400);
    });
  });
});
