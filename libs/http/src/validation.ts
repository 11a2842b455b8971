import { ArgumentMetadata, HttpException, ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { FieldError, fieldError } from './field-messages';
import { badRequest } from './errors';
import { parseIntParam } from './input';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => fieldError(field, code, message));
    return own.concat(flatten(e.children ?? [], field));
  });
}

const RESERVED_KEYS = new Set(['constructor', '__proto__', 'prototype']);

/**
 * class-transformer silently drops keys such as `constructor` or `__proto__`, so the whitelist
 * never sees them and the request would pass with the field ignored. They are never a real field:
 * name the first one found (depth-first) so it is refused like any other unknown field.
 */
export function reservedKeyPath(value: unknown, parent = '', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object' || depth > 20) return undefined;
  for (const key of Object.keys(value)) {
    const path = parent ? `${parent}.${key}` : key;
    if (RESERVED_KEYS.has(key)) return path;
    const inner = reservedKeyPath((value as Record<string, unknown>)[key], path, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * A validator that throws instead of answering (class-validator's IsNumber({ maxDecimalPlaces })
 * does on 1e-7: "4e-323".split('.')[1] is undefined) must not turn bad input into a 500.
 */
class SafeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const path = reservedKeyPath(value);
    if (path) {
      const message = 'is not an allowed field';
      throw badRequest(
        `Invalid input: ${path} ${message}`,
        `输入有误：不允许的字段 ${path}`,
        [fieldError(path, 'whitelistValidation', message)],
        'validation_failed',
      );
    }
    return super.transform(value, metadata);
  }

  /**
   * Nest's own conversion of a `number` path or query parameter is `+value`, which reads `0x54`,
   * `1e0`, ` 1` and `+1` as numbers before IdPipe could refuse them. They go through the one strict
   * parse instead, named by the parameter.
   */
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.metatype === Number && metadata.data && (metadata.type === 'param' || metadata.type === 'query') && value !== undefined) {
      return parseIntParam(value, metadata.data, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    }
    return super.transformPrimitive(value, metadata);
  }

  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    try {
      return await super.validate(object, validatorOptions);
    } catch (err) {
      if (err instanceof HttpException) throw err;
      throw badRequest(
        'Invalid input: a value could not be checked (numbers must be plain decimals)',
        '输入有误：有数值无法校验（请使用普通小数）',
        undefined,
        'validation_failed',
      );
    }
  }
}

/** Global pipe: unknown fields refused, types transformed, every failure named per field in both languages. */
export function createValidationPipe(): ValidationPipe {
  return new SafeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badRequest(
        `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        `输入有误：${fields.map((f) => f.messageZh).join('；')}`,
        fields,
        'validation_failed',
      );
    },
  });
}
