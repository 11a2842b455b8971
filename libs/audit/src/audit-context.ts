import { AsyncLocalStorage } from 'node:async_hooks';

/** What every write in one request (or job) is attributed to. `userId` is filled once the guard has run. */
export interface AuditScope {
  requestId: string | null;
  userId: number | null;
}

const storage = new AsyncLocalStorage<AuditScope>();

/**
 * The current request's audit scope, carried through async calls without passing it around, so
 * the TypeORM subscriber (created by TypeORM, outside Nest's DI) can attribute each row it writes.
 */
export const AuditContext = {
  run<T>(scope: AuditScope, fn: () => T): T {
    return storage.run(scope, fn);
  },
  current(): AuditScope | undefined {
    return storage.getStore();
  },
};
