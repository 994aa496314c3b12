/**
 * The form without JavaScript cannot do proof of work, so a scripted flood through it would
 * cost the sender nothing. It is contained without identifying anyone: a budget of tips
 * without proof of work per hour for the whole tip line (UNVERIFIED_TIPS_PER_HOUR), counted
 * in the database so every instance shares it (docs/decisions/0720). Beyond it the form
 * refuses, stores nothing, and asks to try again later or to use the page with JavaScript.
 */
import type { Db, Tx } from '@/lib/db/client';
import { db as defaultDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export const budgetSpent = () => new AppError('TOO_MANY_REQUESTS', 'intake.errors.unverifiedBudget');

/** Tips without proof of work received in the hour that starts at `hour` (their time is floored to it). */
export async function unverifiedTipsSince(hour: Date, client: Db | Tx = defaultDb): Promise<number> {
  // Tip(receivedAt, id) bounds the scan to this hour's tips.
  const [row] = await client.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Tip" WHERE "receivedAt" >= ${hour} AND NOT "powVerified"`;
  return row?.count ?? 0;
}

/** Early, cheap refusal before the tip's argon2 work: a flood beyond the budget costs the server little. */
export async function refuseIfBudgetSpent(hour: Date, budget = env().UNVERIFIED_TIPS_PER_HOUR): Promise<void> {
  if ((await unverifiedTipsSince(hour)) >= budget) throw budgetSpent();
}

/**
 * The authoritative check, inside the tip's transaction: one lock for the whole tip line, so
 * concurrent senders on any instance cannot all see the last free place. The lock is held
 * only by tips without proof of work, and only until their transaction ends.
 */
export async function claimUnverifiedPlace(tx: Tx, hour: Date, budget = env().UNVERIFIED_TIPS_PER_HOUR): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('eyes-and-ears:unverified-tips'))`;
  if ((await unverifiedTipsSince(hour, tx)) >= budget) throw budgetSpent();
}
