/**
 * The intake benchmark's baseline inside the production build (lib/perf/baseline-intake.ts):
 * exists only when the server was started with BENCH_BASELINE_ROUTE=true; otherwise every
 * method answers 404 like any unknown path.
 */
import { requireSetting } from '@/lib/env';
import { baselinePool, baselineRouteEnabled, baselineTip } from '@/lib/perf/baseline-intake';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not Found', { status: 404, headers: { 'Cache-Control': 'no-store' } });

export async function POST(request: Request): Promise<Response> {
  if (!baselineRouteEnabled()) return notFound();
  const receipt = await baselineTip(baselinePool(requireSetting('DATABASE_URL')), await request.text());
  return Response.json(receipt, { status: 201, headers: { 'Cache-Control': 'no-store' } });
}

export const GET = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
