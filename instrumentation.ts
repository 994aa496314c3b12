/**
 * Next.js calls `register` once when a server instance starts, before it serves requests.
 * On the Node.js runtime it starts this instance's background job workers (lib/jobs), then
 * warms the instance up (lib/perf/warm-up.ts): /api/health answers 503 until it has.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startInstanceJobs } = await import('@/lib/jobs/start');
  await startInstanceJobs();
  const { warmUpInstance } = await import('@/lib/perf/warm-up');
  await warmUpInstance();
}
