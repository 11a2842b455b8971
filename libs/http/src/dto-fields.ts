import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

/* Request-body field rules the reference resources share: optional-but-not-null fields and the PUT body's version. */

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
