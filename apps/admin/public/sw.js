/* The backoffice's service worker (hand-written, registered by src/pwa.ts).
 *
 * - The app shell: index.html network-first (it names the current build, so a deploy is picked up
 *   whenever there is a network), the cached copy when there is none. Files under /assets/ carry a
 *   content hash: cache-first, kept as they are. Manifest and icons likewise.
 * - Reading without a network: the last answers of the 待办 list (GET /api/targets?…), a target and
 *   its timeline (GET /api/targets/:id, …/timeline), network-first. Nothing else of the API.
 * - Writes are never touched: they go to the network as they are (offline logs wait in IndexedDB,
 *   see src/mobile/outbox.ts). Signing out drops the cached API answers.
 */
const SHELL = 'crm-shell-v1';
const API = 'crm-api-v1';
const KEEP = [SHELL, API];

const READABLE_API = [/^\/api\/targets$/, /^\/api\/targets\/\d+$/, /^\/api\/targets\/\d+\/timeline$/];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      const res = await fetch('/', { cache: 'no-cache' });
      if (res.ok) {
        const html = await res.clone().text();
        await cache.put('/', res);
        // The entry's script and styles, so the shell starts offline after this one visit.
        const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
        await cache.addAll([...new Set([...assets, '/manifest.webmanifest', '/icons/icon-192.png'])]).catch(() => undefined);
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (!KEEP.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** The page sends the assets it loaded before this worker controlled it (lazy chunks of the first visit). */
self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'cache-assets' && Array.isArray(data.urls)) {
    event.waitUntil(
      caches
        .open(SHELL)
        .then((cache) =>
          Promise.all(
            data.urls
              .filter((u) => typeof u === 'string' && u.startsWith('/assets/'))
              .map(async (u) => ((await cache.match(u)) ? undefined : cache.add(u).catch(() => undefined))),
          ),
        ),
    );
  }
});

async function networkFirst(request, cacheName, key) {
  const cache = await caches.open(cacheName);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(key || request, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(key || request);
    if (hit) return hit;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== 'GET') {
    if (request.method === 'POST' && url.pathname === '/api/auth/logout') event.waitUntil(caches.delete(API));
    return;
  }
  if (request.mode === 'navigate' || url.pathname === '/' || url.pathname === '/index.html') {
    event.respondWith(networkFirst(request, SHELL, '/'));
    return;
  }
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/') || url.pathname === '/manifest.webmanifest') {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (READABLE_API.some((re) => re.test(url.pathname))) {
    event.respondWith(networkFirst(request, API));
  }
});
