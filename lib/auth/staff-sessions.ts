/**
 * Server-side console sessions (docs/decisions/0701-server-side-staff-sessions.md). The
 * next-auth JWT only carries a random session id; the row decides. Sign-out, deactivation,
 * "revoke all sessions" and a second-factor reset revoke rows, so a cookie copied before
 * any of them opens nothing afterwards, on every instance and across restarts.
 */
import { randomBytes } from 'node:crypto';
import { db, type Db, type Tx } from '@/lib/db/client';

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

type Client = Db | Tx;

/** A new session for a staff member who just proved password and code; returns its id. */
export async function startStaffSession(client: Client, staffId: string, now: Date = new Date()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await client.staffSession.create({ data: { id, staffId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) } });
  // Rows that can no longer open anything are not kept: a day's grace keeps recent ones for inspection.
  await client.staffSession.deleteMany({ where: { staffId, expiresAt: { lt: new Date(now.getTime() - 86_400_000) } } });
  return id;
}

/** The staff member a session id stands for, while the session is live; otherwise null. */
export async function liveSessionStaffId(sessionId: string, now: Date = new Date()): Promise<string | null> {
  const row = await db.staffSession.findUnique({ where: { id: sessionId }, select: { staffId: true, expiresAt: true, revokedAt: true } });
  if (!row || row.revokedAt || row.expiresAt <= now) return null;
  return row.staffId;
}

export async function revokeStaffSession(sessionId: string, client: Client = db, now: Date = new Date()): Promise<void> {
  await client.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Every open session of one staff member (deactivation, "revoke all", second-factor or password
 * reset), or every one but `exceptSessionId` (the owner changing their own password).
 */
export async function revokeAllStaffSessions(client: Client, staffId: string, now: Date = new Date(), exceptSessionId?: string): Promise<number> {
  const except = exceptSessionId ? { id: { not: exceptSessionId } } : {};
  const { count } = await client.staffSession.updateMany({ where: { staffId, revokedAt: null, ...except }, data: { revokedAt: now } });
  return count;
}
