/** The one way a staff account comes into being (seed, administration screen, scripts). */
import { z } from 'zod';
import { formEnum } from '@/lib/http/form';
import type { Tx } from '@/lib/db/client';
import { recordAuditEvent, type AuditActor } from '@/lib/audit/record-event';
import { PROVINCE_CODES } from '@/lib/geo/provinces';
import { sealText } from '@/lib/security/crypto';
import { hashSecret } from '@/lib/security/password';
import { STAFF_ROLES } from './roles';

export const TOTP_PURPOSE = 'totp-secret';

/** The password rules, for the account's first password and every change (lib/auth/change-own-password.ts). */
export const staffPassword = z.string().min(12, 'staffAdmin.errors.passwordShort').max(200);

export const newStaffUserSchema = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  name: z.string().trim().min(2).max(120),
  role: formEnum(STAFF_ROLES),
  password: staffPassword,
  provinceCodes: z.array(formEnum(PROVINCE_CODES)).default([]),
  /** Base32 TOTP secret when the account comes enrolled (demo accounts); else enrol at first sign-in. */
  totpSecret: z.string().regex(/^[A-Z2-7]{32,128}$/, 'at least 20 bytes, base32').optional(),
});

export type NewStaffUser = z.input<typeof newStaffUserSchema>;

export async function createStaffUser(tx: Tx, input: NewStaffUser, actor: AuditActor | null): Promise<{ id: string }> {
  const data = newStaffUserSchema.parse(input);
  const user = await tx.staffUser.create({
    data: {
      email: data.email,
      name: data.name,
      role: data.role,
      provinceCodes: data.provinceCodes,
      passwordHash: await hashSecret(data.password),
      totpSecretEnc: data.totpSecret ? sealText(data.totpSecret, TOTP_PURPOSE) : null,
      totpEnrolledAt: data.totpSecret ? new Date() : null,
      // An administrator chose this password, so they know it: its owner replaces it first (decision 0900).
      mustChangePassword: actor !== null,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor,
    action: 'staff.created',
    target: { type: 'staff', id: user.id },
    detail: { role: data.role, provinceCodes: data.provinceCodes },
  });
  return user;
}
