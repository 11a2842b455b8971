import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { parseId } from './input';

/** Path ids are positive 32-bit integers in plain decimal digits; anything else is a 400 naming the parameter. */
@Injectable()
export class IdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata?: ArgumentMetadata): number {
    return parseId(value, metadata?.data ?? 'id');
  }
}
