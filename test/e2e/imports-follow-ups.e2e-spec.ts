import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import * as ExcelJS from 'exceljs';
import { Client } from 'pg';
import { IMPORT_COLUMNS } from '@crm/imports';
import { PipelineHooksRegistry } from '@crm/pipeline';
import { reminderJobId } from '@crm/reminders';
import { waitFor } from '../reminders/support/servers';
import { startApi, TestApi } from '../support/api';
import { CockpitData, loadCockpitData } from './cockpit.fixture';

// Reference data: cockpit.fixture.ts (链B with 环节B1, managed by cm; p2 in team 二组; firm F7 庚信息 has no target).
// Here 二组 gets leader as its leader, p2 an e-mail address, cm a robot webhook, and the plan a rule with a
// 24 h pre-due reminder and 48 h escalation grace, so every kind of reminder and channel shows up.
const DUE = '2099-06-01T01:30:00.000Z'; // 09:30 Asia/Shanghai
/** What Excel holds for 2099-06-01 09:30 typed into a cell: wall-clock time without a zone (exceljs writes it as UTC). */
const EXCEL_DUE = new Date(Date.UTC(2099, 5, 1, 9, 30));

type Cell = string | number | Date | null;
/** A row in template order; `followUp` goes into 下次跟进时间, every target on 链B / 环节B1 owned by p2. */
const targetRow = (name: string, followUp: Cell, notes: string | null = null): Cell[] => [
  name,
  null,
  '重庆',
  null,
  '链B',
  '环节B1',
  'p2',
  300,
  '平台招商',
  notes,
  followUp,
];

async function workbook(rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface HookCall {
  hook: string;
  targetId: number;
  inTx: boolean;
  detail: string | null;
}

describe('imported targets fire the pipeline hooks: follow-ups and reminders as the UI gives them', () => {
  let api: TestApi;
  let d: CockpitData;
  let pg: Client;
  const calls: HookCall[] = [];
  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await pg.query(sql, params)).rows as T[];

  const importFile = async (file: Buffer, status = 200) => {
    const admin = await api.as('admin');
    const preview = (await admin.post('/api/imports').attach('file', file, '跟进名单.xlsx').expect(201)).body;
    return { preview, commit: (await admin.post(`/api/imports/${preview.id}/commit`).expect(status)).body };
  };
  const targetOf = async (firmName: string): Promise<number> =>
    (await rows<{ id: number }>(`SELECT t.id FROM target t JOIN firm f ON f.id = t.firm_id WHERE f.name = $1`, [firmName]))[0].id;
  const followUpsOf = (targetId: number) => rows(`SELECT state, due_at, created_by_id FROM follow_up WHERE target_id = $1 ORDER BY id`, [targetId]);
  /** The target's reminders with its own id and firm name written as placeholders, so two targets compare. */
  const remindersOf = (targetId: number) =>
    rows<{ kind: string; recipient_id: number; due_at: Date; state: string; title: string; body: string; link: string }>(
      `SELECT r.kind, r.recipient_id, r.due_at, r.state, replace(r.title, f.name, '<firm>') AS title, replace(r.body, f.name, '<firm>') AS body,
              replace(r.link, t.id::text, '<id>') AS link
         FROM reminder r JOIN target t ON t.id = r.target_id JOIN firm f ON f.id = t.firm_id
        WHERE r.target_id = $1 ORDER BY r.due_at, r.kind, r.recipient_id`,
      [targetId],
    );
  const deliveriesOf = (targetId: number) =>
    rows<{ kind: string; recipient_id: number; channel: string; state: string; next_attempt_at: Date }>(
      `SELECT r.kind, r.recipient_id, dl.channel, dl.state, dl.next_attempt_at
         FROM delivery dl JOIN reminder r ON r.id = dl.reminder_id
        WHERE r.target_id = $1 ORDER BY r.due_at, r.kind, r.recipient_id, dl.channel`,
      [targetId],
    );
  const counts = async () =>
    (
      await rows(`SELECT (SELECT count(*) FROM target)::int AS targets, (SELECT count(*) FROM follow_up)::int AS follow_ups,
                        (SELECT count(*) FROM reminder)::int AS reminders, (SELECT count(*) FROM delivery)::int AS deliveries`)
    )[0];

  beforeAll(async () => {
    api = await startApi({ SMTP_URL: 'smtp://127.0.0.1:9', QUEUE_PREFIX: `impfu${process.pid}` }, { ownDatabase: 'empty' });
    d = await loadCockpitData(api.dbUrl!);
    pg = new Client({ connectionString: api.dbUrl! });
    await pg.connect();
    await pg.query(`UPDATE team SET leader_id = $1 WHERE name = '二组'`, [d.users.leader]);
    await pg.query(`UPDATE app_user SET email = 'p2@example.test' WHERE id = $1`, [d.users.p2]);
    await pg.query(`UPDATE app_user SET webhook_url = 'http://127.0.0.1:9/robot' WHERE id = $1`, [d.users.cm]);
    await pg.query(`INSERT INTO reminder_rule (plan_id, pre_due_hours, escalation_grace_hours) VALUES ($1, 24, 48)`, [d.planId]);
    // No worker runs here: nothing is sent, the SMTP address only makes e-mail a channel. A queue of
    // its own, emptied at the end, holds the jobs the reminders schedule.
    // Single forms only: the registry hands this hook an import's batches one target at a time.
    api.app.get(PipelineHooksRegistry).register({
      stageChanged: async (em, target, change) => {
        if (target.notes === '钩子失败') throw new Error('a hook refused the import');
        calls.push({
          hook: 'stageChanged',
          targetId: target.id,
          inTx: !!em.queryRunner?.isTransactionActive,
          detail: `${change.fromStage}->${change.toStage} by ${change.byUserId}`,
        });
      },
      activity: async (em, target) => void calls.push({ hook: 'activity', targetId: target.id, inTx: !!em.queryRunner?.isTransactionActive, detail: null }),
      followUpChanged: async (em, target, previous) =>
        void calls.push({
          hook: 'followUpChanged',
          targetId: target.id,
          inTx: !!em.queryRunner?.isTransactionActive,
          detail: `${previous} -> ${target.nextFollowUpAt?.toISOString()}`,
        }),
    });
  });
  afterAll(async () => {
    await api?.app.get<Queue>(getQueueToken('reminders'), { strict: false }).obliterate({ force: true });
    await pg?.end(); // before close() drops the database under it
    await api?.close();
  });

  it('a row with 下次跟进时间 gets the follow-up, reminders and deliveries the UI gives a target; a row without gets none', async () => {
    // the UI path: admin creates 庚信息's target for p2 on 环节B1, then sets its follow-up
    const admin = await api.as('admin');
    const ui = (await admin.post('/api/targets').send({ firmId: d.firms.F7, chainLinkId: d.links.B1, ownerId: d.users.p2 }).expect(201)).body;
    await admin.put(`/api/targets/${ui.id}/follow-up`).send({ at: DUE, version: ui.version }).expect(200);

    // the import path: the same follow-up typed into an Excel date cell
    const { preview, commit } = await importFile(await workbook([targetRow('导入跟进企业', EXCEL_DUE), targetRow('导入无跟进企业', null)]));
    expect(preview).toMatchObject({ validRows: 2, errorRows: 0, willCreate: { targets: 2 } });
    expect(preview.sample.map((s: { name: string; nextFollowUpAt: string | null }) => [s.name, s.nextFollowUpAt])).toEqual([
      ['导入跟进企业', DUE],
      ['导入无跟进企业', null],
    ]);
    expect(commit).toMatchObject({ targetsCreated: 2, targetsExisting: 0 });
    const imported = await targetOf('导入跟进企业');
    const plain = await targetOf('导入无跟进企业');

    expect((await rows(`SELECT next_follow_up_at FROM target WHERE id = $1`, [imported]))[0]).toEqual({ next_follow_up_at: new Date(DUE) });
    // the follow-up: open, due as given, set by the committer, exactly like the UI one
    expect(await followUpsOf(imported)).toEqual([{ state: 'open', due_at: new Date(DUE), created_by_id: d.users.admin }]);
    expect(await followUpsOf(imported)).toEqual(await followUpsOf(ui.id));
    // its reminders: 24 h before and at due time to p2, escalation 48 h after to 二组's leader and 链B's manager
    const reminders = await remindersOf(imported);
    expect(reminders.map((r) => [r.kind, r.recipient_id, r.due_at])).toEqual([
      ['pre_due', d.users.p2, new Date('2099-05-31T01:30:00Z')],
      ['due', d.users.p2, new Date(DUE)],
      ['escalation', d.users.leader, new Date('2099-06-03T01:30:00Z')],
      ['escalation', d.users.cm, new Date('2099-06-03T01:30:00Z')],
    ]);
    expect(reminders[1]).toMatchObject({ state: 'scheduled', title: '跟进到期：<firm>', link: '#/targets/<id>/show' });
    expect(reminders[1].body).toContain('2099-06-01 09:30');
    expect(reminders).toEqual(await remindersOf(ui.id));
    // deliveries: in-app to all, e-mail to p2 (has an address), the robot to cm (has a webhook)
    const deliveries = await deliveriesOf(imported);
    expect(deliveries.map((x) => [x.kind, x.recipient_id, x.channel, x.state])).toEqual([
      ['pre_due', d.users.p2, 'email', 'pending'],
      ['pre_due', d.users.p2, 'in_app', 'pending'],
      ['due', d.users.p2, 'email', 'pending'],
      ['due', d.users.p2, 'in_app', 'pending'],
      ['escalation', d.users.leader, 'in_app', 'pending'],
      ['escalation', d.users.cm, 'in_app', 'pending'],
      ['escalation', d.users.cm, 'webhook', 'pending'],
    ]);
    expect(deliveries).toEqual(await deliveriesOf(ui.id));
    // and after the commit each reminder is on the queue, delayed until it is due
    const queue = api.app.get<Queue>(getQueueToken('reminders'), { strict: false });
    const ids = (await rows<{ id: number }>(`SELECT id FROM reminder WHERE target_id = $1`, [imported])).map((r) => r.id);
    const jobs = await waitFor('the imported reminders on the queue', async () => {
      const found = await Promise.all(ids.map((id) => queue.getJob(reminderJobId(id))));
      return found.every(Boolean) ? found : null;
    });
    expect(jobs.every((j) => j!.opts.delay! > 70 * 365 * 86_400_000)).toBe(true);

    // the row without a date: a target, no follow-up, nothing to remind
    expect((await rows(`SELECT next_follow_up_at FROM target WHERE id = $1`, [plain]))[0]).toEqual({ next_follow_up_at: null });
    expect(await followUpsOf(plain)).toEqual([]);
    expect(await remindersOf(plain)).toEqual([]);

    // the hooks a created target fires, inside the import's transaction, as POST /api/targets fires them
    const fired = (targetId: number) => calls.filter((c) => c.targetId === targetId).map((c) => [c.hook, c.inTx, c.detail]);
    expect(fired(imported)).toEqual([
      ['stageChanged', true, `null->lead by ${d.users.admin}`],
      ['activity', true, null],
      ['followUpChanged', true, `null -> ${DUE}`],
    ]);
    expect(fired(plain)).toEqual([
      ['stageChanged', true, `null->lead by ${d.users.admin}`],
      ['activity', true, null],
    ]);
    expect(fired(ui.id)).toEqual([
      ['stageChanged', true, `null->lead by ${d.users.admin}`],
      ['activity', true, null],
      ['followUpChanged', true, `null -> ${DUE}`],
    ]);
  });

  it('importing the same firms again, even with another date, adds no follow-up, reminder or delivery', async () => {
    const before = await counts();
    const callsBefore = calls.length;
    const again = await importFile(await workbook([targetRow('导入跟进企业', '2099-07-01 10:00'), targetRow('导入无跟进企业', '2099-07-01')]));
    expect(again.preview).toMatchObject({ validRows: 2, willCreate: { firms: 0, targets: 0 } });
    expect(again.commit).toMatchObject({ targetsCreated: 0, targetsExisting: 2 });
    expect(await counts()).toEqual(before);
    expect(await followUpsOf(await targetOf('导入跟进企业'))).toEqual([{ state: 'open', due_at: new Date(DUE), created_by_id: d.users.admin }]);
    expect(await followUpsOf(await targetOf('导入无跟进企业'))).toEqual([]);
    expect(calls.length).toBe(callsBefore);
  });

  it('a hook that fails rolls the whole import back: no firm, target, follow-up or reminder; the batch stays in preview', async () => {
    const before = await counts();
    const { preview } = await importFile(
      await workbook([targetRow('回滚企业甲', '2099-08-01 09:00'), targetRow('回滚企业乙', '2099-08-01 09:00', '钩子失败')]),
      500,
    );
    expect(await counts()).toEqual(before);
    expect(await rows(`SELECT name FROM firm WHERE name LIKE '回滚企业%'`)).toEqual([]);
    expect((await (await api.as('admin')).get(`/api/imports/${preview.id}`).expect(200)).body).toMatchObject({ status: 'preview', result: null });
  });

  it('the preview names a 下次跟进时间 that is not a date, or that has no target to belong to', async () => {
    const admin = await api.as('admin');
    const file = await workbook([
      targetRow('坏日期企业', '下周一'),
      targetRow('不存在日期企业', '2099-02-30 09:00'),
      ['只有企业', null, '重庆', null, null, null, null, null, null, null, '2099-06-01'],
      targetRow('好企业', '2099/6/1 9:30'),
    ]);
    const preview = (await admin.post('/api/imports').attach('file', file, 'bad.xlsx').expect(201)).body;
    expect(preview).toMatchObject({ totalRows: 4, validRows: 1, errorRows: 3 });
    expect(preview.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [2, '下次跟进时间', 'invalid'],
      [3, '下次跟进时间', 'invalid'],
      [4, '下次跟进时间', 'rule'],
    ]);
    expect(preview.errors[0].reasonZh).toBe('下次跟进时间格式不正确：下周一（示例：2026-03-01 09:30，北京时间）');
    expect(preview.errors[2].reasonZh).toBe('填写下次跟进时间时必须同时填写产业链和环节');
    expect(preview.sample).toEqual([expect.objectContaining({ row: 5, name: '好企业', nextFollowUpAt: DUE })]);
  });
});
