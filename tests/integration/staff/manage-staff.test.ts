import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { db } from '@/lib/db/client';
import { addStaffMember, changeStaffMember } from '@/lib/staff/manage-staff';
import { makeStaff } from '../../helpers/factories';
import { withMigratedScratch } from '../../helpers/scratch-database';
import type { ZodError } from 'zod';
import { fieldErrorKeys } from '@/lib/http/field-errors';

const run = promisify(execFile);

describe('staff administration', () => {
  it('only a system administrator may add or change accounts; others are refused and nothing changes', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const officer = await makeStaff('OFFICER');
    const input = { name: 'New Officer', email: `new-${officer.id}@test.local`, role: 'OFFICER' as const, password: 'a-long-enough-password' };
    await expect(addStaffMember(supervisor.actor, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(changeStaffMember(officer.actor, { staffId: supervisor.id, change: 'deactivate' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await db.staffUser.count({ where: { email: input.email } })).toBe(0);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: supervisor.id } })).active).toBe(true);
  });

  it('adds an account that must enrol its second factor, and refuses a duplicate email', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    const email = `Fresh-${admin.id}@Test.local`;
    const { id } = await addStaffMember(admin.actor, { name: 'Fresh Officer', email, role: 'OFFICER', password: 'a-long-enough-password', provinceCodes: ['KH-12'] });
    const created = await db.staffUser.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ email: email.toLowerCase(), role: 'OFFICER', provinceCodes: ['KH-12'], totpSecretEnc: null, active: true });
    await expect(addStaffMember(admin.actor, { name: 'Again', email, role: 'OFFICER', password: 'a-long-enough-password', provinceCodes: ['KH-12'] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(addStaffMember(admin.actor, { name: 'Short', email: `short-${id}@test.local`, role: 'OFFICER', password: 'short' })).rejects.toThrow();
  });

  it('refuses an officer with no province, when added and when changed, naming the provinces field; other roles need none', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    const email = `noprov-${admin.id}@test.local`;
    const refused = addStaffMember(admin.actor, { name: 'No Province', email, role: 'OFFICER', password: 'a-long-enough-password', provinceCodes: [] });
    await expect(refused).rejects.toMatchObject({ name: 'ZodError' });
    expect(fieldErrorKeys((await refused.catch((error: unknown) => error)) as ZodError)).toEqual({ provinceCodes: 'staffAdmin.errors.officerNeedsProvince' });
    expect(await db.staffUser.count({ where: { email } })).toBe(0);
    await expect(addStaffMember(admin.actor, { name: 'A Supervisor', email, role: 'SUPERVISOR', password: 'a-long-enough-password', provinceCodes: [] })).resolves.toMatchObject({ id: expect.any(String) });

    const officer = await makeStaff('OFFICER');
    const change = changeStaffMember(admin.actor, { staffId: officer.id, change: 'role', role: 'OFFICER', provinceCodes: [] });
    expect(fieldErrorKeys((await change.catch((error: unknown) => error)) as ZodError)).toEqual({ provinceCodes: 'staffAdmin.errors.officerNeedsProvince' });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } })).provinceCodes).toEqual(['KH-18']);
  });

  it('revoking, deactivating, resetting the second factor and changing role end every session; each is audited', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    const officer = await makeStaff('OFFICER');
    const version = async () => (await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } })).sessionVersion;
    expect(await version()).toBe(0);
    await changeStaffMember(admin.actor, { staffId: officer.id, change: 'revokeSessions' });
    expect(await version()).toBe(1);
    await changeStaffMember(admin.actor, { staffId: officer.id, change: 'role', role: 'SUPERVISOR', provinceCodes: [] });
    expect(await version()).toBe(2);
    await changeStaffMember(admin.actor, { staffId: officer.id, change: 'resetTotp' });
    expect(await version()).toBe(3);
    await changeStaffMember(admin.actor, { staffId: officer.id, change: 'deactivate' });
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after).toMatchObject({ sessionVersion: 4, active: false, role: 'SUPERVISOR', totpSecretEnc: null });
    await expect(changeStaffMember(admin.actor, { staffId: admin.id, change: 'deactivate' })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const { events } = await listAuditEvents(admin.actor, { targetId: officer.id });
    expect(events.map((event) => event.action)).toEqual(['staff.deactivated', 'staff.totp_reset', 'staff.updated', 'auth.sessions_revoked', 'staff.created']);
    expect(events.every((event) => event.actorId === admin.id || event.action === 'staff.created')).toBe(true);
  });

  it('takes the form as text: an unknown change, role or province is refused by the schema and nothing changes', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    const officer = await makeStaff('OFFICER');
    const before = await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } });
    for (const change of [
      { change: 'promote' },
      { change: 'role', role: 'ROOT', provinceCodes: [] },
      { change: 'role', role: '', provinceCodes: [] },
      { change: 'role', role: 'SUPERVISOR', provinceCodes: ['KH-99'] },
    ]) {
      await expect(changeStaffMember(admin.actor, { staffId: officer.id, ...change })).rejects.toMatchObject({ name: 'ZodError' });
    }
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } })).toEqual(before);
    // The role form also sends an empty role with other changes; it is ignored there.
    await changeStaffMember(admin.actor, { staffId: officer.id, change: 'revokeSessions', role: '', provinceCodes: [] });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: officer.id } })).sessionVersion).toBe(before.sessionVersion + 1);
  });

  it('the audit log is for supervisors and administrators only, and browsing it is audited', async () => {
    const officer = await makeStaff('OFFICER');
    const supervisor = await makeStaff('SUPERVISOR');
    await expect(listAuditEvents(officer.actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await listAuditEvents(supervisor.actor, { action: 'auth.sign_in' });
    const viewed = await db.auditEvent.findFirst({ where: { actorId: supervisor.id, action: 'audit.viewed' } });
    expect(viewed?.detail).toEqual({ action: 'auth.sign_in' });
  });
});

describe('npm run audit:verify', () => {
  it('exits 0 on an intact log and 1 when a row was altered behind the triggers', async () => {
    await withMigratedScratch(async (scratch, url) => {
      for (const targetId of ['a', 'b', 'c']) {
        await scratch.$transaction((tx) => recordAuditEvent(tx, { actor: null, action: 'tip.viewed', target: { type: 'tip', id: targetId } }));
      }
      const env = { ...process.env, DATABASE_URL: url };
      const intact = await run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { env });
      expect(intact.stdout).toContain('Audit log intact: 3 events');

      await scratch.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
      await scratch.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "targetId" = 'b'`);
      await scratch.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
      const broken = await run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], { env }).catch((error) => error);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('broken link');
    });
  });

  it('fails with --expect when the newest events were cut off behind the triggers, though the chain alone still holds', async () => {
    await withMigratedScratch(async (scratch, url) => {
      for (const targetId of ['a', 'b', 'c']) {
        await scratch.$transaction((tx) => recordAuditEvent(tx, { actor: null, action: 'tip.viewed', target: { type: 'tip', id: targetId } }));
      }
      const env = { ...process.env, DATABASE_URL: url };
      const verify = (args: string[] = []) => run(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts', ...args], { env });
      const newest = await scratch.auditEvent.findFirstOrThrow({ orderBy: { id: 'desc' }, select: { id: true, hash: true } });
      const recorded = await verify(['--expect', newest.hash]);
      expect(recorded.stdout).toContain('Audit log intact: 3 events');
      expect(recorded.stdout).toContain(`Head: event ${newest.id}, hash ${newest.hash}`);

      await scratch.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
      await scratch.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${newest.id}`;
      await scratch.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
      const chainOnly = await verify();
      expect(chainOnly.stdout).toContain('Audit log intact: 2 events');
      const anchored = await verify(['--expect', newest.hash]).catch((error) => error);
      expect(anchored.code).toBe(1);
      expect(anchored.stderr).toContain('no longer in the chain');
      expect(anchored.stderr).toContain(newest.hash);
    });
  }, 240_000); // three runs of the script and a migrated scratch database on a shared 2-core machine
});
