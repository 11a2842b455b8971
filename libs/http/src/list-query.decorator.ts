import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The raw query object, handed to the service which parses it with its own sortable fields. */
export const RawQuery = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request>().query as Record<string, unknown>);
