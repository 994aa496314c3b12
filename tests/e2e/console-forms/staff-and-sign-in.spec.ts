/**
 * Staff accounts and sign-in (issue 11): an officer needs a province (drive item 9, decision
 * 0898); an administrator is not offered changes to their own account (item 24); a spent TOTP
 * code says to wait for the next (item 11, decision 0897).
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

const inEnglish = (context: BrowserContext, baseURL: string) => context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL }]);

test('an officer with no province ticked is refused at the provinces; nothing is stored', async ({ page, context, baseURL }) => {
  await inEnglish(context, baseURL!);
  await signInAs(context, baseURL!, 'SYSTEM_ADMIN');
  const existing = await makeStaff('SUPERVISOR');
  const password = 'temporary-password-123';
  await page.goto('/console/staff');
  await page.getByLabel('Name', { exact: true }).fill('Sok Dara');
  await page.getByLabel('Role').selectOption('OFFICER');
  // An officer with no province ticked: refused at the provinces, nothing stored.
  const email = `no-province-${existing.id}@test.local`;
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Temporary password (at least 12 characters)').fill(password);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.locator('#provinceCodes-error')).toHaveText('Tick at least one province: an officer sees the tips of their provinces only.');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(email);
  expect(await db.staffUser.count({ where: { email } })).toBe(0);
});

test("an administrator's own staff page offers no role change, reset or deactivation, only signing out everywhere", async ({ page, context, baseURL }) => {
  await inEnglish(context, baseURL!);
  const admin = await signInAs(context, baseURL!, 'SYSTEM_ADMIN');
  const other = await makeStaff('OFFICER');
  await page.goto(`/console/staff/${admin.id}`);
  await expect(page.getByTestId('staff-self')).toHaveText('This is your own account: another administrator changes its role or deactivates it.');
  await expect(page.getByRole('button', { name: 'Deactivate the account' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset the second factor' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign out everywhere now' })).toBeVisible();
  await page.goto(`/console/staff/${other.id}`);
  await expect(page.getByRole('button', { name: 'Deactivate the account' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible();
});

test('sign-in: a code already used (as set-up spends it) says to wait for the next one', async ({ page, context, baseURL }) => {
  await inEnglish(context, baseURL!);
  const officer = await makeStaff('OFFICER');
  await page.goto('/console/sign-in');
  await page.getByLabel('Email').fill(officer.email);
  // The code the app shows now, spent (as set-up spends it), then sent again.
  const now = Math.floor(Date.now() / 1000);
  const step = Math.floor(now / 30);
  await db.staffUser.update({ where: { id: officer.id }, data: { totpLastStep: step + 1 } });
  await page.getByLabel('Password').fill(officer.password);
  await page.getByLabel('Code from your authenticator app').fill(await generate({ secret: officer.totpSecret, epoch: now }));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-error')).toHaveText('This code has already been used. Wait for the next code in your authenticator app (a few seconds), then sign in with it.');
  await expect(page).toHaveURL(/\/console\/sign-in/);
});
