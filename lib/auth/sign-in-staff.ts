/**
 * Staff sign-in: email + password (argon2id) + TOTP code. Every outcome is audited; a wrong
 * email costs the same time as a wrong password, and every failure answers the same, so
 * nothing tells which part was wrong. One exception, once the password is right: a valid code
 * already spent (the one just used to set up the app) is told to wait for the next code, which
 * tells nothing to someone without the password (decision 0897).
 *
 * Two locks (docs/decisions/0700-staff-lock-the-owner-passes.md):
 * - wrong passwords lock the account for guesses (growing delay, failures keep counting),
 *   but the right password WITH a valid code still passes: knowing an email is not enough
 *   to keep an officer out;
 * - wrong codes sent with the right password earn a hard lock that refuses everyone: only
 *   someone who has the password can earn it, and it stops them guessing the code.
 */
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { openText } from '@/lib/security/crypto';
import { decoyHash, verifySecret } from '@/lib/security/password';
import { TOTP_PURPOSE } from '@/lib/staff/create-staff-user';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { startStaffSession } from './staff-sessions';
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
  /** The server-side session row (lib/auth/staff-sessions.ts) the cookie will name. */
  sessionId: string;
}

export type SignInFailure = 'unknown_email' | 'inactive' | 'locked' | 'code_locked' | 'not_enrolled' | 'password' | 'code' | 'code_reused';

const inForce = (until: Date | null, now: Date) => until !== null && until > now;

export async function signInStaff(input: z.input<typeof signInSchema>, now = new Date()): Promise<SignedInStaff> {
  const { email, password, code } = signInSchema.parse(input);
  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, role: true, active: true, passwordHash: true, totpSecretEnc: true, totpLastStep: true, lockedUntil: true, codeLockedUntil: true, sessionVersion: true },
  });
  const passwordOk = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);

  const fail = async (reason: SignInFailure): Promise<never> => {
    await db.$transaction(async (tx) => {
      let failures: number | undefined;
      if (user && (reason === 'password' || reason === 'locked')) {
        // Wrong passwords keep counting while locked: the lock grows and stays visible.
        const updated = await tx.staffUser.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
        failures = updated.failedSignIns;
        const lockMs = lockDuration(failures);
        if (lockMs) await tx.staffUser.update({ where: { id: user.id }, data: { lockedUntil: new Date(now.getTime() + lockMs) } });
      } else if (user && reason === 'code') {
        const updated = await tx.staffUser.update({ where: { id: user.id }, data: { failedCodes: { increment: 1 } }, select: { failedCodes: true } });
        failures = updated.failedCodes;
        const lockMs = lockDuration(failures);
        if (lockMs) await tx.staffUser.update({ where: { id: user.id }, data: { codeLockedUntil: new Date(now.getTime() + lockMs) } });
      }
      await recordAuditEvent(tx, {
        actor: user ? { id: user.id, role: user.role } : null,
        action: 'auth.sign_in_failed',
        target: { type: 'staff', id: user?.id ?? email },
        detail: { reason, ...(failures ? { failures } : {}) },
      });
    });
    throw new AppError('UNAUTHENTICATED', reason === 'code_reused' ? 'auth.errors.codeUsed' : 'auth.errors.failed');
  };

  if (!user) return fail('unknown_email');
  if (!user.active) return fail('inactive');
  if (inForce(user.codeLockedUntil, now)) return fail('code_locked');
  if (!passwordOk) return fail(inForce(user.lockedUntil, now) ? 'locked' : 'password');
  // Enrolment has no second factor to tell the owner from a guesser: see enrol-totp.ts.
  if (!user.totpSecretEnc) return fail('not_enrolled');
  const step = await verifyTotp(openText(user.totpSecretEnc, TOTP_PURPOSE), code, null, Math.floor(now.getTime() / 1000));
  if (step === null) return fail('code');
  // Not a guess (the code is right): no lock counts it, but the code cannot be spent twice.
  if (user.totpLastStep !== null && step <= user.totpLastStep) return fail('code_reused');

  return db.$transaction(async (tx) => {
    // Conditional on the last step so two concurrent sign-ins cannot both spend one code, and
    // on no code lock being in force now: the read above is from before the password check,
    // and a burst of code guesses sent at once would all have read "unlocked". The password
    // lock is no condition: the right password with a valid code passes it.
    const spent = await tx.staffUser.updateMany({
      where: {
        id: user.id,
        AND: [{ OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] }, { OR: [{ codeLockedUntil: null }, { codeLockedUntil: { lte: now } }] }],
      },
      data: { failedSignIns: 0, lockedUntil: null, failedCodes: 0, codeLockedUntil: null, totpLastStep: step },
    });
    if (spent.count !== 1) throw new AppError('UNAUTHENTICATED', 'auth.errors.failed');
    const sessionId = await startStaffSession(tx, user.id, now);
    await recordAuditEvent(tx, { actor: { id: user.id, role: user.role }, action: 'auth.sign_in', target: { type: 'staff', id: user.id } });
    return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId };
  });
}
