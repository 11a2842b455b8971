import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Target } from '@crm/pipeline';
import { factories, uniq } from '../support/factories';
import { localeContext, shot, signIn, startBrowserEnv, type BrowserEnv, type Locale } from './support';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** 候选企业 in the backoffice: from a gap, the ranked firms with their reasons; tick two and 加入招商目标. */
describe('candidates in the backoffice', () => {
  let env: BrowserEnv;
  let ds: DataSource;
  let linkId: number;
  let chainId: number;
  const firms: { id: number; name: string }[] = [];
  let held: { id: number };
  let later: { id: number };

  beforeAll(async () => {
    env = await startBrowserEnv();
    ds = env.api.app.get(DataSource);
    const f = factories(ds);
    const link = await f.chainLink({ name: `${uniq()}仿真`, notes: '仿真软件；数字孪生' });
    linkId = link.id;
    chainId = link.chainId;
    await f.manageChain('chain', chainId);
    // Three firms of decreasing fit, and one held by another team.
    firms.push(
      await f.firm({
        name: `${uniq()}仿真科技`,
        tags: ['专精特新', '高新技术企业'],
        industry: '软件和信息技术服务业（仿真软件）',
        businessScope: '仿真软件、数字孪生平台开发',
        registeredCapital: 8000,
        hqCity: '北京',
        registrySource: 'qichacha',
        registryExportedOn: '2026-11-30',
      }),
      await f.firm({ name: `${uniq()}孪生智能`, tags: ['上市', '专精特新'], businessScope: '数字孪生系统集成', registeredCapital: 20000, hqCity: '成都' }),
      await f.firm({ name: `${uniq()}工程咨询`, businessScope: '工程仿真软件销售' }),
    );
    // Below the two best (it stays a candidate after the first test adds them): its facts are read in English.
    later = await f.firm({
      name: `${uniq()}数据服务`,
      tags: ['专精特新'],
      businessScope: '仿真软件代理服务',
      registrySource: 'tianyancha',
      registryExportedOn: '2026-10-08',
    });
    held = await f.firm({ name: `${uniq()}仿真研究院`, industry: '研究和试验发展（仿真软件）', businessScope: '仿真软件研发' });
    await f.target({ firmId: held.id, chainLinkId: (await f.chainLink()).id, owner: 'promoter2' });
  });
  afterAll(() => env?.close());

  const open = async (user: string, locale: Locale, viewport = DESKTOP): Promise<Page> => {
    const p = await (await localeContext(env, locale, viewport)).newPage();
    await signIn(p, env.baseUrl, user);
    return p;
  };

  it('from a gap in 缺口清单, adds the two best-ranked candidates as targets in one step', async () => {
    const p = await open('promoter', 'zh-CN');
    await p.goto(`${env.baseUrl}/#/gaps?chainId=${chainId}`);
    await p.locator(`[data-testid="gap-row"][data-link-id="${linkId}"]`).getByTestId('gap-candidates').click();
    const rows = p.getByTestId('candidate-row');
    await rows.first().waitFor();
    // ranked best first: the first two of our firms lead, the held one is marked with its 首报 date only
    expect(await rows.nth(0).getAttribute('data-firm-id')).toBe(String(firms[0].id));
    // Our held firm's row (other suites' firms on this worker's database may be held too).
    await p
      .locator(`[data-testid="candidate-row"][data-firm-id="${held.id}"]`)
      .getByTestId('candidate-held')
      .getByText(/已由其他小组跟进（首报 \d{4}-\d{2}-\d{2}）/)
      .waitFor();
    await rows.nth(0).getByTestId('candidate-details').click();
    const breakdown = rows.nth(0).getByTestId('candidate-breakdown');
    await breakdown.getByText('企业标签').waitFor();
    // every fact in words, none code-like; the registry the firm came from by its name
    await breakdown.getByText('专精特新、高新技术企业').waitFor();
    await breakdown.getByText('北京（一线城市）').waitFor();
    await rows.nth(0).getByTestId('candidate-registry').getByText('数据来源：企查查 · 2026-11-30').waitFor();
    expect(await breakdown.getByText(/firm\.|qichacha|∋|\((link|tech|chain|plan)\)/).count()).toBe(0);
    await breakdown.locator('[data-component="relationship"]').getByText('无数据').waitFor();
    await shot(p, 'candidates-zh-1366');
    const picked = [await rows.nth(0).getAttribute('data-firm-id'), await rows.nth(1).getAttribute('data-firm-id')].map(Number);
    await rows.nth(0).getByTestId('candidate-select').locator('input').check();
    await rows.nth(1).getByTestId('candidate-select').locator('input').check();
    await p.getByTestId('candidate-add').getByText('加入招商目标（2）').waitFor();
    await p.getByTestId('candidate-add').click();
    await p.getByText('已加入 2 个招商目标').waitFor();
    // targets of the link now: they leave the ranking
    await p.locator(`[data-testid="candidate-row"][data-firm-id="${picked[0]}"]`).waitFor({ state: 'detached' });
    await p.context().close();
    const promoter = (await ds.query(`SELECT id FROM app_user WHERE username = 'promoter'`))[0].id;
    const made = await ds.getRepository(Target).find({ where: { chainLinkId: linkId }, order: { firmId: 'ASC' } });
    expect(made.map((t) => [t.firmId, t.ownerId, t.stage])).toEqual(picked.sort((a, b) => a - b).map((firmId) => [firmId, promoter, 'lead']));
  });

  it.each(['zh-CN', 'en'] as const)('opens on a phone without page-level overflow (%s)', async (locale) => {
    const p = await open('chain', locale, PHONE);
    await p.goto(`${env.baseUrl}/#/candidates/${linkId}`);
    await p.getByTestId('candidate-row').first().waitFor();
    await p.getByTestId('candidate-row').first().getByTestId('candidate-details').click();
    await p.getByTestId('candidate-breakdown').waitFor();
    await shot(p, `candidates-${locale}-390`);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await p.context().close();
  });

  it('opens from a link on the chain map, in English', async () => {
    const en = await open('promoter', 'en');
    await en.goto(`${env.baseUrl}/#/chain-map/${chainId}`);
    await en.getByTestId('link-group').getByText(/仿真$/).first().click();
    await en.getByTestId('link-candidates').click();
    await en.getByTestId('candidate-row').first().waitFor();
    await en.getByText('Add as targets (0)').waitFor();
    await en.getByTestId('candidate-row').first().getByTestId('candidate-details').click();
    await en.getByText('Business scope').first().waitFor();
    const row = en.locator(`[data-testid="candidate-row"][data-firm-id="${later.id}"]`);
    await row.getByTestId('candidate-details').click();
    const breakdown = row.getByTestId('candidate-breakdown');
    await breakdown.locator('[data-component="tags"]').getByText('Specialised SME').waitFor();
    await breakdown.getByText('"仿真软件代理服务" contains 仿真软件 (technology)').waitFor();
    await row.getByTestId('candidate-registry').getByText('Data from Tianyancha · 2026-10-08').waitFor();
    expect(await breakdown.getByText(/firm\.|∋|（/).count()).toBe(0);
    await shot(en, 'candidates-en-1366');
    await en.context().close();
  });

  it.each([
    ['zh-CN', DESKTOP, 'fit-weights-zh-1366'],
    ['en', DESKTOP, 'fit-weights-en-1366'],
    ['zh-CN', PHONE, 'fit-weights-zh-390'],
  ] as const)('shows 评分权重 to admins (%s, %o)', async (locale, viewport, name) => {
    const p = await open('admin', locale, viewport);
    await p.goto(`${env.baseUrl}/#/fit-weights`);
    await p.getByTestId('plan-weights').first().waitFor();
    await shot(p, name);
    await p.context().close();
  });

  it('admins set the weights per plan on 评分权重', async () => {
    const planId = (await ds.query('SELECT c.plan_id FROM chain c WHERE c.id = $1', [chainId]))[0].plan_id;
    const p = await open('admin', 'zh-CN');
    await p.goto(`${env.baseUrl}/#/fit-weights`);
    const card = p.locator(`[data-testid="plan-weights"][data-plan-id="${planId}"]`);
    await card.getByTestId('weight-capital').fill('60');
    await card.getByTestId('weights-save').click();
    await p.getByText('已保存').waitFor();
    await card.getByText('自定义').waitFor();
    expect((await ds.query('SELECT capital FROM fit_weights WHERE plan_id = $1', [planId]))[0].capital).toBe(60);
    await card.getByTestId('weights-reset').click();
    await p.getByText('已恢复默认权重').waitFor();
    await p.context().close();
  });
});
