/**
 * An in-process cache of computed cockpit figures, for figures whose inputs are all known:
 *
 * - `stamp`: the data versions the figure was computed under (DataVersions). An entry answers only
 *   a request that read the same versions, so a committed write is seen by the next request.
 * - `maxAgeMs`: for figures that also move with the clock (overdue and stalled lists), the longest
 *   an entry may be reused, counted from when its computation started.
 * - `reusable`: for inputs the key leaves out on purpose (a sliding period), a check that the
 *   entry still answers this request exactly.
 *
 * Requests for an entry being computed wait for that computation (one query per figure however
 * many dashboards open at once). Failures are not kept. At most `maxEntries`, least recently used out first.
 */
export interface CacheRequest<T> {
  key: string;
  stamp: string;
  maxAgeMs?: number;
  reusable?: (cached: T) => Promise<boolean>;
  compute: () => Promise<T>;
}

interface Entry {
  stamp: string;
  startedAt: number;
  value: Promise<unknown>;
}

export class ResultCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get<T>(r: CacheRequest<T>): Promise<T> {
    const entry = this.entries.get(r.key);
    if (entry && entry.stamp === r.stamp && (r.maxAgeMs === undefined || this.now() - entry.startedAt < r.maxAgeMs)) {
      const cached = (await entry.value) as T;
      if (!r.reusable || (await r.reusable(cached))) {
        if (this.entries.get(r.key) === entry) this.remember(r.key, entry);
        return cached;
      }
    }
    return this.compute(r);
  }

  private compute<T>(r: CacheRequest<T>): Promise<T> {
    const entry: Entry = { stamp: r.stamp, startedAt: this.now(), value: Promise.resolve().then(r.compute) };
    this.remember(r.key, entry);
    entry.value.catch(() => {
      if (this.entries.get(r.key) === entry) this.entries.delete(r.key);
    });
    return entry.value as Promise<T>;
  }

  /** (Re)inserts the entry as the most recently used, evicting the least recently used past the cap. */
  private remember(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
