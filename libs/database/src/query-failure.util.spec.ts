import { describe, expect, it } from '@jest/globals';
import type { LoggerService } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from '@crm/http';
import { NestQueryLogger } from './query-logger';
import { queryFailureLevel, type QueryFailureLevel } from './query-failure.util';

/** What node-postgres hands TypeORM's logger: an Error carrying the SQLSTATE (and constraint). */
const pgError = (code: string, message = `failed with ${code}`) => Object.assign(new Error(message), { code });

const CASES: [string, string, QueryFailureLevel][] = [
  // what happened,                             SQLSTATE, level
  ['unique violation (409 duplicate)', '23505', 'debug'],
  ['foreign key violation (400 reference)', '23503', 'debug'],
  ['check violation (400 invalid value)', '23514', 'debug'],
  ['not null violation', '23502', 'debug'],
  ['serialization failure (retried, then 409)', '40001', 'debug'],
  ['text not a number or uuid', '22P02', 'debug'],
  ['numeric out of range', '22003', 'debug'],
  ['NUL byte in text', '22021', 'debug'],
  ['untranslatable character', '22P05', 'debug'],
  ['value too long', '22001', 'debug'],
  ['impossible date', '22007', 'debug'],
  ['date field overflow', '22008', 'debug'],
  ['invalid parameter value', '22023', 'debug'],
  ['index key too large', '54000', 'debug'],
  ['deadlock (retried, then 409; a lock-order bug)', '40P01', 'warn'],
  ['lock not available: not mapped, a 500', '55P03', 'error'],
  ['statement timeout (503)', '57014', 'error'],
  ['admin shutdown (503)', '57P01', 'error'],
  ['connection failure (503)', '08006', 'error'],
  ['too many connections (503)', '53300', 'error'],
  ['undefined column: a bug', '42703', 'error'],
  ['syntax error: a bug', '42601', 'error'],
  ['internal error', 'XX000', 'error'],
];

describe('queryFailureLevel', () => {
  it.each(CASES)('%s (%s) → %s', (_, code, level) => {
    expect(queryFailureLevel(pgError(code))).toBe(level);
    expect(queryFailureLevel(new QueryFailedError('SELECT 1', [], pgError(code)))).toBe(level);
  });

  it.each([
    ['a string', 'something broke'],
    ['an error without a code', new Error('Connection terminated unexpectedly')],
    ['nothing', undefined],
  ])('%s → error', (_, err) => {
    expect(queryFailureLevel(err)).toBe('error');
  });

  // The levels follow what the HTTP layer answers: quiet exactly when the client gets a 4xx.
  it.each(CASES)('%s (%s) agrees with the status AllExceptionsFilter answers', (_, code, level) => {
    const status = new AllExceptionsFilter().toBody(new QueryFailedError('SELECT 1', [], pgError(code))).statusCode;
    expect(level === 'error' ? status >= 500 : status >= 400 && status < 500).toBe(true);
  });
});

describe('NestQueryLogger', () => {
  const recorder = () => {
    const lines: [string, string][] = [];
    const logger: LoggerService = {
      log: (m) => void lines.push(['log', String(m)]),
      error: (m) => void lines.push(['error', String(m)]),
      warn: (m) => void lines.push(['warn', String(m)]),
      debug: (m) => void lines.push(['debug', String(m)]),
    };
    return { lines, logger };
  };
  const SQL = `INSERT INTO firm (name)
               VALUES ($1)`;

  it.each<[string, Error | string, string, string]>([
    [
      'a duplicate',
      pgError('23505', 'duplicate key value violates unique constraint "uq_firm_name"'),
      'debug',
      '23505 duplicate key value violates unique constraint "uq_firm_name"',
    ],
    ['a deadlock', pgError('40P01', 'deadlock detected'), 'warn', '40P01 deadlock detected'],
    ['a missing column', pgError('42703', 'column "nme" does not exist'), 'error', '42703 column "nme" does not exist'],
    ['a message without a code', 'Connection terminated', 'error', 'Connection terminated'],
  ])('logs %s at its level, with the SQLSTATE and the statement on one line', (_, err, level, failure) => {
    const { lines, logger } = recorder();
    new NestQueryLogger({ logQueries: false }, logger).logQueryError(err, SQL, ['第四范式']);
    expect(lines).toEqual([[level, `query failed (${failure}): INSERT INTO firm (name) VALUES ($1)`]]);
  });

  it('keeps parameters (personal data, huge import arrays) out of the log unless LOG_SQL asks for queries', () => {
    const quiet = recorder();
    const q = new NestQueryLogger({ logQueries: false }, quiet.logger);
    q.logQuery(SQL, ['第四范式']);
    q.logQueryError(pgError('42703'), SQL, ['第四范式']);
    expect(quiet.lines).toEqual([['error', 'query failed (42703 failed with 42703): INSERT INTO firm (name) VALUES ($1)']]);

    const verbose = recorder();
    const v = new NestQueryLogger({ logQueries: true }, verbose.logger);
    v.logQuery(SQL, ['第四范式']);
    v.logQueryError(pgError('23505'), SQL, ['第四范式']);
    expect(verbose.lines).toEqual([
      ['log', `query: ${SQL} -- PARAMETERS: ["第四范式"]`], // whole, as sent: the bench replays it
      ['debug', 'query failed (23505 failed with 23505): INSERT INTO firm (name) VALUES ($1) -- parameters: ["第四范式"]'],
    ]);
  });

  it('cuts statements longer than 1,000 characters', () => {
    const { lines, logger } = recorder();
    new NestQueryLogger({ logQueries: false }, logger).logQueryError(pgError('XX000'), `SELECT ${'x, '.repeat(600)}1`, []);
    expect(lines[0][1]).toHaveLength('query failed (XX000 failed with XX000): '.length + 1000 + 1);
    expect(lines[0][1].endsWith('…')).toBe(true);
  });
});
