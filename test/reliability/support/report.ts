import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A refusal the UI can act on: the shared error body with a stable `code` or per-field messages. */
export function isClearError(body: unknown, status: number): boolean {
  if (!body || typeof body !== 'object') return false;
  const b = body as { statusCode?: unknown; code?: unknown; fields?: unknown; messageZh?: unknown };
  if (b.statusCode !== status || typeof b.messageZh !== 'string') return false;
  return (typeof b.code === 'string' && b.code.length > 0) || (Array.isArray(b.fields) && b.fields.length > 0);
}

/** Appends a suite's numbers to test-artifacts/reliability.json (cases run, matrix size, findings). */
export function recordSummary(suite: string, data: unknown): void {
  const dir = join(__dirname, '..', '..', '..', 'test-artifacts');
  const file = join(dir, 'reliability.json');
  mkdirSync(dir, { recursive: true });
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    all = {};
  }
  all[suite] = { at: new Date().toISOString(), ...(data as object) };
  writeFileSync(file, JSON.stringify(all, null, 2));
  console.log(`[reliability] ${suite}: ${JSON.stringify(data).slice(0, 2000)}`);
}
