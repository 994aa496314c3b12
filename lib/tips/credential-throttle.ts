/**
 * Lockout of a tip code after repeated wrong passphrases, held in the database
 * (CredentialThrottle) so it survives restarts and is shared by every app instance. The key
 * is an HMAC of the normalised code: it reveals no code, and a code that does not exist is
 * throttled exactly like one that does. Each failure is counted by one atomic upsert, so
 * concurrent guesses are all counted. The lock refuses wrong passphrases only: the right one
 * always opens the tip (docs/decisions/0702-tipster-lock-the-owner-passes.md). Its end is
 * stored rounded UP to the full hour, like every resident time (docs/decisions/0002).
 */
import { db, type Db, type Tx } from '@/lib/db/client';
import { keyedHash } from '@/lib/security/crypto';
import { normaliseDigits } from './receipt';

/** Failures allowed before the first lock. */
export const FREE_FAILURES = 5;
export const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 24 * 60 * 60;

/** Seconds a code stays locked after its `failures`-th failure: 0 up to 4, then 1 min doubling, capped at 24 h. */
export function lockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_LOCK_SECONDS * 2 ** Math.min(failures - FREE_FAILURES, 20), MAX_LOCK_SECONDS);
}

/** What anyone types as a code maps to one key; a mistyped code gets a key of its own. */
export const throttleKey = (code: string) => keyedHash(normaliseDigits(code) || code.trim(), 'tipster-throttle');

type Client = Db | Tx;

/**
 * Counts one attempt for `key` as a failure, atomically, before the passphrase is checked (a
 * correct passphrase clears it again with recordSuccess), and sets the lock it earns. Lock
 * or no lock, every attempt is counted and every one is then checked: counting first keeps
 * the count right under a burst of simultaneous guesses.
 */
export async function recordFailure(key: string, client: Client = db): Promise<{ failures: number; lockedUntil: Date | null }> {
  // Both times are hour-coarse: lockedUntil is rounded up (never shorter than earned),
  // updatedAt floored, so no row dates a resident's attempt closer than to the hour.
  const rows = await client.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "CredentialThrottle" AS t ("key", "failures", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, NULL, date_trunc('hour', now()))
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = t."failures" + 1,
      "lockedUntil" = CASE WHEN t."failures" + 1 >= ${FREE_FAILURES}
        THEN date_trunc('hour', now() + make_interval(secs => LEAST(${FIRST_LOCK_SECONDS}::float8 * power(2, LEAST(t."failures" + 1 - ${FREE_FAILURES}, 20)), ${MAX_LOCK_SECONDS}::float8))) + interval '1 hour'
        ELSE NULL END,
      "updatedAt" = date_trunc('hour', now())
    RETURNING "failures", "lockedUntil"`;
  if (Math.random() < 0.02) await purgeStaleThrottles(client);
  return rows[0]!;
}

/** How long a row outlives its last failure or lock; older ones are deleted. */
export const THROTTLE_RETENTION_DAYS = 7;

/**
 * Rows whose lock ended (or never started) over a week ago and that saw no failure since:
 * a guesser who comes back starts from zero, but a week per five guesses is no threat to
 * a 16-digit passphrase, and the table does not keep a trace of every mistyped code.
 */
export async function purgeStaleThrottles(client: Client = db, now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - THROTTLE_RETENTION_DAYS * 86_400_000);
  return client.$executeRaw`
    DELETE FROM "CredentialThrottle" WHERE "updatedAt" < ${before} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${before})`;
}

/** A correct passphrase clears the count and leaves no row behind. */
export async function recordSuccess(key: string, client: Client = db): Promise<void> {
  await client.$executeRaw`DELETE FROM "CredentialThrottle" WHERE "key" = ${key}`;
}
