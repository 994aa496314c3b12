/**
 * Next.js calls `register` once when a server instance starts, before it serves requests.
 * On the Node.js runtime it starts this instance's background job workers (lib/jobs).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startInstanceJobs } = await import('@/lib/jobs/start');
  await startInstanceJobs();
}
