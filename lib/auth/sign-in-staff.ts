/**
 * Staff sign-in: email + password (argon2id) + TOTP code. Every outcome is audited; repeated
 * failures lock the account with a growing delay; a wrong email costs the same time as a
 * wrong password, and every failure answers the same, so nothing tells which part was wrong.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { openText } from '@/lib/security/crypto';
import { decoyHash, verifySecret } from '@/lib/security/password';
import { TOTP_PURPOSE } from '@/lib/staff/create-staff-user';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { verifyTotp } from './totp';

export const signInSchema = z.object({
  email: z.email('auth.errors.email').transform((email) => email.trim().toLowerCase()),
  password: z.string().min(1, 'auth.errors.password').max(200),
  code: z.string().trim().regex(/^\d{6}$/, 'auth.errors.code'),
});

export const LOCK_AFTER_FAILURES = 5;
const BASE_LOCK_MS = 15 * 60_000;
const MAX_LOCK_MS = 24 * 60 * 60_000;

/** 15 minutes at the fifth failure, doubling with each further one, at most a day. */
export function lockDuration(failures: number): number | null {
  if (failures < LOCK_AFTER_FAILURES) return null;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - LOCK_AFTER_FAILURES), MAX_LOCK_MS);
}

export interface SignedInStaff {
  id: string;
  role: StaffRoleCode;
  sessionVersion: number;
}

export type SignInFailure = 'unknown_email' | 'inactive' | 'locked' | 'not_enrolled' | 'password' | 'code';

export async function signInStaff(input: z.input<typeof signInSchema>, now = new Date()): Promise<SignedInStaff> {
  const { email, password, code } = signInSchema.parse(input);
  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, role: true, active: true, passwordHash: true, totpSecretEnc: true, totpLastStep: true, failedSignIns: true, lockedUntil: true, sessionVersion: true },
  });
  const passwordOk = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);

  const fail = async (reason: SignInFailure): Promise<never> => {
    await db.$transaction(async (tx) => {
      let failures: number | undefined;
      if (user && reason !== 'locked' && reason !== 'inactive') {
        const updated = await tx.staffUser.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
        failures = updated.failedSignIns;
        const lockMs = lockDuration(failures);
        if (lockMs) await tx.staffUser.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
      }
      await recordAuditEvent(tx, {
        actor: user ? { id: user.id, role: user.role } : null,
        action: 'auth.sign_in_failed',
        target: { type: 'staff', id: user?.id ?? email },
        detail: { reason, ...(failures ? { failures } : {}) },
      });
    });
    throw new AppError('UNAUTHENTICATED', 'auth.errors.failed');
  };

  if (!user) return fail('unknown_email');
  if (!user.active) return fail('inactive');
  if (user.lockedUntil && user.lockedUntil > now) return fail('locked');
  if (!passwordOk) return fail('password');
  if (!user.totpSecretEnc) return fail('not_enrolled');
  const step = await verifyTotp(openText(user.totpSecretEnc, TOTP_PURPOSE), code, user.totpLastStep, Math.floor(now.getTime() / 1000));
  if (step === null) return fail('code');

  await db.$transaction(async (tx) => {
    // Conditional on the last step so two concurrent sign-ins cannot both spend one code, and
    // on no lock being in force now: the lock read above is from before the password check,
    // and a burst of guesses sent at once would all have read "unlocked".
    const spent = await tx.staffUser.updateMany({
      where: {
        id: user.id,
        AND: [{ OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] }],
      },
      data: { failedSignIns: 0, lockedUntil: null, totpLastStep: step },
    });
    if (spent.count !== 1) throw new AppError('UNAUTHENTICATED', 'auth.errors.failed');
    await recordAuditEvent(tx, { actor: { id: user.id, role: user.role }, action: 'auth.sign_in', target: { type: 'staff', id: user.id } });
  });
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
}
