import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError, forbidden } from '@crm/http';
import { AuthService } from './auth.service';
import { IS_PUBLIC, ROLES_KEY } from './decorators';
import type { Role } from './role';

/** Global guard: every route needs a valid bearer token unless marked @Public; @Roles narrows further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: unknown }>();
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : (req.query.access_token as string | undefined);
    const user = token ? await this.auth.authenticate(token) : null;
    if (!user) throw new AppError(401, 'unauthenticated', 'Login required or session expired', '未登录或登录已过期');
    req.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw forbidden();
    return true;
  }
}
