/**
 * Staff administration by a system administrator: add an account, change role and
 * provinces, deactivate or reactivate, revoke every session, reset the second factor.
 * Each change is audited in its own transaction; anything that should end a person's
 * access also moves `sessionVersion` and revokes every server-side session row, both of
 * which the guard checks on every request.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { AuditAction } from '@/lib/audit/actions';
import { revokeAllStaffSessions } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';
import { PROVINCE_CODES } from '@/lib/geo/provinces';
import { defineUseCase } from '@/lib/use-case';
import { createStaffUser, newStaffUserSchema } from './create-staff-user';
import { STAFF_ROLES } from './roles';

/** An officer sees the tips of their provinces only: with none, their inbox is empty for no reason they are told. */
function officerHasProvinces(value: { role: string; provinceCodes: readonly string[] }, context: z.RefinementCtx) {
  if (value.role === 'OFFICER' && value.provinceCodes.length === 0) {
    context.addIssue({ code: 'custom', path: ['provinceCodes'], message: 'staffAdmin.errors.officerNeedsProvince' });
  }
}

export const addStaffMember = defineUseCase({
  name: 'addStaffMember',
  permission: 'staff.manage',
  // New accounts enrol their own authenticator app at first sign-in: no secret comes with them.
  input: newStaffUserSchema.omit({ totpSecret: true }).superRefine(officerHasProvinces),
  run: async (actor, input): Promise<{ id: string }> => {
    const taken = await db.staffUser.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw new AppError('CONFLICT', 'staffAdmin.errors.emailTaken');
    return db.$transaction((tx) => createStaffUser(tx, input, actor));
  },
});

const staffChanges = z.discriminatedUnion('change', [
  z.object({ change: z.literal('role'), role: z.enum(STAFF_ROLES), provinceCodes: z.array(z.enum(PROVINCE_CODES)).default([]) }).superRefine(officerHasProvinces),
  z.object({ change: z.literal('deactivate') }),
  z.object({ change: z.literal('reactivate') }),
  z.object({ change: z.literal('revokeSessions') }),
  z.object({ change: z.literal('resetTotp') }),
]);

/**
 * What the staff page's form sends, as text: the union, not a cast in the action, refuses a
 * change, role or province it does not know. Fields a change does not use are dropped.
 */
export const staffChangeSchema = z
  .object({ change: z.string(), role: z.string().optional(), provinceCodes: z.array(z.string()).optional() })
  .pipe(staffChanges);

export type StaffChange = z.input<typeof staffChangeSchema>;

/** The account changed and the change, as a form sends them: text, which the union checks. */
export interface StaffChangeForm {
  staffId: string;
  change: string;
  role?: string;
  provinceCodes?: string[];
}
const staffChangeInput = z.object({ staffId: anyId }).and(staffChangeSchema) satisfies z.ZodType<unknown, StaffChangeForm>;

export const changeStaffMember = defineUseCase({
  name: 'changeStaffMember',
  permission: 'staff.manage',
  input: staffChangeInput,
  run: async (actor, { staffId, ...change }): Promise<void> => {
    if (staffId === actor.id && change.change !== 'revokeSessions') throw new AppError('FORBIDDEN', 'staffAdmin.errors.notYourself');
    await db.$transaction(async (tx) => {
      const target = await tx.staffUser.findUnique({ where: { id: idOrNotFound(staffId) }, select: { id: true, role: true, provinceCodes: true, active: true } });
      if (!target) throw new AppError('NOT_FOUND');
      const endSessions = { sessionVersion: { increment: 1 } };
      let action: AuditAction;
      let detail: Record<string, unknown> = {};
      switch (change.change) {
        case 'role':
          await tx.staffUser.update({ where: { id: staffId }, data: { role: change.role, provinceCodes: change.provinceCodes, ...endSessions } });
          action = 'staff.updated';
          detail = { from: { role: target.role, provinceCodes: target.provinceCodes }, to: { role: change.role, provinceCodes: change.provinceCodes } };
          break;
        case 'deactivate':
          await tx.staffUser.update({ where: { id: staffId }, data: { active: false, ...endSessions } });
          action = 'staff.deactivated';
          break;
        case 'reactivate':
          await tx.staffUser.update({ where: { id: staffId }, data: { active: true, failedSignIns: 0, lockedUntil: null, failedCodes: 0, codeLockedUntil: null } });
          action = 'staff.updated';
          detail = { reactivated: true };
          break;
        case 'revokeSessions':
          await tx.staffUser.update({ where: { id: staffId }, data: endSessions });
          action = 'auth.sessions_revoked';
          break;
        case 'resetTotp':
          await tx.staffUser.update({
            where: { id: staffId },
            data: { totpSecretEnc: null, totpPendingSecretEnc: null, totpEnrolledAt: null, totpLastStep: null, ...endSessions },
          });
          action = 'staff.totp_reset';
          break;
      }
      if (change.change !== 'reactivate') await revokeAllStaffSessions(tx, staffId);
      await recordAuditEvent(tx, { actor, action, target: { type: 'staff', id: staffId }, detail });
    });
  },
});

export const listStaff = defineUseCase({
  name: 'listStaff',
  permission: 'staff.manage',
  run: async () => {
    return db.staffUser.findMany({
      orderBy: [{ active: 'desc' }, { role: 'asc' }, { name: 'asc' }],
      select: { id: true, email: true, name: true, role: true, provinceCodes: true, active: true, totpEnrolledAt: true, lockedUntil: true, createdAt: true },
    });
  },
});
