import { describe, expect, it } from 'vitest';
import { startTotpEnrolment } from '@/lib/auth/enrol-totp';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';

describe('second-factor enrolment', () => {
  it('counts wrong passwords towards the account lock and audits them, like sign-in', async () => {
    const officer = await makeStaff('OFFICER', { enrolled: false });
    const now = Date.now();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(startTotpEnrolment({ email: officer.email, password: `wrong-${attempt}` }, now)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.errors.failed' });
    }
    const account = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedSignIns: true, lockedUntil: true } });
    expect(account.failedSignIns).toBe(5);
    expect(account.lockedUntil!.getTime() - now).toBe(15 * 60_000);
    // Locked: the right password does not start an enrolment either.
    await expect(startTotpEnrolment({ email: officer.email, password: officer.password }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    expect(await db.auditEvent.count({ where: { targetId: officer.id, action: 'auth.sign_in_failed' } })).toBe(5);
  });

  it('answers an enrolled account with the right password exactly as with a wrong one', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const right = await startTotpEnrolment({ email: supervisor.email, password: supervisor.password }).catch((error: unknown) => error);
    const wrong = await startTotpEnrolment({ email: supervisor.email, password: 'not-the-password' }).catch((error: unknown) => error);
    expect(right).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.errors.failed' });
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.errors.failed' });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: supervisor.id }, select: { totpPendingSecretEnc: true } })).toEqual({ totpPendingSecretEnc: null });
  });

  it('still starts an enrolment for a new account with its password', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN', { enrolled: false });
    const started = await startTotpEnrolment({ email: admin.email, password: admin.password });
    expect(started.secret).toMatch(/^[A-Z2-7]+$/);
    expect(started.ticket.startsWith(`${admin.id}.`)).toBe(true);
  });
});
