/**
 * Sign a staff member in directly (a session cookie minted as sign-in would), for tests
 * where the sign-in form is not what is being tested. Creates a fresh account per call.
 */
import type { BrowserContext } from '@playwright/test';
import { mintSessionCookie } from '@/lib/auth/auth-options';
import { startStaffSession } from '@/lib/auth/staff-sessions';
import { db } from '@/lib/db/client';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { makeStaff, type TestStaff } from '../../helpers/factories';

export async function signInAs(context: BrowserContext, baseURL: string, role: StaffRoleCode, options: { provinceCodes?: string[] } = {}): Promise<TestStaff> {
  const staff = await makeStaff(role, options);
  await addSession(context, baseURL, staff);
  return staff;
}

export async function addSession(context: BrowserContext, baseURL: string, staff: Pick<TestStaff, 'id' | 'role'>, sessionVersion = 0) {
  const sessionId = await startStaffSession(db, staff.id);
  const cookie = await mintSessionCookie({ id: staff.id, role: staff.role, sessionVersion, sessionId });
  await context.addCookies([{ name: cookie.name, value: cookie.value, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);
}
