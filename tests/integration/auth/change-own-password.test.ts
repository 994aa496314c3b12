import { describe, expect, it } from 'vitest';
import { changeOwnPassword } from '@/lib/auth/change-own-password';
import { actorForClaims } from '@/lib/auth/session';
import { liveSessionStaffId, startStaffSession } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db/client';
import { verifySecret } from '@/lib/security/password';
import { addStaffMember } from '@/lib/staff/manage-staff';
import { makeStaff } from '../../helpers/factories';

/** An officer created by an administrator, with two open sessions (a desk and a phone). */
async function newOfficerWithTwoSessions() {
  const admin = await makeStaff('SYSTEM_ADMIN');
  const password = 'temporary-password-1';
  const { id } = await addStaffMember(admin.actor, { name: 'New Officer', email: `new-${crypto.randomUUID()}@test.local`, role: 'OFFICER', password, provinceCodes: ['KH-18'] });
  const desk = await startStaffSession(db, id);
  const phone = await startStaffSession(db, id);
  const actor = (await actorForClaims({ id, sessionVersion: 0, sessionId: desk }))!;
  return { id, password, desk, phone, actor };
}

const auditOf = (id: string) => db.auditEvent.findMany({ where: { action: 'auth.password_changed', targetId: id } });

describe('a staff member changes their own password (decision 0900)', () => {
  it('an account an administrator creates must change its password; the guard says so', async () => {
    const { actor } = await newOfficerWithTwoSessions();
    expect(actor.mustChangePassword).toBe(true);
    const seeded = await makeStaff('OFFICER');
    const row = await db.staffUser.findUniqueOrThrow({ where: { id: seeded.id }, select: { mustChangePassword: true } });
    expect(row.mustChangePassword).toBe(false);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const officer = await newOfficerWithTwoSessions();
    const before = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    await expect(
      changeOwnPassword(officer.actor, { currentPassword: 'not-the-password', newPassword: 'my-own-password-2', confirmPassword: 'my-own-password-2' }),
    ).rejects.toMatchObject({ messageKey: 'console.passwordWrong' });
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.mustChangePassword).toBe(true);
    expect(await liveSessionStaffId(officer.phone)).toBe(officer.id);
    expect(await auditOf(officer.id)).toHaveLength(0);
  });

  it('refuses a new password that is short, the same as the current one, or not typed the same twice', async () => {
    const officer = await newOfficerWithTwoSessions();
    const attempt = (newPassword: string, confirmPassword = newPassword) => changeOwnPassword(officer.actor, { currentPassword: officer.password, newPassword, confirmPassword });
    await expect(attempt('short')).rejects.toThrow('staffAdmin.errors.passwordShort');
    await expect(attempt(officer.password)).rejects.toThrow('console.passwordSame');
    await expect(attempt('my-own-password-2', 'my-own-password-3')).rejects.toThrow('console.passwordMismatch');
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.mustChangePassword).toBe(true);
    expect(await verifySecret(after.passwordHash, officer.password)).toBe(true);
  });

  it('stores the new password, clears the flag, ends every other session and audits it', async () => {
    const officer = await newOfficerWithTwoSessions();
    const result = await changeOwnPassword(officer.actor, { currentPassword: officer.password, newPassword: 'my-own-password-2', confirmPassword: 'my-own-password-2' });
    expect(result).toEqual({ sessionsEnded: 1 });
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifySecret(after.passwordHash, 'my-own-password-2')).toBe(true);
    expect(await verifySecret(after.passwordHash, officer.password)).toBe(false);
    expect(await liveSessionStaffId(officer.desk)).toBe(officer.id);
    expect(await liveSessionStaffId(officer.phone)).toBeNull();
    expect((await actorForClaims({ id: officer.id, sessionVersion: 0, sessionId: officer.desk }))?.mustChangePassword).toBeUndefined();
    const audit = await auditOf(officer.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: officer.id, detail: { sessionsEnded: 1 } });
  });
});
