import { CallHandler, ExecutionContext, Injectable, NestInterceptor, mixin, Type } from '@nestjs/common';
import type { Response } from 'express';
import { map, Observable } from 'rxjs';
import type { ListResult } from './list-query';

/**
 * Turns a service's ListResult into the body and `Content-Range` header ra-data-simple-rest reads:
 * `targets 0-24/319`, or `firms 0-24/*` when the total
 * is unknown (RFC 9110's unknown complete length).
 */
export function ContentRange(resource: string): Type<NestInterceptor> {
  @Injectable()
  class ContentRangeInterceptor implements NestInterceptor {
    intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
      const res = ctx.switchToHttp().getResponse<Response>();
      return next.handle().pipe(
        map((result: ListResult<unknown>) => {
          const end = result.data.length ? result.skip + result.data.length - 1 : result.skip;
          res.setHeader('Content-Range', `${resource} ${result.skip}-${end}/${result.total ?? '*'}`);
          return result.data;
        }),
      );
    }
  }
  return mixin(ContentRangeInterceptor);
}
