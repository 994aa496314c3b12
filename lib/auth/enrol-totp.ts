/**
 * Second-factor enrolment on first sign-in. Step one proves the password and returns a
 * fresh secret (as a QR code) with a short-lived signed ticket; step two proves the
 * authenticator app has the secret with a first code. Nothing is enrolled until then.
 */
import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { requireSetting } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { openText, safeEqual, sealText } from '@/lib/security/crypto';
import { decoyHash, verifySecret } from '@/lib/security/password';
import { TOTP_PURPOSE } from '@/lib/staff/create-staff-user';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { lockDuration } from './sign-in-staff';
import { enrolmentQr, newTotpSecret, verifyTotp } from './totp';

const TICKET_TTL_MS = 10 * 60_000;

function signTicket(userId: string, expires: number): string {
  const mac = createHmac('sha256', requireSetting('AUTH_SECRET')).update(`totp-enrolment:${userId}:${expires}`).digest('base64url');
  return `${userId}.${expires}.${mac}`;
}

function readTicket(ticket: string, now: number): string {
  const [userId, expires, mac] = ticket.split('.');
  if (!userId || !expires || !mac || Number(expires) < now || !safeEqual(signTicket(userId, Number(expires)), ticket)) {
    throw new AppError('UNAUTHENTICATED', 'auth.errors.enrolmentExpired');
  }
  return userId;
}

export const startEnrolmentSchema = z.object({
  email: z.email('auth.errors.email').transform((email) => email.trim().toLowerCase()),
  password: z.string().min(1, 'auth.errors.password').max(200),
});

/**
 * A wrong password here counts towards the account's lock and is audited exactly like one at
 * sign-in: otherwise this form would be a way to guess passwords with no limit.
 */
async function countFailedPassword(user: { id: string; role: StaffRoleCode }, now: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const { failedSignIns } = await tx.staffUser.update({ where: { id: user.id }, data: { failedSignIns: { increment: 1 } }, select: { failedSignIns: true } });
    const lockMs = lockDuration(failedSignIns);
    if (lockMs) await tx.staffUser.update({ where: { id: user.id }, data: { lockedUntil: new Date(now + lockMs) } });
    await recordAuditEvent(tx, {
      actor: { id: user.id, role: user.role },
      action: 'auth.sign_in_failed',
      target: { type: 'staff', id: user.id },
      detail: { reason: 'password', step: 'enrolment', failures: failedSignIns },
    });
  });
}

export async function startTotpEnrolment(input: z.input<typeof startEnrolmentSchema>, now = Date.now()) {
  const { email, password } = startEnrolmentSchema.parse(input);
  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, role: true, active: true, passwordHash: true, totpSecretEnc: true, lockedUntil: true } });
  const passwordOk = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
  const refused = () => new AppError('UNAUTHENTICATED', 'auth.errors.failed');
  if (!user || !user.active || (user.lockedUntil && user.lockedUntil.getTime() > now)) throw refused();
  if (!passwordOk) {
    await countFailedPassword(user, now);
    throw refused();
  }
  // The same answer as a wrong password: a distinct one would confirm an enrolled account's
  // password without its second factor.
  if (user.totpSecretEnc) throw refused();
  const secret = newTotpSecret();
  await db.staffUser.update({ where: { id: user.id }, data: { totpPendingSecretEnc: sealText(secret, TOTP_PURPOSE) } });
  return { ticket: signTicket(user.id, now + TICKET_TTL_MS), secret, ...(await enrolmentQr(email, secret)) };
}

export const completeEnrolmentSchema = z.object({
  ticket: z.string().min(10).max(300),
  code: z.string().trim().regex(/^\d{6}$/, 'auth.errors.code'),
});

export async function completeTotpEnrolment(input: z.input<typeof completeEnrolmentSchema>, now = Date.now()): Promise<void> {
  const { ticket, code } = completeEnrolmentSchema.parse(input);
  const userId = readTicket(ticket, now);
  const user = await db.staffUser.findUnique({ where: { id: userId }, select: { id: true, role: true, totpPendingSecretEnc: true, totpSecretEnc: true } });
  if (!user?.totpPendingSecretEnc || user.totpSecretEnc) throw new AppError('UNAUTHENTICATED', 'auth.errors.enrolmentExpired');
  const step = await verifyTotp(openText(user.totpPendingSecretEnc, TOTP_PURPOSE), code, null, Math.floor(now / 1000));
  if (step === null) throw new AppError('BAD_REQUEST', 'auth.errors.codeWrong');
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { totpSecretEnc: user.totpPendingSecretEnc, totpPendingSecretEnc: null, totpEnrolledAt: new Date(now), totpLastStep: step },
    });
    await recordAuditEvent(tx, { actor: { id: user.id, role: user.role }, action: 'auth.totp_enrolled', target: { type: 'staff', id: user.id } });
  });
}
