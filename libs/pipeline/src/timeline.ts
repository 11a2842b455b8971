import type { EntityManager } from 'typeorm';
import type { TimelineEntry as TimelineEntryShape } from '@crm/contracts';

/**
 * A target's timeline is merged from sources: the pipeline registers stage changes and contact
 * logs; other features (reminders, audit) register theirs the same way, in onModuleInit:
 *
 * ```ts
 * constructor(private readonly timeline: TimelineRegistry) {}
 * onModuleInit() {
 *   this.timeline.register({ kind: 'reminder', entries: (em, q) => ... rows with at < q.before, newest first, at most q.limit });
 * }
 * ```
 * A source returns its newest `limit` entries strictly before `before` (when given), newest first.
 */
/** An entry as the timeline answers it: the contract shared with the backoffice, with moments as Date. */
export type TimelineEntry = TimelineEntryShape<Date>;

export interface TimelineQuery {
  targetId: number;
  /** Only entries strictly older than this (paging); absent = from now. */
  before?: Date;
  limit: number;
}

export interface TimelineSource {
  kind: string;
  entries(em: EntityManager, q: TimelineQuery): Promise<TimelineEntry[]>;
}

export class TimelineRegistry {
  private readonly sources: TimelineSource[] = [];

  register(source: TimelineSource): void {
    if (this.sources.some((s) => s.kind === source.kind)) throw new Error(`timeline source ${source.kind} registered twice`);
    this.sources.push(source);
  }

  list(): readonly TimelineSource[] {
    return this.sources;
  }
}

/** Newest first; equal times ordered by kind then id (descending) so pages never shuffle. Keeps `limit`. */
export function mergeTimeline(lists: readonly TimelineEntry[][], limit: number): TimelineEntry[] {
  const key = (e: TimelineEntry) => String(e.id).padStart(12, '0');
  return lists
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.kind < b.kind ? 1 : a.kind > b.kind ? -1 : 0) || (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0))
    .slice(0, limit);
}
