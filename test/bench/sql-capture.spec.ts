import { parseQueryLog } from './sql-capture';

describe('parseQueryLog', () => {
  it.each([
    ['one statement with parameters', 'query: SELECT 1 WHERE a = $1 -- PARAMETERS: [5]\n', [{ sql: 'SELECT 1 WHERE a = $1', params: [5] }]],
    ['no parameters', 'query: SELECT now()\n', [{ sql: 'SELECT now()', params: [] }]],
    [
      'a multi-line statement',
      'query: SELECT a,\n  b FROM t WHERE x = ANY($1) -- PARAMETERS: [[1,2]]\n',
      [{ sql: 'SELECT a,\n  b FROM t WHERE x = ANY($1)', params: [[1, 2]] }],
    ],
    [
      'ANSI colours are removed',
      '\u001b[4m\u001b[90mquery:\u001b[39m\u001b[24m SELECT \u001b[32m1\u001b[39m\n'.replace('query:\u001b[39m\u001b[24m ', 'query: '),
      [{ sql: 'SELECT 1', params: [] }],
    ],
    ['transaction control is dropped', 'query: START TRANSACTION\nquery: SELECT 2\nquery: COMMIT\n', [{ sql: 'SELECT 2', params: [] }]],
    [
      'a Nest log line ends an entry',
      'query: SELECT 3\n[Nest] 123  - LOG [Api] listening\nquery: SELECT 4 -- PARAMETERS: ["科技"]\n',
      [
        { sql: 'SELECT 3', params: [] },
        { sql: 'SELECT 4', params: ['科技'] },
      ],
    ],
    [
      "through Nest's logger (LOG_SQL with NestQueryLogger)",
      '[Nest] 4242  - 11/22/2026, 12:20:01 AM     LOG [TypeORM] query: SELECT a,\n  b FROM t WHERE x = $1 -- PARAMETERS: ["科技"]\n[Nest] 4242  - 11/22/2026, 12:20:01 AM     LOG [TypeORM] query: SELECT 5\n',
      [
        { sql: 'SELECT a,\n  b FROM t WHERE x = $1', params: ['科技'] },
        { sql: 'SELECT 5', params: [] },
      ],
    ],
    ['dates stay ISO strings', 'query: SELECT $1 -- PARAMETERS: ["2026-11-21T21:00:00.000Z"]', [{ sql: 'SELECT $1', params: ['2026-11-21T21:00:00.000Z'] }]],
    ['unrelated output only', '[Nest] 1 - LOG started\n', []],
  ])('%s', (_name, log, expected) => {
    expect(parseQueryLog(log)).toEqual(expected);
  });

  it('takes the ANSI-coloured prefix TypeORM prints on a terminal', () => {
    const log = '\u001b[90m\u001b[4mquery:\u001b[24m\u001b[39m SELECT 1 -- PARAMETERS: [1]\n';
    // After stripping colours the line reads "query: SELECT 1 ..."
    expect(parseQueryLog(log)).toEqual([{ sql: 'SELECT 1', params: [1] }]);
  });
});
