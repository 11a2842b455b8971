import { randomUUID } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable } from 'rxjs';
import type { AuthUser } from '@crm/contracts';
import { AuditContext } from './audit-context';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Opens the audit scope for each request after the auth guard has run, so every write the handler
 * makes is attributed to the caller and to one request id (echoed as `X-Request-Id`).
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const res = ctx.switchToHttp().getResponse<Response>();
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const scope = { requestId, userId: req.user?.id ?? null };
    // Subscribing inside the scope is what carries it into the handler and everything it awaits.
    return new Observable((subscriber) => AuditContext.run(scope, () => next.handle().subscribe(subscriber)));
  }
}
