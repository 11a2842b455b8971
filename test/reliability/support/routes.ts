import { RequestMethod, type INestApplication, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC, ROLES_KEY, type Role } from '@crm/auth';

/** One HTTP route of the running app, as Nest registered it. */
export interface AppRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Full path with the global prefix and `:params`, e.g. `/api/targets/:id/transitions`. */
  path: string;
  /** `METHOD /path`: the key of the permissions matrix. */
  key: string;
  controller: string;
  handler: string;
  isPublic: boolean;
  roles?: Role[];
  params: string[];
  /** The class of the @Body() parameter, when the handler validates one. */
  bodyType?: Type<unknown>;
  /** The class of the @Query() parameter, when the handler validates the whole query string as a DTO. */
  queryType?: Type<unknown>;
}

const join = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/');

/**
 * Every route of the app, read from Nest's own registry (controllers × handlers with
 * @Get/@Post/… metadata), so a route added anywhere is covered without editing a list.
 */
export function enumerateRoutes(app: INestApplication, prefix = 'api'): AppRoute[] {
  const out: AppRoute[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const ctrl = wrapper.metatype as Type<unknown> | undefined;
      if (!ctrl || !wrapper.instance) continue;
      const ctrlPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, ctrl) ?? '');
      const proto = ctrl.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const fn = proto[name];
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const methodPath = Reflect.getMetadata(PATH_METADATA, fn);
        if (methodPath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number] as AppRoute['method'];
        const isPublic = !!(Reflect.getMetadata(IS_PUBLIC, fn) ?? Reflect.getMetadata(IS_PUBLIC, ctrl));
        const roles = (Reflect.getMetadata(ROLES_KEY, fn) ?? Reflect.getMetadata(ROLES_KEY, ctrl)) as Role[] | undefined;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctrl, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const paramTypes = (Reflect.getMetadata('design:paramtypes', proto, name) ?? []) as Type<unknown>[];
        let bodyType: Type<unknown> | undefined;
        let queryType: Type<unknown> | undefined;
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          if (kind === RouteParamtypes.BODY && arg.data === undefined) {
            const t = paramTypes[arg.index];
            if (t && t !== Object) bodyType = t;
          }
          if (kind === RouteParamtypes.QUERY && arg.data === undefined) {
            const t = paramTypes[arg.index];
            if (t && t !== Object) queryType = t;
          }
        }
        for (const cp of ctrlPaths) {
          for (const mp of ([] as string[]).concat(methodPath)) {
            const path = join(prefix, cp, mp);
            out.push({
              method,
              path,
              key: `${method} ${path}`,
              controller: ctrl.name,
              handler: name,
              isPublic,
              roles,
              params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]),
              bodyType,
              queryType,
            });
          }
        }
      }
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Fills `:params` from a map; params not in the map get `fallback`. */
export function fillPath(path: string, values: Record<string, string | number>, fallback: string | number = 1): string {
  return path.replace(/:(\w+)/g, (_, p: string) => encodeURIComponent(String(values[p] ?? fallback)));
}
