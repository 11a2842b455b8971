import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { ChainLink } from '@crm/chain-map';
import { Stage, Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories } from '../support/factories';

interface Column {
  stage: Stage;
  count: number;
  sumExpectedInvestment: number;
  offset: number;
  cards: { id: number; firmName: string }[];
}

describe('pipeline board over HTTP', () => {
  let api: TestApi;
  let f: Factories;
  let link: ChainLink;
  const made: Target[] = [];

  beforeAll(async () => {
    api = await startApi();
    f = factories(api.app.get(DataSource));
    link = await f.chainLink();
    const plan: [Stage, number | null, string][] = [
      ['lead', 100, 'promoter'],
      ['lead', 250.5, 'promoter'],
      ['lead', null, 'promoter2'],
      ['contact', 1000, 'promoter'],
      ['signed', 3000, 'promoter2'],
      ['landed', 5000, 'promoter'],
      ['lost', 70, 'promoter'],
    ];
    for (const [stage, expectedInvestment, owner] of plan) made.push(await f.target({ chainLinkId: link.id, stage, expectedInvestment, owner }));
  });
  afterAll(() => api.close());

  const byStage = (columns: Column[]) => Object.fromEntries(columns.map((c) => [c.stage, c]));

  it('gives every column its count and investment sum', async () => {
    const res = await (await api.as('admin')).get(`/api/pipeline/board?chainId=${link.chainId}`).expect(200);
    const cols = byStage(res.body.columns);
    expect(res.body.columns.map((c: Column) => c.stage)).toEqual(['lead', 'contact', 'signed', 'landed', 'paused', 'lost']);
    // lead: 100 + 250.5 + (null → 0)
    expect(cols.lead).toMatchObject({ count: 3, sumExpectedInvestment: 350.5 });
    expect(cols.contact).toMatchObject({ count: 1, sumExpectedInvestment: 1000 });
    expect(cols.signed).toMatchObject({ count: 1, sumExpectedInvestment: 3000 });
    expect(cols.landed).toMatchObject({ count: 1, sumExpectedInvestment: 5000 });
    expect(cols.paused).toMatchObject({ count: 0, sumExpectedInvestment: 0, cards: [] });
    expect(cols.lost).toMatchObject({ count: 1, sumExpectedInvestment: 70 });
    expect(cols.lead.cards).toHaveLength(3);
    expect(cols.lead.cards[0].firmName).toEqual(expect.any(String));
  });

  it('pages a column so every card is reachable, with totals over the whole column', async () => {
    const admin = await api.as('admin');
    const first = await admin.get(`/api/pipeline/board?chainId=${link.chainId}&perColumn=1`).expect(200);
    const lead = byStage(first.body.columns).lead;
    expect(lead).toMatchObject({ count: 3, sumExpectedInvestment: 350.5 });
    expect(lead.cards).toHaveLength(1);
    const rest = await admin.get(`/api/pipeline/board/lead?chainId=${link.chainId}&offset=1&limit=5`).expect(200);
    expect(rest.body).toMatchObject({ stage: 'lead', count: 3, offset: 1 });
    const seen = [...lead.cards, ...rest.body.cards].map((c: { id: number }) => c.id).sort();
    expect(seen).toEqual(
      made
        .filter((t) => t.stage === 'lead')
        .map((t) => t.id)
        .sort(),
    );
  });

  it('counts only what the caller may see', async () => {
    const res = await (await api.as('promoter2')).get(`/api/pipeline/board?chainId=${link.chainId}`).expect(200);
    const cols = byStage(res.body.columns);
    expect(cols.lead).toMatchObject({ count: 1, sumExpectedInvestment: 0 });
    expect(cols.signed).toMatchObject({ count: 1, sumExpectedInvestment: 3000 });
    expect(cols.contact.count + cols.landed.count + cols.lost.count).toBe(0);
  });

  it('filters by owner', async () => {
    const owner = await f.user('promoter');
    const res = await (await api.as('admin')).get(`/api/pipeline/board?chainId=${link.chainId}&ownerId=${owner.id}`).expect(200);
    expect(byStage(res.body.columns).lead).toMatchObject({ count: 2, sumExpectedInvestment: 350.5 });
  });

  it.each([
    ['/api/pipeline/board?perColumn=-1', 'perColumn'],
    ['/api/pipeline/board?chainId=abc', 'chainId'],
    ['/api/pipeline/board?method=x', 'method'],
    ['/api/pipeline/board/won', 'stage'],
    ['/api/pipeline/board/lead?limit=100000', 'limit'],
    ['/api/pipeline/board?nonsense=1', 'nonsense'],
  ])('refuses %s with 400 naming %s', async (url, field) => {
    const res = await (await api.as('admin')).get(url);
    expect(res.status).toBe(400);
    expect(res.body.fields.map((x: { field: string }) => x.field)).toContain(field);
  });
});
