import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { Carrier } from '@crm/carriers';
import { Stage, Target } from '@crm/pipeline';
import { startApi, TestApi } from '../support/api';
import { factories, Factories, uniq } from '../support/factories';

interface Card {
  id: number;
  investment: number | null;
  investmentKind: string;
  daysInStage: number;
  staleGrade: string | null;
  version: number;
}
interface Column {
  stage: Stage;
  count: number;
  sumInvestment: number;
  sumExpectedInvestment: number;
  cards: Card[];
}

const DAY_MS = 86_400_000;

/**
 * Board cards tell the truth (issue 14): the signed amount once signed and a column total that adds
 * what the cards show; days in stage and the stale grade by the reminder rules; 撤销 takes a move back.
 */
describe('board cards and 撤销 over HTTP', () => {
  let api: TestApi;
  let ds: DataSource;
  let f: Factories;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    f = factories(ds);
  });
  afterAll(() => api.close());

  /** The board narrowed to one firm, by stage. */
  const board = async (firmName: string, username = 'promoter'): Promise<Record<string, Column>> => {
    const res = await (await api.as(username)).get(`/api/pipeline/board?q=${encodeURIComponent(firmName)}`).expect(200);
    return Object.fromEntries((res.body.columns as Column[]).map((c) => [c.stage, c]));
  };
  const move = async (id: number, body: Record<string, unknown>, username = 'promoter') =>
    (await api.as(username)).post(`/api/targets/${id}/transitions`).send(body);

  it('shows the signed amount once signed, totals what the cards show, and 撤销 puts the target back', async () => {
    const firm = await f.firm({ name: `中科海微测试${uniq()}`, demo: true });
    const t = await f.target({ firmId: firm.id, owner: 'promoter', stage: 'contact', expectedInvestment: 2000 });
    let b = await board(firm.name);
    expect(b.contact.cards[0]).toMatchObject({ investment: 2000, investmentKind: 'expected' });
    expect(b.contact.sumInvestment).toBe(2000);

    const signed = await move(t.id, { to: 'signed', signedInvestment: 3000, version: t.version });
    expect(signed.status).toBe(201);
    b = await board(firm.name);
    expect(b.signed.cards[0]).toMatchObject({ id: t.id, investment: 3000, investmentKind: 'signed', daysInStage: 0 });
    expect(b.signed.sumInvestment).toBe(3000); // the total adds the card's 3,000, not the expected 2,000
    expect(b.signed.sumExpectedInvestment).toBe(2000);

    // Someone else cannot take it back; its author can, and it is recorded like any other move.
    expect((await move(t.id, { to: 'contact', undo: true, version: signed.body.version }, 'admin')).body.code).toBe('undo_not_yours');
    expect((await move(t.id, { to: 'lead', undo: true, version: signed.body.version })).body.code).toBe('undo_wrong_stage');
    const undone = await move(t.id, { to: 'contact', undo: true, version: signed.body.version });
    expect(undone.status).toBe(201);
    expect(undone.body).toMatchObject({ stage: 'contact', signedInvestment: null });
    b = await board(firm.name);
    expect(b.signed.count).toBe(0);
    expect(b.contact.cards[0]).toMatchObject({ investment: 2000, investmentKind: 'expected' });
    const history: { from_stage: string; to_stage: string; reason: string | null }[] = await ds.query(
      'SELECT from_stage, to_stage, reason FROM stage_change WHERE target_id = $1 ORDER BY at, id',
      [t.id],
    );
    expect(history.slice(1)).toEqual([
      { from_stage: 'contact', to_stage: 'signed', reason: null },
      { from_stage: 'signed', to_stage: 'contact', reason: '撤销' },
    ]);
    // Taking back the 撤销 itself is one more move back.
    expect((await move(t.id, { to: 'signed', undo: true, version: undone.body.version })).status).toBe(201);
  });

  it('takes back a loss and a landing, which the usual rules refuse', async () => {
    const t = await f.target({ owner: 'promoter', stage: 'contact' });
    const lost = await move(t.id, { to: 'lost', reason: '企业另选他处（演示）', version: t.version });
    expect((await move(t.id, { to: 'contact', reason: '误操作', version: lost.body.version })).body.code).toBe('lost_reopens_to_lead');
    expect((await move(t.id, { to: 'contact', undo: true, version: lost.body.version })).body).toMatchObject({ stage: 'contact' });

    const carrier = await f.carrier({ availableAreaM2: 5000 });
    const s = await f.target({ owner: 'promoter', stage: 'signed', signedInvestment: 800 });
    const landed = await move(s.id, { to: 'landed', carrierId: carrier.id, area: 1200, version: s.version });
    expect(landed.status).toBe(201);
    expect((await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id })).availableAreaM2).toBe(3800);
    const back = await move(s.id, { to: 'signed', undo: true, version: landed.body.version });
    expect(back.body).toMatchObject({ stage: 'signed', signedInvestment: 800 });
    expect((await ds.getRepository(Carrier).findOneByOrFail({ id: carrier.id })).availableAreaM2).toBe(5000);
    expect(await ds.query('SELECT 1 FROM landing WHERE target_id = $1', [s.id])).toEqual([]);
  });

  it('refuses 撤销 of a move older than the window', async () => {
    // Moved 线索 → 接洽 by its owner two minutes ago (history is append-only: written as it would have been).
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    const t = await f.target({ owner: 'promoter', stage: 'contact', stageEnteredAt: new Date(twoMinutesAgo.getTime() - 1000) });
    await ds.query(`INSERT INTO stage_change (target_id, from_stage, to_stage, by_user_id, at) VALUES ($1, 'lead', 'contact', $2, $3)`, [
      t.id,
      t.ownerId,
      twoMinutesAgo,
    ]);
    const res = await move(t.id, { to: 'lead', undo: true, version: t.version });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('undo_expired');
    expect((await ds.getRepository(Target).findOneByOrFail({ id: t.id })).stage).toBe('contact');
  });

  it('grades cards by the stale rule of their plan and counts days in stage', async () => {
    // Default thresholds for 接洽: yellow at 14 idle days, red at 30.
    const firm = await f.firm({ name: `停滞测试${uniq()}`, demo: true });
    const entered = new Date(Date.now() - 40 * DAY_MS);
    const quiet = async (days: number) =>
      f.target({ firmId: firm.id, owner: 'promoter', stage: 'contact', stageEnteredAt: entered, lastActivityAt: new Date(Date.now() - days * DAY_MS) });
    const [green, yellow, red] = [await quiet(3), await quiet(20), await quiet(35)];
    const cards = new Map((await board(firm.name)).contact.cards.map((c) => [c.id, c]));
    expect(cards.get(green.id)).toMatchObject({ staleGrade: 'green', daysInStage: 40 });
    expect(cards.get(yellow.id)?.staleGrade).toBe('yellow');
    expect(cards.get(red.id)?.staleGrade).toBe('red');
  });
});
