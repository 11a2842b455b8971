/**
 * Reads the SQL an API request ran from TypeORM's query log (LOG_SQL=true): each entry starts
 * with `query:` and may span lines; parameters follow as ` -- PARAMETERS: [json]`. The floor
 * server replays exactly these statements, so "the same SQL" is what the API ran, not a copy.
 */
export interface Statement {
  sql: string;
  params: unknown[];
}

const ANSI = /\u001b\[[0-9;]*m/g;
const MARK = ' -- PARAMETERS: ';
const NEST_QUERY = /^\[Nest\].*?\[TypeORM\] query: /;
/** Transaction control and session settings: not part of the work a path does. */
const CONTROL = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET |SAVEPOINT|RELEASE SAVEPOINT|SHOW )/i;

export function parseQueryLog(log: string): Statement[] {
  const text = log.replace(ANSI, '');
  const out: Statement[] = [];
  // Entries start at a line beginning with "query:"; other lines (Nest logs) end the entry.
  let current: string[] | null = null;
  const flush = () => {
    if (!current) return;
    const s = toStatement(current.join('\n'));
    if (s) out.push(s);
    current = null;
  };
  for (const line of text.split('\n')) {
    // Bare (TypeORM's own logger) or through Nest's: "[Nest] 123  - <date>     LOG [TypeORM] query: …".
    const start = line.startsWith('query: ') ? 0 : NEST_QUERY.exec(line)?.[0].length;
    if (start !== undefined) {
      flush();
      current = [line.slice(start === 0 ? 'query: '.length : start)];
    } else if (current && !/^(\[Nest\]|query failed:|error:)/.test(line)) {
      current.push(line);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

function toStatement(entry: string): Statement | null {
  const at = entry.lastIndexOf(MARK);
  let sql = (at >= 0 ? entry.slice(0, at) : entry).trim();
  let params: unknown[] = [];
  if (at >= 0) {
    try {
      const parsed = JSON.parse(entry.slice(at + MARK.length).trim());
      params = Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      // Not JSON after the marker: the marker was inside the SQL itself; keep the whole text.
      sql = entry.trim();
    }
  }
  if (!sql || CONTROL.test(sql)) return null;
  return { sql, params };
}
