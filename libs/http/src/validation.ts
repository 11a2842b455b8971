import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, fieldError } from './field-messages';
import { badRequest } from './errors';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([code, message]) => fieldError(field, code, message));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/** Global pipe: unknown fields refused, types transformed, every failure named per field in both languages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
