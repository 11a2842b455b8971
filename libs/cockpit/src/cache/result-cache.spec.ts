import { describe, expect, it } from '@jest/globals';
import { ResultCache } from './result-cache';

/** A cache on a hand-moved clock, and a figure that counts how often it is computed. */
function setup(maxEntries = 10) {
  let now = 1_000_000;
  const cache = new ResultCache(maxEntries, () => now);
  let computed = 0;
  const figure = (value: string) => async () => (computed++, value);
  return { cache, figure, computed: () => computed, tick: (ms: number) => (now += ms) };
}

describe('ResultCache', () => {
  it('reuses an entry while the data versions it was computed under are current', async () => {
    const { cache, figure, computed } = setup();
    expect(await cache.get({ key: 'funnel', stamp: 'pipeline:1', compute: figure('a') })).toBe('a');
    expect(await cache.get({ key: 'funnel', stamp: 'pipeline:1', compute: figure('b') })).toBe('a');
    expect(computed()).toBe(1);
    // a write committed: pipeline:2 — the next request computes again, and keeps the new figure
    expect(await cache.get({ key: 'funnel', stamp: 'pipeline:2', compute: figure('c') })).toBe('c');
    expect(await cache.get({ key: 'funnel', stamp: 'pipeline:2', compute: figure('d') })).toBe('c');
    expect(computed()).toBe(2);
  });

  it('keeps keys apart (one scope never answers for another)', async () => {
    const { cache, figure } = setup();
    await cache.get({ key: 'funnel|leader', stamp: 's', compute: figure('all') });
    expect(await cache.get({ key: 'funnel|promoter 7', stamp: 's', compute: figure('own') })).toBe('own');
    expect(await cache.get({ key: 'funnel|leader', stamp: 's', compute: figure('x') })).toBe('all');
  });

  it('lets concurrent requests share one computation', async () => {
    const { cache } = setup();
    let runs = 0;
    let finish!: () => void;
    const finished = new Promise<void>((r) => (finish = r));
    // The computation stays open until all three requests have asked (no timer).
    const compute = async () => {
      runs++;
      await finished;
      return `run ${runs}`;
    };
    const pending = Promise.all([1, 2, 3].map(() => cache.get({ key: 'k', stamp: 's', compute })));
    finish();
    const answers = await pending;
    expect([answers, runs]).toEqual([['run 1', 'run 1', 'run 1'], 1]);
  });

  it.each([
    // age of the entry (ms), max age (ms), computed again?
    [0, 30_000, false],
    [29_999, 30_000, false],
    [30_000, 30_000, true],
    [120_000, 30_000, true],
  ])('an entry %p ms old with a max age of %p ms is computed again: %p', async (age, maxAgeMs, again) => {
    const { cache, figure, computed, tick } = setup();
    await cache.get({ key: 'overdue', stamp: 's', maxAgeMs, compute: figure('then') });
    tick(age);
    const value = await cache.get({ key: 'overdue', stamp: 's', maxAgeMs, compute: figure('now') });
    expect([value, computed()]).toEqual(again ? ['now', 2] : ['then', 1]);
  });

  it('asks `reusable` before answering with an entry, and replaces the entry when it says no', async () => {
    const { cache, figure, computed } = setup();
    const asked: string[] = [];
    const reusable = (ok: boolean) => async (cached: string) => (asked.push(cached), ok);
    await cache.get({ key: 'flow', stamp: 's', reusable: reusable(true), compute: figure('p1') });
    expect(asked).toEqual([]); // a fresh computation answers without asking
    expect(await cache.get({ key: 'flow', stamp: 's', reusable: reusable(true), compute: figure('p2') })).toBe('p1');
    expect(await cache.get({ key: 'flow', stamp: 's', reusable: reusable(false), compute: figure('p3') })).toBe('p3');
    expect(await cache.get({ key: 'flow', stamp: 's', reusable: reusable(true), compute: figure('p4') })).toBe('p3');
    expect([asked, computed()]).toEqual([['p1', 'p1', 'p3'], 2]);
  });

  it('does not keep a failure', async () => {
    const { cache, figure } = setup();
    await expect(cache.get({ key: 'k', stamp: 's', compute: async () => Promise.reject(new Error('database restarting')) })).rejects.toThrow(
      'database restarting',
    );
    expect(cache.size).toBe(0);
    expect(await cache.get({ key: 'k', stamp: 's', compute: figure('ok') })).toBe('ok');
  });

  it('holds at most maxEntries, dropping the least recently used', async () => {
    const { cache, figure, computed } = setup(2);
    await cache.get({ key: 'a', stamp: 's', compute: figure('a') });
    await cache.get({ key: 'b', stamp: 's', compute: figure('b') });
    await cache.get({ key: 'a', stamp: 's', compute: figure('a2') }); // a used again: b is now the oldest
    await cache.get({ key: 'c', stamp: 's', compute: figure('c') });
    expect(cache.size).toBe(2);
    expect(await cache.get({ key: 'a', stamp: 's', compute: figure('a3') })).toBe('a');
    expect(await cache.get({ key: 'b', stamp: 's', compute: figure('b2') })).toBe('b2');
    expect(computed()).toBe(4);
  });
});
