import { decode } from 'next-auth/jwt';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { actorForClaims } from '@/lib/auth/session';
import { revokeStaffSession, SESSION_MAX_AGE_S, startStaffSession } from '@/lib/auth/staff-sessions';
import { signInStaff } from '@/lib/auth/sign-in-staff';
import { db } from '@/lib/db/client';
import { changeStaffMember } from '@/lib/staff/manage-staff';
import { makeStaff } from '../../helpers/factories';

/** What the guard does with a cookie a browser (or a thief) sends: decode, then check. */
async function replay(cookieValue: string, now?: Date) {
  const token = await decode({ token: cookieValue, secret: process.env.AUTH_SECRET! });
  return actorForClaims({ id: token?.sub, sessionVersion: token?.sv as number, sessionId: token?.sid as string }, now);
}

async function signedInCookie(staff: Awaited<ReturnType<typeof makeStaff>>) {
  const now = new Date();
  const signedIn = await signInStaff({ email: staff.email, password: staff.password, code: await generate({ secret: staff.totpSecret, epoch: Math.floor(now.getTime() / 1000) }) }, now);
  return { signedIn, cookie: await mintSessionCookie(signedIn) };
}

describe('server-side staff sessions', () => {
  it('a cookie copied before sign-out opens nothing after it', async () => {
    const officer = await makeStaff('OFFICER');
    const { signedIn, cookie } = await signedInCookie(officer);
    const copy = cookie.value;
    expect(await replay(copy)).toMatchObject({ id: officer.id, role: 'OFFICER' });
    // Sign-out (app/console/actions.ts and next-auth's own endpoint) revokes the row the cookie names.
    await revokeStaffSession(signedIn.sessionId);
    expect(await replay(copy)).toBeNull();
    const row = await db.staffSession.findUniqueOrThrow({ where: { id: signedIn.sessionId } });
    expect(row.revokedAt).not.toBeNull();
  });

  it('signing out one session leaves the same person’s other sessions open', async () => {
    const officer = await makeStaff('OFFICER');
    const phone = await mintSessionCookie({ id: officer.id, role: officer.role, sessionVersion: 0, sessionId: await startStaffSession(db, officer.id) });
    const desk = await mintSessionCookie({ id: officer.id, role: officer.role, sessionVersion: 0, sessionId: await startStaffSession(db, officer.id) });
    const deskToken = await decode({ token: desk.value, secret: process.env.AUTH_SECRET! });
    await revokeStaffSession(deskToken!.sid as string);
    expect(await replay(desk.value)).toBeNull();
    expect(await replay(phone.value)).toMatchObject({ id: officer.id });
  });

  it('refuses a session past its end, one naming another account, and a cookie with no session id', async () => {
    const officer = await makeStaff('OFFICER');
    const other = await makeStaff('SUPERVISOR');
    const sessionId = await startStaffSession(db, officer.id);
    const later = new Date(Date.now() + SESSION_MAX_AGE_S * 1000 + 1000);
    expect(await actorForClaims({ id: officer.id, sessionVersion: 0, sessionId })).toMatchObject({ id: officer.id });
    expect(await actorForClaims({ id: officer.id, sessionVersion: 0, sessionId }, later)).toBeNull();
    expect(await actorForClaims({ id: other.id, sessionVersion: 0, sessionId })).toBeNull();
    expect(await actorForClaims({ id: officer.id, sessionVersion: 0 })).toBeNull();
  });

  it('deactivation, "revoke all" and a second-factor reset revoke every session row', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    for (const change of ['deactivate', 'revokeSessions', 'resetTotp'] as const) {
      const officer = await makeStaff('OFFICER');
      const ids = [await startStaffSession(db, officer.id), await startStaffSession(db, officer.id)];
      await changeStaffMember(admin.actor, { staffId: officer.id, change });
      const rows = await db.staffSession.findMany({ where: { id: { in: ids } } });
      expect(rows.map((row) => row.revokedAt !== null), change).toEqual([true, true]);
    }
  });
});
