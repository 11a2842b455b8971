import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { ARTIFACTS, login, newContext, shot, startBrowserEnv, type BrowserEnv } from './support';

/**
 * The import wizard in a real Chromium, as an admin: download the template, fill three rows with
 * exceljs (one bad), upload it, read the bad row's reasons, download the rejected rows (one row,
 * 错误原因 filled), commit, and open one of the two new firms.
 */
const STEP_TIMEOUT = 240_000;
const tag = Math.random().toString(36).slice(2, 7);
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
  await login(page, env.baseUrl, 'admin');
}, STEP_TIMEOUT);

afterAll(async () => {
  await env?.close();
});

describe('an admin imports a firm list through the wizard', () => {
  let filled: string;
  let firmNames: string[];

  it(
    'downloads the template from 批量导入 and fills three rows, one bad',
    async () => {
      await page.getByRole('menuitem', { name: '批量导入' }).click();
      const template = await workbookOf(await downloading(() => page.getByRole('button', { name: '下载导入模板' }).click()));
      const options = template.getWorksheet('选项')!;
      const chain = String(options.getCell('A2').value);
      const links = template.getWorksheet('产业链与环节')!;
      let link = '';
      links.eachRow((row, n) => {
        if (n > 1 && !link && row.getCell(1).value === chain) link = String(row.getCell(3).value);
      });
      const promoter = (await (await env.api.as('admin')).get(`/api/users?filter=${encodeURIComponent('{"q":"promoter","role":"promoter"}')}`)).body.find(
        (u: { username: string }) => u.username === 'promoter',
      );
      const data = template.getWorksheet('导入')!;
      firmNames = [`向导企业甲${tag}`, `向导企业乙${tag}`];
      data.addRow([firmNames[0], '', '重庆', '', chain, link, promoter.displayName, 1200, '平台招商', '浏览器测试']);
      data.addRow([firmNames[1], '', '成都', '', '', '', '', '', '', '']);
      data.addRow([`向导企业丙${tag}`, '', '北京', '', chain, '没有这个环节', promoter.displayName, '很多', '', '']);
      filled = join(ARTIFACTS, `import-wizard-${tag}.xlsx`);
      await writeFile(filled, Buffer.from(await template.xlsx.writeBuffer()));
    },
    STEP_TIMEOUT,
  );

  it(
    'uploads it and sees the bad row with each column and reason in Chinese',
    async () => {
      await page.getByTestId('import-file').setInputFiles(filled);
      const preview = page.getByTestId('import-preview');
      await preview.waitFor();
      await expect(preview.getByText(/共 3 行，可导入 2 行，有误 1 行/).count()).resolves.toBe(1);
      const bad = preview.locator('tr[data-row="4"]');
      await expect(bad.count()).resolves.toBe(2);
      await expect(
        bad
          .filter({ hasText: '环节' })
          .getByText(/没有这个环节/)
          .count(),
      ).resolves.toBe(1);
      await expect(bad.filter({ hasText: '预计投资额（万元）' }).count()).resolves.toBe(1);
      await shot(page, 'import-preview-zh-1366');
    },
    STEP_TIMEOUT,
  );

  it(
    'downloads the rejected rows: one row, 错误原因 filled',
    async () => {
      const wb = await workbookOf(await downloading(() => page.getByRole('button', { name: /下载未通过的行/ }).click()));
      const ws = wb.worksheets[0];
      expect(ws.rowCount).toBe(2);
      const header = (ws.getRow(1).values as string[]).slice(1);
      const reasonCol = header.indexOf('错误原因') + 1;
      expect(reasonCol).toBeGreaterThan(0);
      expect(ws.getRow(2).getCell(1).value).toBe(`向导企业丙${tag}`);
      expect(String(ws.getRow(2).getCell(reasonCol).value)).toMatch(/环节：.*没有这个环节/);
    },
    STEP_TIMEOUT,
  );

  it(
    'commits, sees the counts, lists the import in the history and opens one of the two new firms',
    async () => {
      await page.getByRole('button', { name: /提交导入/ }).click();
      const result = page.getByTestId('import-result');
      await result.waitFor();
      await expect(result.getByText(/新建企业 2 家/).count()).resolves.toBe(1);
      await page.getByTestId('import-history').getByText(`import-wizard-${tag}.xlsx`).waitFor();
      await shot(page, 'import-result-zh-1366');
      await page.getByTestId('created-firms').getByRole('link', { name: firmNames[0] }).click();
      await page.waitForURL(/#\/firms\/\d+\/show/);
      await page.getByText(firmNames[0]).first().waitFor();
    },
    STEP_TIMEOUT,
  );

  it(
    'reads in English too',
    async () => {
      await page.evaluate(() => localStorage.setItem('crm.locale', 'en'));
      await page.goto(`${env.baseUrl}/#/import`);
      await page.reload(); // the language is read when the app starts
      await page.getByRole('heading', { name: 'Import history' }).waitFor();
      await shot(page, 'import-en-1366');
      await page.evaluate(() => localStorage.setItem('crm.locale', 'zh-CN'));
    },
    STEP_TIMEOUT,
  );
});
