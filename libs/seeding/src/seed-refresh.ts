import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Inserts rows whose natural key (any unique index, incl. expression indexes) is not there yet. */
export async function insertMissing<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  await em
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as never)
    .orIgnore()
    .execute();
}

/** JSON with object keys sorted (jsonb comes back in its own key order); undefined reads as null. */
export function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k] ?? null]),
        )
      : v,
  );
}

/** The fields of `wanted` whose value differs from `row`'s. */
export function changedFields<T extends ObjectLiteral>(row: T, wanted: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => canonical(row[k]) !== canonical(v))) as Partial<T>;
}

/**
 * Brings rows the seed created and nobody has edited since (version still 1) up to the seed's
 * current values, so a corrected plan figure reaches existing databases. A row edited in the app
 * (version > 1) is left as the user made it. The update keeps version at 1: it is still the plan's.
 */
export async function refreshUnedited<T extends ObjectLiteral & { id: number; version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  existing: T[],
  wantedFor: (row: T) => Partial<T> | undefined | false,
): Promise<void> {
  for (const row of existing) {
    if (row.version !== 1) continue;
    const wanted = wantedFor(row);
    if (!wanted) continue;
    const changes = changedFields(row, wanted);
    if (Object.keys(changes).length === 0) continue;
    await em
      .createQueryBuilder()
      .update(entity)
      .set({ ...changes, version: () => 'version' } as never)
      .where('id = :id AND version = 1', { id: row.id })
      .execute();
  }
}
