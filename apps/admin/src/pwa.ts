/**
 * Registers the service worker (public/sw.js) in a production build, then hands it the assets
 * this first visit already loaded, so the app shell starts without a network from now on.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then(() => navigator.serviceWorker.ready)
      .then((reg) => {
        const post = () => {
          const urls = performance
            .getEntriesByType('resource')
            .map((e) => new URL(e.name).pathname)
            .filter((p) => p.startsWith('/assets/'));
          reg.active?.postMessage({ type: 'cache-assets', urls });
        };
        post();
        // Chunks fetched while the worker was taking over are sent once it controls the page.
        navigator.serviceWorker.addEventListener('controllerchange', post, { once: true });
      })
      .catch(() => undefined); // no worker: the app works online as before
  });
}
