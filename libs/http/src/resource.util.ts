import { pgCode, pgConstraint, PG } from '@crm/database';
import { AppError, badRequest } from './errors';
import { fieldError } from './field-messages';
import { strictInt } from './input';

/*
 * Small helpers every reference resource (chains, links, firms, carriers, KPI targets, users)
 * shares: filter parsing and duplicate names answered as 409.
 */

const badFilter = (field: string, message: string) =>
  badRequest(`Invalid filter.${field}: ${message}`, `查询参数 filter.${field} 无效`, [fieldError(`filter.${field}`, 'invalid', message)], 'validation_failed');

/** A boolean filter from react-admin: true/false or the strings "true"/"false". */
export function boolFilter(value: unknown, field: string): boolean | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw badFilter(field, 'must be true or false');
}

/** One integer or a list of integers within [min, max]; an empty list matches nothing. */
export function intListFilter(value: unknown, field: string, min = 1, max = 2 ** 31 - 1): number[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const arr = Array.isArray(value) ? value : [value];
  const nums = arr.map(strictInt);
  if (!nums.every((n) => n !== undefined && n >= min && n <= max)) {
    throw badFilter(field, `must be integers between ${min} and ${max}`);
  }
  return nums as number[];
}

/** `%fragment%` for ILIKE with the user's own % _ and \ taken literally. */
export function containsPattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A 409 naming the field whose value already exists, the form the UI shows next to the input. */
export function duplicate(field: string, message: string, messageZh: string): AppError {
  return new AppError(409, 'duplicate', message, messageZh, [fieldError(field, 'unique', message, messageZh)]);
}

/**
 * Runs a write and turns a unique violation on one of `byConstraint`'s indexes into a 409 naming
 * the field (a concurrent insert can slip past the service's own pre-check).
 */
export async function mapDuplicates<R>(work: () => Promise<R>, byConstraint: Record<string, () => AppError>): Promise<R> {
  try {
    return await work();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation) {
      const make = byConstraint[pgConstraint(err) ?? ''];
      if (make) throw make();
    }
    throw err;
  }
}
