/**
 * The intake benchmark's baseline inside the production build (lib/perf/baseline-intake.ts):
 * exists only when the server was started with BENCH_BASELINE_ROUTE=true; otherwise every
 * method answers 404 like any unknown path.
 */
import { env, requireSetting } from '@/lib/env';
import { baselinePool, baselineRouteEnabled, baselineTip } from '@/lib/perf/baseline-intake';
import { apiSecurityHeaders } from '@/lib/security/headers';

export const dynamic = 'force-dynamic';

// Outside the proxy, as the resident API it is measured against (proxy.ts): it sets the same headers.
const headers = () => ({ ...apiSecurityHeaders(env().APP_URL), 'Cache-Control': 'no-store' });
const notFound = () => new Response('Not Found', { status: 404, headers: headers() });

export async function POST(request: Request): Promise<Response> {
  if (!baselineRouteEnabled()) return notFound();
  const receipt = await baselineTip(baselinePool(requireSetting('DATABASE_URL')), await request.text());
  return Response.json(receipt, { status: 201, headers: headers() });
}

export const GET = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
