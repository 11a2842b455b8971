import { join } from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Child } from './processes';
import { sleep } from './processes';
import { Client } from 'pg';
import { IMPORT_COLUMNS, type ImportKey } from '@crm/imports';
import { RECRUITMENT_METHODS } from '@crm/pipeline';
import { BRAND_FIRST, BRAND_SECOND, CITIES } from './names';

export interface ImportFigures {
  rows: number;
  fileMb?: number;
  uploadSeconds?: number;
  uploadPeakRssMb?: number;
  preview?: unknown;
  commitSeconds?: number;
  totalSeconds?: number;
  apiPeakRssMb?: number;
  result?: unknown;
  goals: { within30s?: boolean; peakUnder500Mb?: boolean };
  note?: string;
}

interface Docs {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, { format?: string; type?: string }> } }> } }>
  >;
}

export interface ImportRefs {
  links: { chain: string; link: string }[];
  owners: string[];
}

/**
 * Writes an n-row workbook in the import template's columns with exceljs's streaming writer:
 * every other row also names a chain, link and promoter, so half the rows create targets (a tenth
 * of those with a first follow-up).
 * Names (导入…) cannot clash with bench firms.
 */
export async function writeImportWorkbook(file: string, rows: number, refs: ImportRefs): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('导入');
  ws.addRow(IMPORT_COLUMNS.map((c) => c.header)).commit();
  const followUpAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
  for (let i = 0; i < rows; i++) {
    const withTarget = i % 2 === 0 && refs.links.length > 0 && refs.owners.length > 0;
    const link = refs.links[i % Math.max(1, refs.links.length)];
    const values: Record<ImportKey, string | number | null> = {
      name: `导入${BRAND_FIRST[i % 60]}${BRAND_SECOND[Math.floor(i / 60) % 60]}科技${i}`,
      creditCode: null,
      hqCity: CITIES[i % CITIES.length],
      tags: i % 7 === 0 ? '高新技术企业' : null,
      chain: withTarget ? link.chain : null,
      link: withTarget ? link.link : null,
      owner: withTarget ? refs.owners[i % refs.owners.length] : null,
      expectedInvestment: withTarget ? 1000 + (i % 500) * 10 : null,
      method: withTarget ? RECRUITMENT_METHODS[i % 4] : null,
      notes: '批量导入（演示）',
      // every tenth target comes with its first follow-up, so the commit's reminder hooks are measured too
      nextFollowUpAt: withTarget && i % 20 === 0 ? followUpAt : null,
    };
    ws.addRow(IMPORT_COLUMNS.map((c) => values[c.key])).commit();
  }
  ws.commit();
  await wb.commit();
}

/**
 * Imports a 50,000-row workbook through the API (POST /api/imports, then commit) and reports the
 * time and the API process's peak memory (VmHWM). Routes are read from the OpenAPI document.
 */
export async function benchImport(opts: {
  db: Client;
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
  const { rows: links } = await opts.db.query<{ chain: string; link: string }>(
    `SELECT c.name AS chain, l.code AS link FROM chain_link l JOIN chain c ON c.id = l.chain_id ORDER BY l.id`,
  );
  const { rows: owners } = await opts.db.query<{ username: string }>(`SELECT username FROM app_user WHERE role = 'promoter' AND active ORDER BY id`);
  const file = join(opts.outDir, `import-${opts.rows}.xlsx`);
  await writeImportWorkbook(file, opts.rows, { links, owners: owners.map((o) => o.username) });
  out.fileMb = Math.round((statSync(file).size / 1048576) * 10) / 10;
  const auth = { authorization: `Bearer ${opts.token}` };

  const t0 = performance.now();
  const form = new FormData();
  form.append(fileField, new Blob([readFileSync(file)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), 'firms.xlsx');
  const up = await fetch(`${opts.base}/api/imports`, { method: 'POST', headers: auth, body: form });
  const upBody = (await up.json().catch(() => ({}))) as { id?: number | string; validRows?: number; errorRows?: number; totalRows?: number };
  out.uploadSeconds = secs(t0);
  out.uploadPeakRssMb = opts.api.peakRssMb();
  out.preview = summarise(upBody as Record<string, unknown>);
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
  out.goals = {
    within30s: commit.status < 300 ? out.totalSeconds <= 30 : undefined,
    peakUnder500Mb: out.apiPeakRssMb === undefined ? undefined : out.apiPeakRssMb <= 500,
  };
  opts.log(
    `import: ${opts.rows} rows in ${out.totalSeconds} s (upload ${out.uploadSeconds} s, commit ${out.commitSeconds} s), API peak RSS ${out.apiPeakRssMb} MB`,
  );
  return out;
}

const secs = (t: number) => Math.round(performance.now() - t) / 1000;

/** The import's answer without per-row detail (which can run to 50,000 entries). */
function summarise(result: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Array.isArray(v) ? { count: v.length, first: v.slice(0, 3) } : v]));
}
