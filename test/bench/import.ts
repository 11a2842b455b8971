import { join } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Child } from './processes';
import { sleep } from './processes';
import { BRAND_FIRST, BRAND_SECOND, CITIES } from './names';

export interface ImportFigures {
  rows: number;
  fileMb?: number;
  uploadSeconds?: number;
  commitSeconds?: number;
  totalSeconds?: number;
  apiPeakRssMb?: number;
  result?: unknown;
  goals: { within30s?: boolean; peakUnder500Mb?: boolean };
  note?: string;
}

interface Docs {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, { format?: string; type?: string }> } }> } }>>;
}

/** Writes an n-row firm workbook with exceljs's streaming writer; names cannot clash with bench firms (导入 prefix). */
export async function writeFirmWorkbook(file: string, rows: number, headers: string[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('企业名单');
  ws.addRow(headers).commit();
  for (let i = 0; i < rows; i++) {
    const name = `导入${BRAND_FIRST[i % 60]}${BRAND_SECOND[Math.floor(i / 60) % 60]}科技${i}`;
    const city = CITIES[i % CITIES.length];
    ws.addRow(headers.map((h) => cell(h, name, city, i))).commit();
  }
  ws.commit();
  await wb.commit();
}

function cell(header: string, name: string, city: string, i: number): string | boolean | null {
  if (/名称|name/i.test(header) && !/全称|full/i.test(header)) return name;
  if (/全称|full/i.test(header)) return `${city}${name}有限公司`;
  if (/城市|city/i.test(header)) return city;
  if (/标签|tag/i.test(header)) return i % 7 === 0 ? '高新技术企业' : null;
  if (/本地|local/i.test(header)) return i % 5 === 0 ? '是' : '否';
  if (/简介|profile/i.test(header)) return '批量导入的演示企业（演示）';
  return null;
}

/**
 * Imports a 50,000-row workbook through the API (POST /api/imports, then commit) and reports the
 * time and the API process's peak memory (VmHWM). Routes are read from the OpenAPI document.
 */
export async function benchImport(opts: {
  base: string;
  token: string;
  api: Child;
  docs: Docs | undefined;
  rows: number;
  outDir: string;
  log: (s: string) => void;
  note: (s: string) => void;
}): Promise<ImportFigures> {
  const out: ImportFigures = { rows: opts.rows, goals: {} };
  const upload = opts.docs?.paths['/api/imports']?.post;
  const commitRoute = Object.keys(opts.docs?.paths ?? {}).find((p) => /^\/api\/imports\/\{[^}]+\}\/commit$/.test(p));
  if (!upload || !commitRoute) {
    opts.note('import: POST /api/imports or its commit route not in /api/docs-json, not benched');
    return { ...out, note: 'routes missing' };
  }
  const multipart = upload.requestBody?.content?.['multipart/form-data']?.schema?.properties ?? {};
  const fileField = Object.entries(multipart).find(([, s]) => s.format === 'binary')?.[0] ?? 'file';
  const extra = Object.entries(multipart).filter(([k]) => k !== fileField);
  const headers = ['企业名称', '企业全称', '统一社会信用代码', '总部城市', '标签', '是否本地企业', '企业简介'];
  const file = join(opts.outDir, `import-${opts.rows}.xlsx`);
  await writeFirmWorkbook(file, opts.rows, headers);
  out.fileMb = Math.round((statSync(file).size / 1048576) * 10) / 10;
  const auth = { authorization: `Bearer ${opts.token}` };

  const t0 = performance.now();
  const form = new FormData();
  form.append(fileField, new Blob([readFileSync(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'firms.xlsx');
  for (const [k] of extra) if (k === 'kind' || k === 'resource' || k === 'type') form.append(k, 'firms');
  const up = await fetch(`${opts.base}/api/imports`, { method: 'POST', headers: auth, body: form });
  const upBody = (await up.json().catch(() => ({}))) as { id?: number | string };
  out.uploadSeconds = secs(t0);
  if (up.status >= 300 || upBody.id === undefined) {
    opts.note(`import: upload answered ${up.status} ${JSON.stringify(upBody).slice(0, 300)}`);
    return { ...out, note: `upload ${up.status}` };
  }
  const t1 = performance.now();
  const commitUrl = `${opts.base}${commitRoute.replace(/\{[^}]+\}/, String(upBody.id))}`;
  const commit = await fetch(commitUrl, { method: 'POST', headers: auth });
  let result = (await commit.json().catch(() => ({}))) as Record<string, unknown>;
  // An asynchronous commit answers 202: poll the import until it settles.
  while (commit.status === 202 || result.state === 'committing' || result.status === 'committing') {
    await sleep(250);
    if (performance.now() - t1 > 120_000) break;
    result = (await (await fetch(`${opts.base}/api/imports/${upBody.id}`, { headers: auth })).json()) as Record<string, unknown>;
  }
  out.commitSeconds = secs(t1);
  out.totalSeconds = secs(t0);
  out.apiPeakRssMb = opts.api.peakRssMb();
  out.result = summarise(result);
  if (commit.status >= 300) opts.note(`import: commit answered ${commit.status} ${JSON.stringify(result).slice(0, 300)}`);
  out.goals = { within30s: commit.status < 300 ? out.totalSeconds <= 30 : undefined, peakUnder500Mb: out.apiPeakRssMb === undefined ? undefined : out.apiPeakRssMb <= 500 };
  opts.log(`import: ${opts.rows} rows in ${out.totalSeconds} s (upload ${out.uploadSeconds} s, commit ${out.commitSeconds} s), API peak RSS ${out.apiPeakRssMb} MB`);
  return out;
}

const secs = (t: number) => Math.round(performance.now() - t) / 1000;

/** The import's answer without per-row detail (which can run to 50,000 entries). */
function summarise(result: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Array.isArray(v) ? `[${v.length} items]` : v]));
}
