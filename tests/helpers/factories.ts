/**
 * Test data through the same domain functions the app uses, unique every call, so tests
 * never depend on each other's rows or on order.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '@/lib/auth/permissions';
import { db } from '@/lib/db/client';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { createStaffUser } from '@/lib/staff/create-staff-user';
import { createTip, type Receipt } from '@/lib/tips/create-tip';
import { type TipInput, tipInputSchema } from '@/lib/tips/schema';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const randomTotpSecret = () => Array.from(randomBytes(32), (byte) => BASE32[byte % 32]).join('');

export interface TestStaff {
  id: string;
  email: string;
  password: string;
  totpSecret: string;
  role: StaffRoleCode;
  actor: Actor;
}

export async function makeStaff(
  role: StaffRoleCode,
  overrides: { provinceCodes?: string[]; enrolled?: boolean; password?: string } = {},
): Promise<TestStaff> {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.local`;
  const password = overrides.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const totpSecret = randomTotpSecret();
  const provinceCodes = overrides.provinceCodes ?? (role === 'OFFICER' ? ['KH-18'] : []);
  const { id } = await db.$transaction((tx) =>
    createStaffUser(
      tx,
      { email, name: `Test ${role}`, role, password, provinceCodes, totpSecret: overrides.enrolled === false ? undefined : totpSecret },
      null,
    ),
  );
  return { id, email, password, totpSecret, role, actor: { id, role, provinceCodes } };
}

/** A place inside Sihanoukville, moved by up to about a kilometre so tips are not all identical. */
const sihanoukville = () => ({ lat: 10.63 + Math.random() * 0.01, lng: 103.52 + Math.random() * 0.01 });

export async function makeTip(overrides: Partial<TipInput> = {}, options: { receivedAt?: Date; powVerified?: boolean } = {}): Promise<Receipt> {
  const input = tipInputSchema.parse({
    category: 'SCAM_COMPOUND',
    description: `Test tip ${randomUUID()}: high walls, guards at the gate, buses at night.`,
    location: { ...sihanoukville(), source: 'GPS', accuracyM: 20 },
    provinceCode: 'KH-18',
    language: 'en',
    ...overrides,
  });
  return db.$transaction((tx) => createTip(tx, input, { powVerified: options.powVerified ?? true, receivedAt: options.receivedAt }));
}
