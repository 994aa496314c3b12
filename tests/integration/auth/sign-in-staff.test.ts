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

  it('a spent code with the right password says to wait for the next code, counts toward no lock; with a wrong password it says nothing more', async () => {
    const officer = await makeStaff('OFFICER');
    const now = new Date();
    const code = await codeFor(officer.totpSecret, now);
    await signInStaff({ email: officer.email, password: officer.password, code }, now);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await expect(signInStaff({ email: officer.email, password: officer.password, code }, now)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', messageKey: 'auth.errors.codeUsed' });
    }
    await expect(signInStaff({ email: officer.email, password: 'wrong-password', code }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedCodes: true, codeLockedUntil: true } })).toEqual({ failedCodes: 0, codeLockedUntil: null });
    // The next code passes.
    const later = new Date(now.getTime() + 30_000);
    await expect(signInStaff({ email: officer.email, password: officer.password, code: await codeFor(officer.totpSecret, later) }, later)).resolves.toMatchObject({ id: officer.id });
  });

  it('five wrong passwords lock the account for guesses, yet the right password with a valid code still passes', async () => {
    const officer = await makeStaff('OFFICER');
    const now = new Date();
    const right = await codeFor(officer.totpSecret, now);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(signInStaff({ email: officer.email, password: 'wrong-password', code: '123456' }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    }
    const locked = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedSignIns: true, lockedUntil: true } });
    expect(locked.failedSignIns).toBe(5);
    expect(locked.lockedUntil!.getTime() - now.getTime()).toBe(15 * 60_000);

    // Guesses go on failing and counting; the lock grows.
    await expect(signInStaff({ email: officer.email, password: 'wrong-password', code: right }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    const grown = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedSignIns: true, lockedUntil: true } });
    expect(grown.failedSignIns).toBe(6);
    expect(grown.lockedUntil!.getTime() - now.getTime()).toBe(30 * 60_000);
    // The right password alone is not enough while locked (nor ever).
    await expect(signInStaff({ email: officer.email, password: officer.password, code: wrongCode }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    // The owner, with both factors, is not kept out, and the counts start again.
    await expect(signInStaff({ email: officer.email, password: officer.password, code: right }, now)).resolves.toMatchObject({ id: officer.id });
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedSignIns: true, lockedUntil: true, failedCodes: true } })).toEqual({
      failedSignIns: 0,
      lockedUntil: null,
      failedCodes: 0,
    });

    const reasons = (await db.auditEvent.findMany({ where: { targetId: officer.id, action: 'auth.sign_in_failed' }, orderBy: { id: 'asc' } })).map((event) => (event.detail as { reason: string }).reason);
    expect(reasons).toEqual(['password', 'password', 'password', 'password', 'password', 'locked', 'code']);
  });

  it('five wrong codes with the right password lock everyone out, the right code included, until the lock ends', async () => {
    const officer = await makeStaff('OFFICER');
    const now = new Date();
    const right = await codeFor(officer.totpSecret, now);
    const wrongCode = right === '000000' ? '111111' : '000000';
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(signInStaff({ email: officer.email, password: officer.password, code: wrongCode }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    }
    const locked = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { failedCodes: true, codeLockedUntil: true, failedSignIns: true } });
    expect(locked).toMatchObject({ failedCodes: 5, failedSignIns: 0 });
    expect(locked.codeLockedUntil!.getTime() - now.getTime()).toBe(15 * 60_000);
    await expect(signInStaff({ email: officer.email, password: officer.password, code: right }, now)).rejects.toMatchObject({ messageKey: 'auth.errors.failed' });
    const later = new Date(now.getTime() + 16 * 60_000);
    await expect(signInStaff({ email: officer.email, password: officer.password, code: await codeFor(officer.totpSecret, later) }, later)).resolves.toMatchObject({ id: officer.id });
    const reasons = (await db.auditEvent.findMany({ where: { targetId: officer.id, action: 'auth.sign_in_failed' }, orderBy: { id: 'asc' } })).map((event) => (event.detail as { reason: string }).reason);
    expect(reasons).toEqual(['code', 'code', 'code', 'code', 'code', 'code_locked']);
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
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: officer.id }, select: { codeLockedUntil: true } })).codeLockedUntil!.getTime()).toBeGreaterThan(now.getTime());
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
