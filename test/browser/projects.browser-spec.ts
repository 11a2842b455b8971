import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { shanghaiDate } from '@crm/time';
import { factories, uniq, type Factories } from '../support/factories';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * After signing in Chromium at 1366×768 (issue 17): a leader before a meeting reads the rates and
 * 重点项目 on the home page, opens a project and writes a 批示; the promoter following the signed
 * project finds it in 我的待办, replies, records a milestone and a funds tranche. Both languages.
 */
const STEP_TIMEOUT = 240_000;
const DAY_MS = 86_400_000;

let env: BrowserEnv;
let ds: DataSource;
let f: Factories;
let targetId: number;
let firmName: string;

beforeAll(async () => {
  env = await startBrowserEnv();
  ds = env.api.app.get(DataSource);
  f = factories(ds);
  // A signed, landed project of the demo promoter in a chain the demo chain manager runs.
  const chain = await f.chain({ name: `智能制造（演示）${uniq()}` });
  await f.manageChain('chain', chain.id);
  const link = await f.chainLink({ chainId: chain.id, name: '工业机器人' });
  firmName = `星海智能装备（演示）${uniq()}`;
  const firm = await f.firm({ name: firmName, demo: true });
  const t = await f.target({
    firmId: firm.id,
    chainLinkId: link.id,
    owner: 'promoter',
    stage: 'landed',
    signedAt: new Date(Date.now() - 200 * DAY_MS),
    signedInvestment: 32000,
    signedOutput: 80000,
    signedJobs: 260,
  });
  targetId = t.id;
  const day = (d: number) => shanghaiDate(new Date(Date.now() + d * DAY_MS));
  await ds.query(
    `INSERT INTO project_milestone (target_id, kind, planned_on, actual_on) VALUES
      ($1, 'registered', $2, $3), ($1, 'settled', $4, $5), ($1, 'producing', $6, NULL), ($1, 'full_output', $7, NULL)`,
    [t.id, day(-180), day(-176), day(-120), day(-110), day(-20), day(400)],
  );
  await ds.query(
    `INSERT INTO project_fund (target_id, arrived_on, amount, source, note) VALUES ($1, $2, 12000, '企业自有资金', '首期（演示）'), ($1, $3, 6500, '银行贷款', NULL)`,
    [t.id, day(-150), day(-60)],
  );
  await ds.query(`INSERT INTO project_year (target_id, year, output, tax, jobs) VALUES ($1, 2026, 21000, 1350, 140)`, [t.id]);
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

const panel = (page: Page) => page.getByTestId('project-panel');

describe('a leader before a meeting', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await newContext(env, { viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    await login(page, env.baseUrl, 'leader');
  }, STEP_TIMEOUT);

  it(
    'reads the four rates with their definitions and the 重点项目 on the home page',
    async () => {
      const rates = page.getByTestId('project-rates');
      await rates.getByTestId('rate-fundsRate').waitFor();
      await expect(rates.getByTestId('rate-definitions').textContent()).resolves.toContain('资金到位率 = 到位资金合计 ÷ 签约投资额合计');
      const key = page.getByTestId('key-projects');
      await key.getByText(firmName).first().waitFor();
      await rates.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-artifacts/signing-cockpit-leader-zh.png' });
    },
    STEP_TIMEOUT,
  );

  it(
    'opens the project from 重点项目: milestones with lights, funds with a bar; no edit controls',
    async () => {
      await page.getByTestId('key-projects').getByText(firmName).first().click();
      await page.waitForURL(new RegExp(`#/targets/${targetId}/show`));
      const p = panel(page);
      await p.getByTestId('milestone-producing').waitFor();
      await expect(p.getByTestId('milestone-producing').getAttribute('data-light')).resolves.toBe('red');
      await expect(p.getByTestId('milestone-settled').getAttribute('data-light')).resolves.toBe('done');
      // 12,000 + 6,500 = 18,500 of 32,000 → 57.8 %
      await expect(p.getByTestId('funds-progress').textContent()).resolves.toBe('已到位 1.85 亿元 / 签约 3.20 亿元（57.8%）');
      await expect(p.getByRole('button', { name: /登记/ }).count()).resolves.toBe(0);
      await p.scrollIntoViewIfNeeded();
      await shot(page, 'signing-project-leader-zh');
    },
    STEP_TIMEOUT,
  );

  it(
    'writes a 批示 to the owner',
    async () => {
      const p = panel(page);
      await p.getByRole('button', { name: '写批示' }).click();
      const dialog = page.getByTestId('instruction-dialog');
      await dialog.getByLabel('批示内容').fill('投产已逾期，请本周内约企业负责人面谈，查明原因并报送整改计划。');
      await page.screenshot({ path: 'test-artifacts/signing-instruction-dialog-zh.png' });
      await dialog.getByRole('button', { name: '保存' }).click();
      await p.getByTestId('instructions').getByText('投产已逾期，请本周内约企业负责人面谈').waitFor();
      const [row] = await ds.query(`SELECT i.state, u.username FROM instruction i JOIN app_user u ON u.id = i.assignee_id WHERE i.target_id = $1`, [targetId]);
      expect(row).toEqual({ state: 'open', username: 'promoter' });
      await p.getByTestId('instructions').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-artifacts/signing-instruction-leader-zh.png' });
    },
    STEP_TIMEOUT,
  );

  it(
    'the board’s 落地 card leads to the project view',
    async () => {
      await page.goto(`${env.baseUrl}/#/pipeline`);
      const chip = page.getByTestId(`kanban-project-${targetId}`);
      await chip.click();
      await page.waitForURL(new RegExp(`#/targets/${targetId}/show\\?section=project`));
      await panel(page).getByTestId('milestones').waitFor();
      await page.waitForFunction(() => {
        const r = document.querySelector('[data-testid="project-panel"]')?.getBoundingClientRect();
        return !!r && r.top < window.innerHeight && r.bottom > 0;
      });
      await page.screenshot({ path: 'test-artifacts/signing-board-to-project-zh.png' });
    },
    STEP_TIMEOUT,
  );

  it(
    'reads the same in English',
    async () => {
      await page.evaluate(() => localStorage.setItem('crm.locale', 'en'));
      await page.goto(`${env.baseUrl}/#/targets/${targetId}/show`);
      await page.reload();
      await panel(page).getByText('Project progress').waitFor();
      await panel(page).getByText('Production / operation').waitFor();
      await panel(page).scrollIntoViewIfNeeded();
      await shot(page, 'signing-project-leader-en');
      await page.goto(`${env.baseUrl}/#/`);
      await page.getByTestId('project-rates').getByText('Funds rate').first().waitFor();
      await page.getByTestId('key-projects').getByText(firmName).first().waitFor();
      await page.getByTestId('project-rates').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-artifacts/signing-cockpit-leader-en.png' });
      await page.evaluate(() => localStorage.setItem('crm.locale', 'zh-CN'));
      await page.reload();
    },
    STEP_TIMEOUT,
  );
});

describe('the promoter following the signed project', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await newContext(env, { viewport: { width: 1366, height: 768 } });
    page = await context.newPage();
    await login(page, env.baseUrl, 'promoter');
  }, STEP_TIMEOUT);

  it(
    'finds the 批示 in 我的待办, replies and records production and a funds tranche',
    async () => {
      const mine = page.getByTestId('my-instructions');
      await mine.getByText('投产已逾期').waitFor();
      await mine.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-artifacts/signing-todo-promoter-zh.png' });
      await mine.getByText('投产已逾期').click();
      await page.waitForURL(new RegExp(`#/targets/${targetId}/show`));
      const p = panel(page);
      const thread = p.getByTestId('instructions');
      await thread.getByLabel('回复').fill('已约企业周四面谈，设备调试延误两周，整改计划周五报送。');
      await thread.getByRole('button', { name: '发送' }).click();
      await thread.getByText('设备调试延误两周').waitFor();

      await p.getByRole('button', { name: '登记投产/运营' }).click();
      const md = page.getByTestId('milestone-dialog');
      await md.getByLabel('实际日期').fill(shanghaiDate());
      await md.getByRole('button', { name: '保存' }).click();
      await p.locator('[data-testid="milestone-producing"][data-light="done"]').waitFor();

      await p.getByRole('button', { name: '登记到位资金' }).click();
      const fd = page.getByTestId('fund-dialog');
      await fd.getByLabel('金额（万元）').fill('-5');
      await fd.getByLabel('资金来源').fill('产业基金');
      await fd.getByRole('button', { name: '保存' }).click();
      await fd.locator('input[name="amount"][aria-invalid="true"]').waitFor();
      await page.screenshot({ path: 'test-artifacts/signing-fund-refused-zh.png' });
      await fd.getByLabel('金额（万元）').fill('4000');
      await fd.getByRole('button', { name: '保存' }).click();
      // 18,500 + 4,000 = 22,500 of 32,000 → 70.3 %
      await p.getByTestId('funds-progress').filter({ hasText: '70.3%' }).waitFor();
      await p.scrollIntoViewIfNeeded();
      await shot(page, 'signing-project-promoter-zh');
    },
    STEP_TIMEOUT,
  );
});
