/**
 * Spam protection without tracking anyone (docs/decisions/0004): before a tip is accepted
 * the sender's device proves it spent a little work, an altcha challenge (v1 payload: find
 * the number n <= maxnumber with SHA-256(salt + n) = challenge). No IP address or other
 * identifier is used. Challenges are signed with a key derived from the settings key, expire,
 * and are spent once: the signature goes into SpentChallenge and a second use is refused.
 */
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';
import type { Challenge, Payload } from 'altcha-lib/v1/types';
import { db, type Db, type Tx } from '@/lib/db/client';
import { env } from '@/lib/env';
import { keyedHash } from '@/lib/security/crypto';

export interface PowChallenge extends Challenge {
  maxnumber: number;
  /** False when POW_DIFFICULTY is 0: nothing is checked and a client may skip solving. */
  required: boolean;
}

const HOUR_MS = 3_600_000;

export const powDifficulty = (): number => env().POW_DIFFICULTY;

const hmacKey = () => keyedHash('altcha-challenge-signing', 'proof-of-work');

export async function createPowChallenge(now: Date = new Date()): Promise<PowChallenge> {
  const difficulty = powDifficulty();
  // At difficulty 0 a trivial challenge keeps the client code path the same.
  const maxnumber = Math.max(difficulty, 1);
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    hmacKey: hmacKey(),
    maxnumber,
    expires: new Date(now.getTime() + env().POW_CHALLENGE_TTL_S * 1000),
  });
  return { ...challenge, maxnumber, required: difficulty > 0 };
}

function decode(solution: string): Payload | null {
  try {
    const payload = JSON.parse(Buffer.from(solution, 'base64').toString('utf8')) as Partial<Payload>;
    if (
      payload?.algorithm !== 'SHA-256' ||
      typeof payload.challenge !== 'string' ||
      typeof payload.salt !== 'string' ||
      typeof payload.signature !== 'string' ||
      !/^[0-9a-f]{64}$/.test(payload.signature) ||
      !Number.isSafeInteger(payload.number)
    ) {
      return null;
    }
    return payload as Payload;
  } catch {
    return null;
  }
}

/**
 * True once for a correct, unexpired solution of a challenge this server signed; false for
 * anything else, including the second use of the same solution (replay).
 */
export async function verifyPow(solution: string, client: Db | Tx = db): Promise<boolean> {
  if (solution.length > 2_000) return false;
  const payload = decode(solution);
  if (!payload) return false;
  const expiresSeconds = Number(extractParams(payload).expires);
  // Our challenges always carry an expiry; one without was not made here.
  if (!Number.isSafeInteger(expiresSeconds)) return false;
  if (!(await verifySolution(payload, hmacKey(), true))) return false;
  // Kept until the hour after expiry: an exact expiry would date the sender's visit (0002).
  const keepUntil = new Date(Math.ceil((expiresSeconds * 1000) / HOUR_MS) * HOUR_MS);
  const inserted = await client.$executeRaw`
    INSERT INTO "SpentChallenge" ("signature", "expiresAt") VALUES (${payload.signature}, ${keepUntil})
    ON CONFLICT ("signature") DO NOTHING`;
  if (Math.random() < 0.02) await purgeSpentChallenges(client);
  return inserted === 1;
}

/** Spent challenges past their expiry can no longer be replayed anyway. */
export async function purgeSpentChallenges(client: Db | Tx = db, now: Date = new Date()): Promise<number> {
  return client.$executeRaw`DELETE FROM "SpentChallenge" WHERE "expiresAt" < ${now}`;
}
