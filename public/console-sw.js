/*
 * Staff console service worker (scope /console/): shows web-push alerts. A push carries only
 * a title, one sentence and a console link (lib/alerts/send-push.ts); nothing is cached and
 * no request is intercepted.
 */
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let data = { title: 'Eyes & Ears', body: '', url: '/console/alerts' };
  try {
    data = { ...data, ...event.data.json() };
  } catch {
    // A push without our JSON still shows the generic title.
  }
  event.waitUntil(
    self.registration.showNotification(data.title, { body: data.body, tag: 'eyes-and-ears-alert', renotify: true, requireInteraction: true, data: { url: data.url } }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data && event.notification.data.url ? event.notification.data.url : '/console/alerts', self.location.origin);
  // Same origin only: a link elsewhere falls back to the alerts page.
  const url = target.origin === self.location.origin ? target.href : new URL('/console/alerts', self.location.origin).href;
  event.waitUntil(self.clients.openWindow(url));
});
