import { Client } from 'pg';
import type { HotPath } from './hot-paths';
import type { Child } from './processes';
import { sleep } from './processes';
import { parseQueryLog, Statement } from './sql-capture';

export interface Captured {
  path: HotPath;
  statements: Statement[];
  status: number;
  bytes: number;
}

/**
 * Runs each path twice against an API started with LOG_SQL=true and keeps the statements the
 * second request logged (the first one warms the token cache and any lazy state). One request is
 * in flight at a time, so the log between the marks belongs to that request alone.
 */
export async function captureSql(api: Child, base: string, paths: HotPath[], tokens: Record<string, string>): Promise<Captured[]> {
  const out: Captured[] = [];
  for (const path of paths) {
    const headers = { authorization: `Bearer ${tokens[path.user]}` };
    await fetch(base + path.url, { headers }).then((r) => r.arrayBuffer());
    await sleep(250);
    const mark = api.output().length;
    const res = await fetch(base + path.url, { headers });
    const body = await res.arrayBuffer();
    await sleep(250);
    out.push({ path, statements: parseQueryLog(api.output().slice(mark)), status: res.status, bytes: body.byteLength });
  }
  return out;
}

export interface ExplainSummary {
  title: string;
  sql: string;
  ms: number | undefined;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every captured statement, as text for bench-results/, and each one's execution time. */
export async function explainAll(db: Client, captured: Captured[]): Promise<{ text: string; summary: ExplainSummary[] }> {
  const parts: string[] = [];
  const summary: ExplainSummary[] = [];
  const seen = new Set<string>();
  for (const c of captured) {
    for (const s of c.statements) {
      const key = s.sql + JSON.stringify(s.params);
      if (seen.has(key) || !/^\s*(SELECT|WITH)/i.test(s.sql)) continue;
      seen.add(key);
      const title = `${c.path.name} (${c.path.user})`;
      const text = await explainOne(db, title, s);
      parts.push(text);
      summary.push({ title, sql: s.sql.replace(/\s+/g, ' ').slice(0, 90), ms: executionMs(text) });
    }
  }
  return { text: parts.join('\n\n'), summary };
}

/** The "Execution Time: n ms" of an EXPLAIN ANALYZE text. */
export function executionMs(plan: string): number | undefined {
  const m = /Execution Time: ([\d.]+) ms/.exec(plan);
  return m ? Number(m[1]) : undefined;
}

export async function explainOne(db: Client, title: string, s: Statement): Promise<string> {
  try {
    const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.params);
    return [`### ${title}`, s.sql, `-- params: ${JSON.stringify(s.params)}`, ...rows.map((r) => r['QUERY PLAN'])].join('\n');
  } catch (e) {
    return [`### ${title}`, s.sql, `-- EXPLAIN failed: ${(e as Error).message}`].join('\n');
  }
}
