import { QueryFailedError } from 'typeorm';

/** Postgres SQLSTATE codes the app reacts to. */
export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  notNullViolation: '23502',
  invalidTextRepresentation: '22P02',
  numericOutOfRange: '22003',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  // Input Postgres cannot store or compare: NUL bytes, values too long, impossible dates, huge index keys.
  characterNotInRepertoire: '22021',
  untranslatableCharacter: '22P05',
  stringDataRightTruncation: '22001',
  invalidDatetimeFormat: '22007',
  datetimeFieldOverflow: '22008',
  invalidParameterValue: '22023',
  programLimitExceeded: '54000',
} as const;

/** SQLSTATEs that mean the client sent a value the database cannot take: a 400, not a 500. */
export const PG_BAD_INPUT: readonly string[] = [
  PG.invalidTextRepresentation,
  PG.numericOutOfRange,
  PG.checkViolation,
  PG.notNullViolation,
  PG.characterNotInRepertoire,
  PG.untranslatableCharacter,
  PG.stringDataRightTruncation,
  PG.invalidDatetimeFormat,
  PG.datetimeFieldOverflow,
  PG.invalidParameterValue,
  PG.programLimitExceeded,
];

export function pgCode(err: unknown): string | undefined {
  if (err instanceof QueryFailedError) return (err.driverError as { code?: string })?.code;
  return (err as { code?: string })?.code;
}

export function pgConstraint(err: unknown): string | undefined {
  if (err instanceof QueryFailedError) return (err.driverError as { constraint?: string })?.constraint;
  return undefined;
}
