import { Injectable, PipeTransform } from '@nestjs/common';
import { invalidField } from './errors';

/** Path ids are positive 32-bit integers; anything else is a 400, never a database error. */
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const n = Number(value);
    if (!/^\d{1,10}$/.test(String(value)) || !Number.isInteger(n) || n < 1 || n >= 2 ** 31) {
      throw invalidField('id', 'invalid', `id must be a positive integer, got "${String(value).slice(0, 40)}"`, 'ID 必须是正整数');
    }
    return n;
  }
}
