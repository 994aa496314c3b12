import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import { lockDuration, signInStaff } from '@/lib/auth/sign-in-staff';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';

const codeFor = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

describe('staff sign-in', () => {
  it('signs in with password and code, and never accepts the same code twice', async () => {
    const officer = await makeStaff('OFFICER');
    const now = new Date();
    const code = await codeFor(officer.totpSecret, now);
    await expect(signInStaff({ email: officer.email.toUpperCase(), password: officer.password, code }, now)).resolves.toMatchObject({ id: officer.id, role: 'OFFICER' });
    await expect(signInStaff({ email: officer.email, password: officer.password, code }, now)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('locks the account after five failures, even for the right password and code, and audits each', async () => {
    const officer = await makeStaff('OFFICER');
    const now = new Date();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(signInStaff({ email: officer.email, password: 'wrong-password', code: '123456' }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    }
    const locked = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedSignIns: true, lockedUntil: true } });
    expect(locked.failedSignIns).toBe(5);
    expect(locked.lockedUntil!.getTime() - now.getTime()).toBe(15 * 60_000);

    await expect(signInStaff({ email: officer.email, password: officer.password, code: await codeFor(officer.totpSecret, now) }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    const later = new Date(now.getTime() + 16 * 60_000);
    await expect(signInStaff({ email: officer.email, password: officer.password, code: await codeFor(officer.totpSecret, later) }, later)).resolves.toMatchObject({ id: officer.id });

    const reasons = (await db.auditEvent.findMany({ where: { targetId: officer.id, action: 'auth.sign_in_failed' }, orderBy: { id: 'asc' } })).map((event) => (event.detail as { reason: string }).reason);
    expect(reasons).toEqual(['password', 'password', 'password', 'password', 'password', 'locked']);
  });

  it('refuses the right code sent in the same burst as the guesses that locked the account', async () => {
    const officer = await makeStaff('OFFICER');
    const now = new Date();
    const right = await codeFor(officer.totpSecret, now);
    const wrong = right === '000000' ? '111111' : '000000';
    // Every request reads "not locked" before its password check; the lock comes from the guesses' failures.
    const results = await Promise.allSettled([
      ...Array.from({ length: 29 }, () => signInStaff({ email: officer.email, password: officer.password, code: wrong }, now)),
      signInStaff({ email: officer.email, password: officer.password, code: right }, now),
    ]);
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(await db.auditEvent.count({ where: { targetId: officer.id, action: 'auth.sign_in' } })).toBe(0);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { lockedUntil: true } })).lockedUntil!.getTime()).toBeGreaterThan(now.getTime());
  });

  it('doubles the lock for each failure past five, up to a day', () => {
    expect(lockDuration(4)).toBeNull();
    expect(lockDuration(5)).toBe(15 * 60_000);
    expect(lockDuration(6)).toBe(30 * 60_000);
    expect(lockDuration(30)).toBe(24 * 60 * 60_000);
  });

  it('refuses deactivated and not-yet-enrolled accounts, and unknown emails, with the same error', async () => {
    const inactive = await makeStaff('SUPERVISOR');
    await db.staffUser.update({ where: { id: inactive.id }, data: { active: false } });
    const unenrolled = await makeStaff('OFFICER', { enrolled: false });
    const now = new Date();
    for (const attempt of [
      { email: inactive.email, password: inactive.password, code: await codeFor(inactive.totpSecret, now) },
      { email: unenrolled.email, password: unenrolled.password, code: '123456' },
      { email: 'nobody@test.local', password: 'whatever-password', code: '123456' },
    ]) {
      await expect(signInStaff(attempt, now)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.errors.failed' });
    }
  });
});
