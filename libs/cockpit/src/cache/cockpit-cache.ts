import { Injectable } from '@nestjs/common';
import { ResultCache } from './result-cache';

/**
 * The overdue and stalled lists count days from now: an entry of theirs is reused for at most
 * this long, so a follow-up falling due, or a target crossing its stall threshold, shows within 30 s
 * (any write shows at once, as for every figure).
 */
export const WATCHLIST_MAX_AGE_MS = 30_000;

/**
 * Entries are whole figures (a funnel, a watchlist of at most 200 rows), so a few hundred keys —
 * every scope × filter combination in use in a district office — stay within a few tens of MB.
 */
export const COCKPIT_CACHE_ENTRIES = 500;

/** The API process's one cockpit cache (a Nest singleton); each process keeps its own, all checked against the same data versions. */
@Injectable()
export class CockpitCache extends ResultCache {
  constructor() {
    super(COCKPIT_CACHE_ENTRIES);
  }
}
