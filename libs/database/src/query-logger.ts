import { Logger, type LoggerService } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { pgCode } from './pg-errors';
import { queryFailureLevel } from './query-failure.util';

export interface QueryLoggerOptions {
  /** Log every query with its parameters (LOG_SQL), and show parameters of failed ones. */
  logQueries: boolean;
}

/** Positional ($1 …) or, for some drivers' APIs, named parameters. */
type Params = unknown[] | object;

/** Longest SQL text a log line carries: imports and reports send statements of several kB. */
const SQL_MAX = 1000;

const oneLine = (sql: string): string => {
  const s = sql.replace(/\s+/g, ' ').trim();
  return s.length > SQL_MAX ? `${s.slice(0, SQL_MAX)}…` : s;
};

const failure = (err: string | Error): string => {
  const code = pgCode(err);
  const message = typeof err === 'string' ? err : err.message;
  return code ? `${code} ${message}` : message;
};

/**
 * TypeORM's logger on Nest's Logger (context TypeORM), so database messages share the app's format
 * and levels. A failed query is logged at the level queryFailureLevel gives it: an expected
 * refusal (duplicate, reference, concurrent update, bad value) only at debug, since the client gets
 * a clear 4xx for it; anything else at error. Parameters are personal data (names, phone numbers,
 * password hashes) and can be 50,000-element arrays, so they are logged only with `logQueries`.
 */
export class NestQueryLogger implements TypeOrmLogger {
  constructor(
    private readonly options: QueryLoggerOptions,
    private readonly logger: LoggerService = new Logger('TypeORM'),
  ) {}

  /**
   * LOG_SQL's query log: each statement whole, as it was sent, with all its parameters after
   * TypeORM's ` -- PARAMETERS: ` marker (the bench replays exactly these statements on its floor).
   */
  logQuery(query: string, parameters?: Params): void {
    if (!this.options.logQueries) return;
    const hasParams = parameters !== undefined && !(Array.isArray(parameters) && !parameters.length);
    this.logger.log(`query: ${query}${hasParams ? ` -- PARAMETERS: ${serialise(parameters)}` : ''}`);
  }

  logQueryError(error: string | Error, query: string, parameters?: Params): void {
    const line = `query failed (${failure(error)}): ${oneLine(query)}${this.params(parameters)}`;
    const level = queryFailureLevel(error);
    if (level === 'debug') this.logger.debug?.(line);
    else if (level === 'warn') this.logger.warn(line);
    else this.logger.error(line);
  }

  logQuerySlow(time: number, query: string, parameters?: Params): void {
    this.logger.warn(`query took ${time} ms: ${oneLine(query)}${this.params(parameters)}`);
  }

  logSchemaBuild(message: string): void {
    this.logger.debug?.(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.log(message);
  }

  private params(parameters: Params | undefined): string {
    if (!this.options.logQueries || parameters === undefined || (Array.isArray(parameters) && !parameters.length)) return '';
    return ` -- parameters: ${serialise(parameters).slice(0, SQL_MAX)}`;
  }
}

function serialise(parameters: Params): string {
  try {
    return JSON.stringify(parameters);
  } catch {
    return '(not serialisable)';
  }
}
