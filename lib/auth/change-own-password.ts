/**
 * A staff member replaces their own password (decision 0900): the current one proves it is
 * them and not someone at an unattended screen; the new one follows the account's rules
 * (lib/staff/create-staff-user.ts). Every other session of the account ends, so a session
 * opened with the old password (by whoever knew it) opens nothing afterwards; this one stays.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db, type Db } from '@/lib/db/client';
import { revokeAllStaffSessions } from './staff-sessions';
import { AppError } from '@/lib/errors';
import { hashSecret, verifySecret } from '@/lib/security/password';
import { staffPassword } from '@/lib/staff/create-staff-user';
import { defineUseCase } from '@/lib/use-case';

export const changeOwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'console.passwordCurrentMissing').max(200),
    newPassword: staffPassword,
    confirmPassword: z.string().max(200),
  })
  .superRefine((value, context) => {
    // The same normalisation as the hash (lib/security/password.ts): what verifies as the old one is the old one.
    if (value.newPassword.normalize('NFKC') === value.currentPassword.normalize('NFKC')) {
      context.addIssue({ code: 'custom', path: ['newPassword'], message: 'console.passwordSame' });
    }
    if (value.confirmPassword !== value.newPassword) {
      context.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'console.passwordMismatch' });
    }
  });

export const changeOwnPassword = defineUseCase({
  name: 'changeOwnPassword',
  permission: null,
  input: changeOwnPasswordSchema,
  run: async (actor, input, client: Db = db): Promise<{ sessionsEnded: number }> => {
    const user = await client.staffUser.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
    // argon2 runs outside the transaction: no connection is held during it (decision 0301).
    if (!user || !(await verifySecret(user.passwordHash, input.currentPassword))) {
      throw new AppError('BAD_REQUEST', 'console.passwordWrong');
    }
    const passwordHash = await hashSecret(input.newPassword);
    return client.$transaction(async (tx) => {
      // Only over the hash just verified: a change made meanwhile (another tab) is not overwritten.
      const { count } = await tx.staffUser.updateMany({
        where: { id: actor.id, passwordHash: user.passwordHash },
        data: { passwordHash, mustChangePassword: false },
      });
      if (count === 0) throw new AppError('CONFLICT', 'console.passwordWrong');
      const sessionsEnded = await revokeAllStaffSessions(tx, actor.id, new Date(), actor.sessionId);
      await recordAuditEvent(tx, { actor, action: 'auth.password_changed', target: { type: 'staff', id: actor.id }, detail: { sessionsEnded } });
      return { sessionsEnded };
    });
  },
});
