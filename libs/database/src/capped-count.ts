import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Rows a list counts exactly. Past it, counting every match of a common search fragment (30,010
 * firms for 科技 at bench scale: 880 ms against 39 ms for the first 1,001) buys a number nobody
 * pages through; the list reports "more than this page" instead and react-admin pages on.
 */
export const EXACT_COUNT_UP_TO = 1000;

/** How many rows a capped count reads for a page starting at `skip`: one past the larger of the cap and the page's end. */
export function countLimit(skip: number, take: number, exactUpTo = EXACT_COUNT_UP_TO): number {
  return Math.max(exactUpTo, skip + take) + 1;
}

/** The list's total from a capped count: exact when the count stopped short of the limit, else null (unknown, and past the page). */
export function cappedTotal(counted: number, limit: number): number | null {
  return counted < limit ? counted : null;
}

/** Counts the query's rows, reading at most `limit` of them (ordering, paging and selections dropped). */
export async function countUpTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, limit: number): Promise<number> {
  const inner = qb.clone().select('1', 'one').orderBy().skip(undefined).take(undefined).offset(undefined).limit(limit);
  const [sql, params] = inner.getQueryAndParameters();
  const [{ n }]: { n: number }[] = await qb.connection.query(`SELECT count(*)::int AS n FROM (${sql}) s`, params);
  return n;
}

/** The list's total for a page: exact up to EXACT_COUNT_UP_TO rows (or the page's end), else null. */
export async function cappedCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, skip: number, take: number): Promise<number | null> {
  const limit = countLimit(skip, take);
  return cappedTotal(await countUpTo(qb, limit), limit);
}
