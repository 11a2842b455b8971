import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '@crm/auth';
import { AllExceptionsFilter, AppError, forbidden } from '@crm/http';

export const QUEUES_COOKIE = 'crm_queues_token';
const BASE = '/api/admin/queues';

const cookieToken = (req: Request): string | undefined =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === QUEUES_COOKIE)?.[1];

/**
 * bull-board is an Express router outside Nest's guards, so this middleware does the guard's job:
 * a valid token (bearer header, `access_token` query parameter, or the cookie set from it so the
 * board's own requests carry it) of an active admin; everything else is 401 or 403.
 */
@Injectable()
export class AdminQueuesAuth implements NestMiddleware {
  private readonly errors = new AllExceptionsFilter();

  constructor(private readonly auth: AuthService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers.authorization ?? '';
    const fromQuery = typeof req.query.access_token === 'string' ? req.query.access_token : undefined;
    const token = header.startsWith('Bearer ') ? header.slice(7) : (fromQuery ?? cookieToken(req));
    const user = token ? await this.auth.authenticate(decodeURIComponent(token)) : null;
    if (!user) return this.refuse(res, new AppError(401, 'unauthenticated', 'Login required or session expired', '未登录或登录已过期'));
    if (user.role !== 'admin') return this.refuse(res, forbidden('Queue monitoring is for admins', '仅系统管理员可查看队列'));
    if (fromQuery) res.cookie(QUEUES_COOKIE, encodeURIComponent(fromQuery), { httpOnly: true, sameSite: 'strict', path: BASE });
    next();
  }

  private refuse(res: Response, err: AppError): void {
    const body = this.errors.toBody(err);
    res.status(body.statusCode).json(body);
  }
}
