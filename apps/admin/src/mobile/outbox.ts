import { HttpError } from 'react-admin';
import { API_URL, httpClient } from '../providers/http';

/**
 * Contact logs written on this device, kept in IndexedDB until the API has them. Each carries
 * the Idempotency-Key it was created with, so a send whose answer was lost, or two sends at once
 * (two tabs, the online event and a tap), store one log. Nothing is dropped without the user.
 */
export interface LogBody {
  targetId: number;
  kind: string;
  at: string;
  summary: string;
  outcome?: string | null;
  nextFollowUpAt?: string | null;
  /** The target version the log was written against; left out once the user says "save anyway". */
  targetVersion?: number;
}

export type OutboxState = 'pending' | 'conflict' | 'failed';

export interface OutboxEntry {
  key: string;
  body: LogBody;
  /** Shown with the entry so the user recognises it (the firm may not be in any cache). */
  firmName: string;
  createdAt: string;
  state: OutboxState;
  /** The API's message for a conflict or refusal, in the user's language. */
  message?: string;
}

const DB = 'crm-phone';
const STORE = 'outbox';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await open();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = work(t.objectStore(STORE));
      t.oncomplete = () => resolve(req ? req.result : undefined);
      t.onerror = () => reject(t.error);
      t.onabort = () => reject(t.error);
    });
  } finally {
    db.close();
  }
}

const listeners = new Set<() => void>();
let snapshot: OutboxEntry[] = [];

async function reload(): Promise<void> {
  const all = ((await tx<OutboxEntry[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>)) ?? []).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  snapshot = all;
  listeners.forEach((l) => l());
}

/** For useSyncExternalStore: the entries as last read, and a subscription to changes. */
export const outbox = {
  subscribe(l: () => void): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  entries: (): OutboxEntry[] => snapshot,
};

/** Called after a log reached the API (by whichever send), so pages reload what they show. */
const syncedListeners = new Set<(e: OutboxEntry) => void>();
export const onSynced = (l: (e: OutboxEntry) => void) => {
  syncedListeners.add(l);
  return () => void syncedListeners.delete(l);
};

const put = (e: OutboxEntry) => tx('readwrite', (s) => void s.put(e));
const remove = (key: string) => tx('readwrite', (s) => void s.delete(key));

export type SendResult = 'sent' | 'offline' | 'conflict' | 'failed';

/** One attempt: 201 → removed; no network or 5xx → stays pending; 409 → conflict; other 4xx → failed (kept). */
async function send(entry: OutboxEntry): Promise<SendResult> {
  try {
    await httpClient(`${API_URL}/contact-logs`, {
      method: 'POST',
      body: JSON.stringify(entry.body),
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Idempotency-Key': entry.key },
    });
  } catch (e) {
    if (!(e instanceof HttpError) || e.status >= 500 || e.status === 0 || e.status === 401) return 'offline';
    const state: OutboxState = e.status === 409 ? 'conflict' : 'failed';
    await put({ ...entry, state, message: e.message });
    await reload();
    return state;
  }
  await remove(entry.key);
  await reload();
  syncedListeners.forEach((l) => l(entry));
  return 'sent';
}

let flushing: Promise<void> | null = null;

/** Sends every pending entry, one at a time; joins a flush already running. */
export function flush(): Promise<void> {
  flushing ??= (async () => {
    try {
      await reload();
      for (const e of snapshot.filter((x) => x.state === 'pending')) {
        if ((await send(e)) === 'offline') break;
      }
    } finally {
      flushing = null;
    }
  })();
  return flushing;
}

/** Keeps the log on the device first, then tries to send it right away. */
export async function submitLog(key: string, body: LogBody, firmName: string): Promise<SendResult> {
  const entry: OutboxEntry = { key, body, firmName, createdAt: new Date().toISOString(), state: 'pending' };
  await put(entry);
  await reload();
  if (flushing) await flushing;
  const current = snapshot.find((x) => x.key === key);
  if (!current) return 'sent';
  return send(current);
}

/** The user looked at the conflict and wants the log saved as written: same key, without the version check. */
export async function saveAnyway(key: string): Promise<SendResult> {
  const e = snapshot.find((x) => x.key === key);
  if (!e) return 'sent';
  const { targetVersion: _dropped, ...body } = e.body;
  const next: OutboxEntry = { ...e, body, state: 'pending', message: undefined };
  await put(next);
  await reload();
  return send(next);
}

export async function discard(key: string): Promise<void> {
  await remove(key);
  await reload();
}

let started = false;
/** Once per page: read the queue, send it now and whenever the browser says it is online again. */
export function startOutbox(): void {
  if (started || typeof indexedDB === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void flush());
  // A send whose answer was lost leaves the browser "online": try the queue again now and then.
  window.setInterval(() => snapshot.some((e) => e.state === 'pending') && navigator.onLine && void flush(), 30_000);
  void flush();
}
