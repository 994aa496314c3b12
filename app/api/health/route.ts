import { db } from '@/lib/db/client';
import { checkHealth } from '@/lib/health/check-health';
import { instanceReady } from '@/lib/perf/warm-up';

export const dynamic = 'force-dynamic';

/** 200 when the database answers and the instance has warmed up (decision 0303); 503 otherwise. */
export async function GET() {
  const health = { ...(await checkHealth(db)), warmedUp: instanceReady() };
  return Response.json(health, { status: health.ok && health.warmedUp ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
