/**
 * withRoute for resident endpoints: every answer, errors included, is `Cache-Control:
 * no-store` (a shared or seized phone's cache must not keep a code, passphrase or status).
 */
import { withRoute, type RouteContext } from '@/lib/http/route';

export const NO_STORE = { 'Cache-Control': 'no-store' } as const;

export function withResidentRoute(route: string, handler: (request: Request, context: RouteContext) => Promise<Response>) {
  const wrapped = withRoute(route, handler, { resident: true });
  return async (request: Request): Promise<Response> => {
    const response = await wrapped(request);
    response.headers.set('Cache-Control', 'no-store');
    return response;
  };
}
