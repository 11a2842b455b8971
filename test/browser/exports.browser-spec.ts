import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import * as ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * Exports where people look for them, in a real Chromium as the leader: the targets list filtered
 * by one chain writes an .xlsx with exactly the API's total for that filter, Chinese headers and no
 * ids; 周报 (week picker) and a chain's 产业链招商手册 download from their buttons and open.
 */
const STEP_TIMEOUT = 240_000;
let env: BrowserEnv;
let page: Page;

const workbookOf = async (download: Download) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
  return wb;
};
const downloading = async (click: () => Promise<void>) => (await Promise.all([page.waitForEvent('download'), click()]))[0];

beforeAll(async () => {
  env = await startBrowserEnv();
  const context = await newContext(env, { viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  await login(page, env.baseUrl, 'leader');
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

describe('the leader downloads what they look at', () => {
  let chainId: number;
  let chainName: string;

  it(
    'exports the targets list filtered by one chain: the API’s total, Chinese headers, no ids',
    async () => {
      const leader = await env.api.as('leader');
      const some = (await leader.get('/api/targets?range=[0,0]').expect(200)).body[0];
      chainId = some.chainId;
      chainName = some.chainName;
      const filter = encodeURIComponent(JSON.stringify({ chainId }));
      const apiTotal = Number(/\/(\d+)$/.exec((await leader.get(`/api/targets?filter=${filter}&range=[0,0]`).expect(200)).headers['content-range'])![1]);
      expect(apiTotal).toBeGreaterThan(0);

      await page.goto(`${env.baseUrl}/#/targets?filter=${filter}`);
      await page.locator('.RaList-main .RaDatagrid-table').waitFor();
      await shot(page, 'targets-export-zh-1366');
      const wb = await workbookOf(await downloading(() => page.getByRole('button', { name: '导出', exact: true }).click()));
      const ws = wb.worksheets[0];
      expect(ws.rowCount - 1).toBe(apiTotal);
      const header = (ws.getRow(1).values as string[]).slice(1);
      expect(header).toEqual(expect.arrayContaining(['企业', '产业链', '环节', '阶段', '负责人']));
      for (const h of header) expect(h).toMatch(/[\u4e00-\u9fff]/);
      expect(header.some((h) => /^id$|Id$|ID/.test(h))).toBe(false);
      const chainCol = header.indexOf('产业链') + 1;
      const stageCol = header.indexOf('阶段') + 1;
      for (let r = 2; r <= ws.rowCount; r++) {
        expect(ws.getRow(r).getCell(chainCol).value).toBe(chainName);
        expect(String(ws.getRow(r).getCell(stageCol).value)).toMatch(/^(线索|接洽|签约|落地|暂缓|流失)$/);
      }
    },
    STEP_TIMEOUT,
  );

  it(
    'downloads the pipeline workbook and the 周报 for a picked week from the targets list',
    async () => {
      const pipeline = await workbookOf(await downloading(() => page.getByRole('button', { name: '导出招商项目表' }).click()));
      expect(pipeline.worksheets.length).toBeGreaterThan(0);
      await page.getByRole('button', { name: '周报' }).click();
      await page.locator('input[name="week"]').fill('2026-W10');
      const weekly = await workbookOf(await downloading(() => page.getByRole('button', { name: '下载' }).click()));
      expect(weekly.worksheets.length).toBeGreaterThan(0);
      const text = weekly.worksheets.map((w) => JSON.stringify(w.getSheetValues())).join('');
      expect(text).toMatch(/2026-03-0[2-8]|2026年第10周|W10/);
    },
    STEP_TIMEOUT,
  );

  it(
    'downloads the chain’s 产业链招商手册 from the chain page and from the chain map',
    async () => {
      await page.goto(`${env.baseUrl}/#/chains/${chainId}/show`);
      const fromPage = await workbookOf(await downloading(() => page.getByRole('button', { name: '产业链招商手册' }).click()));
      expect(JSON.stringify(fromPage.worksheets[0].getSheetValues())).toContain(chainName);
      await page.goto(`${env.baseUrl}/#/chain-map/${chainId}`);
      const fromMap = await workbookOf(await downloading(() => page.getByRole('button', { name: '产业链招商手册' }).click()));
      expect(fromMap.worksheets.map((w) => w.name)).toEqual(fromPage.worksheets.map((w) => w.name));
      await shot(page, 'chain-map-handbook-zh-1366');
    },
    STEP_TIMEOUT,
  );
});
