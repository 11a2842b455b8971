import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { AllExceptionsFilter } from './exception.filter';
import { staleVersion } from './errors';

const pgError = (code: string, message = 'x') => new QueryFailedError('SELECT 1', [], Object.assign(new Error(message), { code }));
const filter = new AllExceptionsFilter();

describe('AllExceptionsFilter.toBody', () => {
  it.each([
    // what went wrong,                                   status, code
    ['an AppError passes through', staleVersion(), 409, 'stale_version'],
    ['unique violation', pgError('23505'), 409, 'duplicate'],
    ['serialization failure', pgError('40001'), 409, 'concurrent_update'],
    ['foreign key violation', pgError('23503'), 400, 'reference'],
    ['bad text representation', pgError('22P02'), 400, 'invalid_value'],
    ['Postgres shutting down (57P01)', pgError('57P01'), 503, 'database_unavailable'],
    ['cannot connect now (57P03)', pgError('57P03'), 503, 'database_unavailable'],
    ['too many connections', pgError('53300'), 503, 'database_unavailable'],
    ['pool timeout', new Error('timeout exceeded when trying to connect'), 503, 'database_unavailable'],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 503, 'database_unavailable'],
    ['connection terminated', new Error('Connection terminated unexpectedly'), 503, 'database_unavailable'],
    ['a programming error stays a 500', new TypeError('x is undefined'), 500, undefined],
  ])('%s → %p', (_, err, status, code) => {
    const body = filter.toBody(err);
    expect(body.statusCode).toBe(status);
    expect(body.code).toBe(code);
    expect(body.messageZh).toEqual(expect.any(String));
  });
});
