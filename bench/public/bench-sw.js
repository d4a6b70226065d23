/* global self, caches, fetch */
/**
 * The bare grid page's service worker: cache-first for every GET under its scope, filled as the page loads
 * (the app's Workbox worker precaches instead; on a warm visit both answer every request from Cache Storage).
 */
const CACHE = 'bench-grid-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    }),
  );
});
