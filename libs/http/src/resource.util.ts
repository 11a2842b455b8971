import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { pgCode, pgConstraint, PG } from '@crm/database';
import { AppError, badRequest, notFound, staleVersion } from './errors';
import { fieldError } from './field-messages';
import { strictInt } from './input';

/*
 * Small helpers every reference resource (chains, links, firms, carriers, KPI targets, users)
 * shares: optional-but-not-null DTO fields, filter parsing, optimistic locking, duplicate names.
 */

const required = new WeakMap<object, Set<string | symbol>>();

function isRequired(ctor: object | null, prop: string | symbol): boolean {
  for (let c = ctor; c && c !== Function.prototype; c = Object.getPrototypeOf(c)) if (required.get(c)?.has(prop)) return true;
  return false;
}

/**
 * The field may be left out of a body, but when present it must not be null (non-nullable column).
 * A subclass can make it mandatory with @Required() (create DTOs extend the PUT field set).
 */
export const IsOptionalNotNull = (): PropertyDecorator => (target, prop) =>
  ValidateIf((o: object, v: unknown) => v !== undefined || isRequired(o.constructor, prop))(target, prop);

/** Makes an IsOptionalNotNull field of the base class mandatory in this class. */
export const Required = (): PropertyDecorator => (target, prop) => {
  const set = required.get(target.constructor) ?? new Set();
  set.add(prop);
  required.set(target.constructor, set);
  IsDefined()(target, prop);
};

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

/**
 * Optimistic locking: applies `changes` only when the row still has the version the caller read.
 * Locks the row first so two concurrent saves with the same version cannot both pass. Saving the
 * merged entity (not a query-builder UPDATE) lets the audit subscriber record the diff; the
 * version is bumped on every accepted save, even one that only touched related rows.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  id: number,
  version: number,
  changes: Partial<T>,
  what: [string, string],
): Promise<T> {
  const repo = em.getRepository(entity);
  const current = await repo.createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
  if (!current) throw notFound(...what);
  if ((current as unknown as { version: number }).version !== version) throw staleVersion(...what);
  const saved = await repo.save(repo.merge(current, changes as never));
  if ((saved as unknown as { version: number }).version === version) {
    await em.query(`UPDATE "${repo.metadata.tableName}" SET version = version + 1 WHERE id = $1`, [id]);
  }
  return saved;
}

/** Deletes a loaded row through the entity manager, so the audit subscriber records it. */
export async function removeAudited<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, row: T): Promise<void> {
  await em.getRepository(entity).remove({ ...row });
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

/**
 * A PUT body: the resource's fields plus the `version` the caller read (a stale one is refused
 * with 409) and the `id` react-admin echoes back (it must match the path; otherwise ignored).
 */
export function Versioned<TBase extends new (...args: any[]) => object>(Base: TBase) {
  class VersionedBody extends Base {
    @ApiProperty({ description: 'The version the caller read; a stale one gets 409' })
    @IsDefined()
    @IsInt()
    @Min(1)
    @Max(2147483647)
    version: number;

    @ApiPropertyOptional()
    @IsOptional()
    @IsInt()
    id?: number;
  }
  return VersionedBody;
}
