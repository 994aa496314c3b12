/**
 * withRoute for the resident API (/api/v1): every answer, errors included, is `Cache-Control:
 * no-store` (a shared or seized phone's cache must not keep a code, passphrase or status), and
 * carries the security headers itself: these routes skip the proxy (proxy.ts, decision 0304).
 */
import { env } from '@/lib/env';
import { withRoute, type RouteContext } from '@/lib/http/route';
import { NOINDEX } from '@/lib/perf/indexing';
import { apiSecurityHeaders } from '@/lib/security/headers';

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

export function withResidentRoute(route: string, handler: (request: Request, context: RouteContext) => Promise<Response>) {
  const wrapped = withRoute(route, handler, { resident: true });
  return async (request: Request): Promise<Response> => {
    const response = await wrapped(request);
    for (const [name, value] of Object.entries(apiSecurityHeaders(env().APP_URL))) response.headers.set(name, value);
    response.headers.set('X-Robots-Tag', NOINDEX);
    response.headers.set('Cache-Control', 'no-store');
    return response;
  };
}
