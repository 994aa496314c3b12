/**
 * Runs before every request but the resident API's: a fresh CSP nonce per page, and the
 * security headers on every response (pages, API routes, static files, errors alike).
 */
import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { robotsTagFor } from '@/lib/perf/indexing';
import { contentSecurityPolicy, createNonce, securityHeaders } from '@/lib/security/headers';
import { TIPSTER_SESSION_COOKIE } from '@/lib/tips/tipster-session';

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: env().NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  // Lets server components build links back to this page (the language switcher).
  requestHeaders.set('x-path', request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(securityHeaders(env().APP_URL))) response.headers.set(name, value);
  // Only the home page may be indexed; /status, the receipt and the console never (lib/perf/indexing.ts).
  const robotsTag = robotsTagFor(request.nextUrl.pathname);
  if (robotsTag) response.headers.set('X-Robots-Tag', robotsTag);
  // Quick exit ends an open tip too: whoever picks up the phone next finds /status locked.
  // The cookie is HttpOnly and scoped to /status (so never sent here): only an expiring
  // Set-Cookie from the server clears it, with or without JavaScript.
  if (request.nextUrl.pathname === '/exit') {
    response.cookies.set(TIPSTER_SESSION_COOKIE, '', { path: '/status', maxAge: 0, httpOnly: true, sameSite: 'strict' });
  }
  return response;
}

/**
 * The resident API's routes (and the intake benchmark's baseline beside them) set their own
 * headers (lib/tips/resident-route.ts): running the proxy cost each request about 1 ms of CPU,
 * 4% of a tip (decision 0304). Only these exact paths are left out; anything else under /api,
 * a 404 included, still gets its headers here.
 */
export const config = {
  matcher: ['/((?!api/v1/tips$|api/v1/tips/status$|api/v1/tips/messages$|api/v1/pow$|api/bench/baseline$).*)'],
};
