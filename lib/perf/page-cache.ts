/**
 * Back/forward cache for the resident pages that hold nothing personal when served (issue 9):
 * Next answers every dynamic page `Cache-Control: no-store`, and Chromium keeps no such page in
 * its back/forward cache, so "back" to /report on a slow phone reloads it over the network.
 * GET / and GET /report are the same for everyone (no session, no tip), so they may be kept
 * for back/forward and revalidated before any reuse from the HTTP cache (`no-cache`). Anything
 * with a tip in it (/status, the receipt: the answer to a POST) stays `no-store`, and the
 * receipt view empties itself if the page is put in the back/forward cache anyway
 * (lib/ui/resident/receipt-view.tsx).
 */
const KEEPABLE = new Set(['/', '/report']);

export const BFCACHE_FRIENDLY = 'private, no-cache, max-age=0, must-revalidate';

export const pageCacheControlFor = (method: string, pathname: string, isRscRequest: boolean): string | null =>
  method === 'GET' && !isRscRequest && KEEPABLE.has(pathname) ? BFCACHE_FRIENDLY : null;
