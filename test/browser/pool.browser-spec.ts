import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ARTIFACTS, localeContext, type Locale, settled, shot, shotScreen, signIn, startBrowserEnv, type BrowserEnv } from './support';

/**
 * The candidate pool in a real Chromium, as an admin: a registry export with two duplicate rows
 * (same credit code, a name variant) and one bad row → preview → commit; then the suspected
 * duplicates screen merges a firm field by field and the merge history undoes it. Screens in zh and
 * en at 1366×768 and 390×844.
 */
const STEP_TIMEOUT = 240_000;
const tag = Math.random().toString(36).slice(2, 7);
const code = (n: number) =>
  `91500103MA${tag
    .toUpperCase()
    .replace(/[IOSVZ]/g, 'A')
    .padEnd(5, 'A')}${String(n).padStart(3, '0')}`;
let env: BrowserEnv;

async function registryFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业列表');
  ws.addRow(['企业名称', '统一社会信用代码', '法定代表人', '成立日期', '注册资本', '所属行业', '标签']);
  ws.addRow([`池甲${tag}科技有限公司`, code(1), '张三', '2015-04-20', '1000万元人民币', '软件和信息技术服务业', '高新技术企业']);
  ws.addRow([`池乙${tag}软件有限公司`, '', '李四', '2018/3/1', '500万美元', '软件和信息技术服务业', '专精特新小巨人']);
  ws.addRow([`池丙${tag}信息股份有限公司`, code(3), '王五', '20200101', '2亿元', '信息传输业', 'A股上市']);
  ws.addRow([`池甲${tag}科技集团`, code(1), '张三', '', '', '', '']); // same code as row 2
  ws.addRow([`池乙${tag}软件 股份有限公司`, '', '', '', '', '', '']); // name variant of row 3
  ws.addRow([`池丁${tag}`, '123', '', '2015-02-30', '', '', '']); // bad code and date
  const path = join(ARTIFACTS, `registry-${tag}.xlsx`);
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

beforeAll(async () => {
  env = await startBrowserEnv();
}, STEP_TIMEOUT);
afterAll(async () => {
  await env?.close();
});

const open = async (locale: Locale, viewport = { width: 1366, height: 768 }, user = 'admin'): Promise<Page> => {
  const page = await (await localeContext(env, locale, viewport)).newPage();
  await signIn(page, env.baseUrl, user);
  return page;
};

describe('registry import, suspected duplicates and merge in the backoffice', () => {
  it(
    'imports a registry export: preview shows the bad row and the duplicates report, commit creates three firms',
    async () => {
      const page = await open('zh-CN');
      await page.getByRole('menuitem', { name: '企业库导入' }).click();
      await page.getByTestId('registry-file').setInputFiles(await registryFile());
      const preview = page.getByTestId('registry-preview');
      await preview.getByText('将新建 3 家').waitFor();
      expect(await page.getByTestId('registry-duplicates').locator('tbody tr').count()).toBe(2);
      await page.getByTestId('registry-duplicates').getByText('统一社会信用代码相同').waitFor();
      await page.getByTestId('registry-duplicates').getByText('名称归一化后相同').waitFor();
      await page.getByTestId('registry-errors').getByText('统一社会信用代码格式不正确（应为 18 位）').waitFor();
      await shot(page, 'pool-import-preview-zh-1366');
      await page.getByRole('button', { name: /确认导入/ }).click();
      await preview.getByText('导入完成：新建 3 家').waitFor();
      await shot(page, 'pool-import-done-zh-1366');
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    'merges a suspected duplicate field by field, then an admin undoes the merge',
    async () => {
      // a second record of 池甲 entered by hand under another spelling
      await (
        await env.api.as('admin')
      )
        .post('/api/firms')
        .send({ name: `池甲${tag}科技（集团）`, hqCity: '成都' })
        .expect(201);
      const page = await open('zh-CN');
      await page.getByRole('menuitem', { name: '疑似重复企业' }).click();
      const group = page.getByTestId('duplicate-group').filter({ hasText: `池甲${tag}` });
      await group.getByRole('radio', { name: `池甲${tag}科技有限公司` }).check();
      await group.getByRole('button', { name: '合并到所选企业' }).click();
      const dialog = page.getByTestId('merge-dialog');
      await dialog.getByRole('radio', { name: `总部城市 池甲${tag}科技（集团）` }).check();
      // the registry source reads as a name, not its code
      await dialog.getByText('企查查').first().waitFor();
      expect(await dialog.getByText('qichacha').count()).toBe(0);
      await settled(dialog);
      await shotScreen(page, 'pool-merge-dialog-zh-1366');
      await dialog.getByRole('button', { name: '确认合并' }).click();
      const row = page.getByTestId('merge-history').locator('tr', { hasText: `池甲${tag}科技（集团）` });
      await row.getByText('已合并').waitFor();
      const [firm] = (await (await env.api.as('admin')).get(`/api/firms?filter=${encodeURIComponent(JSON.stringify({ q: `池甲${tag}` }))}`)).body;
      expect(firm).toMatchObject({ name: `池甲${tag}科技有限公司`, hqCity: '成都', aliases: [`池甲${tag}科技（集团）`] });
      await shot(page, 'pool-duplicates-zh-1366');
      await row.getByRole('button', { name: '撤销合并' }).click();
      await row.getByText('已撤销').waitFor();
      const firms = (await (await env.api.as('admin')).get(`/api/firms?filter=${encodeURIComponent(JSON.stringify({ q: `池甲${tag}` }))}`)).body;
      expect(firms.map((f: { name: string; hqCity: string | null }) => [f.name, f.hqCity]).sort()).toEqual(
        [
          [`池甲${tag}科技有限公司`, null],
          [`池甲${tag}科技（集团）`, '成都'],
        ].sort(),
      );
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it(
    '非重复: an admin marks a suspected pair as two firms, it leaves the report; a chain manager only reads; the admin undoes the mark',
    async () => {
      const admin = await env.api.as('admin');
      await admin
        .post('/api/firms')
        .send({ name: `池戊${tag}科技有限公司`, creditCode: code(5) })
        .expect(201);
      await admin
        .post('/api/firms')
        .send({ name: `池戊${tag}科技（集团）`, hqCity: '重庆' })
        .expect(201);
      const page = await open('zh-CN');
      await page.goto(`${env.baseUrl}/#/firm-duplicates`);
      const group = page.getByTestId('duplicate-group').filter({ hasText: `池戊${tag}` });
      await group.getByRole('button', { name: `池戊${tag}科技有限公司 与 池戊${tag}科技（集团） 不是同一家企业` }).click();
      await page.getByText('已标记为非重复，不再列为疑似重复').waitFor();
      await group.waitFor({ state: 'detached' });
      const row = page.getByTestId('dismissal-history').locator('tr', { hasText: `池戊${tag}科技（集团）` });
      await row.getByText('非重复').waitFor();
      await row.getByText('系统管理员（演示）').waitFor();
      await shot(page, 'pool-dismissed-zh-1366');

      // a chain manager reads the report and the marks, and is offered neither merge nor mark nor undo
      const chain = await open('zh-CN', { width: 1366, height: 768 }, 'chain');
      await chain.goto(`${env.baseUrl}/#/firm-duplicates`);
      await chain.getByText('只有系统管理员可以合并企业或标记非重复。').waitFor();
      await chain.getByTestId('dismissal-history').waitFor();
      expect(await chain.getByRole('button', { name: /合并到所选企业|非重复|撤销/ }).count()).toBe(0);
      await chain.context().close();

      await row.getByRole('button', { name: '撤销标记' }).click();
      await row.getByText('已撤销').waitFor();
      await group.waitFor();
      await page.context().close();
    },
    STEP_TIMEOUT,
  );

  it.each<[Locale, { width: number; height: number }, string]>([
    ['en', { width: 1366, height: 768 }, 'en-1366'],
    ['zh-CN', { width: 390, height: 844 }, 'zh-390'],
    ['en', { width: 390, height: 844 }, 'en-390'],
  ])(
    'the screens in %s at %j',
    async (locale, viewport, name) => {
      const page = await open(locale, viewport);
      await page.goto(`${env.baseUrl}/#/registry-import`);
      await page.getByTestId('registry-file').setInputFiles(await registryFile());
      await page.getByTestId('registry-duplicates').waitFor();
      await shot(page, `pool-import-preview-${name}`);
      await page.goto(`${env.baseUrl}/#/firm-duplicates`);
      await page.getByTestId('merge-history').waitFor();
      const group = page.getByTestId('duplicate-group').filter({ hasText: `池甲${tag}` });
      await group.getByRole('button').first().click();
      const dialog = page.getByTestId('merge-dialog');
      await dialog.getByRole('radio').first().waitFor();
      await dialog
        .getByText(locale === 'en' ? 'Qichacha' : '企查查')
        .first()
        .waitFor();
      await settled(dialog);
      await shotScreen(page, `pool-merge-dialog-${name}`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await shot(page, `pool-duplicates-${name}`);
      await page.context().close();
    },
    STEP_TIMEOUT,
  );
});
