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
} as const;

export function pgCode(err: unknown): string | undefined {
  if (err instanceof QueryFailedError) return (err.driverError as { code?: string })?.code;
  return (err as { code?: string })?.code;
}

export function pgConstraint(err: unknown): string | undefined {
  if (err instanceof QueryFailedError) return (err.driverError as { constraint?: string })?.constraint;
  return undefined;
}
