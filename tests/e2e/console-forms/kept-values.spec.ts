/**
 * A refused console form comes back as it was sent (issue 11, drive item 7; decision 0896),
 * secrets excepted.
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { cambodiaDay } from '@/lib/i18n/format';
import { formatDayMonthYear } from '@/lib/dates/day-month-year';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';

const inEnglish = (context: BrowserContext, baseURL: string) => context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL }]);

test('a raid dated in the future comes back with everything typed and the error under the date that was refused (no JavaScript)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await inEnglish(context, baseURL!);
  const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
  const opened = await makeCase(supervisor.actor, { status: 'RAID_PLANNED' });
  const page = await context.newPage();
  await page.goto(`/console/cases/${opened.id}`);
  const future = formatDayMonthYear(cambodiaDay(new Date(Date.now() + 20 * 24 * 3_600_000)));
  await page.getByLabel('Date of the raid').fill(future);
  await page.getByLabel('Unit', { exact: true }).fill('Anti-Human Trafficking Unit');
  await page.getByLabel('Place', { exact: true }).fill('Otres road, behind the old casino');
  await page.getByLabel('Victims rescued').fill('17');
  await page.getByLabel('Compound closed').check();
  await page.getByLabel('Notes (optional)').fill('Back gate forced.');
  await page.getByRole('button', { name: 'Record the raid' }).click();

  await expect(page.locator('#raid-raidedOn-error')).toHaveText('The date of the raid cannot be in the future.');
  await expect(page.getByLabel('Date of the raid')).toHaveValue(future);
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('Anti-Human Trafficking Unit');
  await expect(page.getByLabel('Place', { exact: true })).toHaveValue('Otres road, behind the old casino');
  await expect(page.getByLabel('Victims rescued')).toHaveValue('17');
  await expect(page.getByLabel('Suspects arrested')).toHaveValue('0');
  await expect(page.getByLabel('Compound closed')).toBeChecked();
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('Back gate forced.');
  // The values are in a cookie, not the address.
  expect(page.url()).not.toContain('Otres');
  expect(await db.raid.count({ where: { caseId: opened.id } })).toBe(0);

  // Opened afresh, the form is empty again.
  await page.goto(`/console/cases/${opened.id}`);
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('');
  await context.close();
});

test('adding staff: a duplicate email keeps name, email, role and provinces but never the password', async ({ page, context, baseURL }) => {
  await inEnglish(context, baseURL!);
  await signInAs(context, baseURL!, 'SYSTEM_ADMIN');
  const existing = await makeStaff('SUPERVISOR');
  await page.goto('/console/staff');
  const password = 'temporary-password-123';
  await page.getByLabel('Name', { exact: true }).fill('Sok Dara');
  await page.getByLabel('Email', { exact: true }).fill(existing.email);
  await page.getByLabel('Role').selectOption('OFFICER');
  await page.getByLabel('Kep', { exact: true }).check();
  await page.getByLabel('Temporary password (at least 12 characters)').fill(password);
  await page.getByRole('button', { name: 'Add', exact: true }).click();

  await expect(page.locator('.form-error')).toHaveText('An account with this email already exists.');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Sok Dara');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue(existing.email);
  await expect(page.getByLabel('Role')).toHaveValue('OFFICER');
  await expect(page.getByLabel('Kep', { exact: true })).toBeChecked();
  await expect(page.getByLabel('Temporary password (at least 12 characters)')).toHaveValue('');
  expect(await page.content()).not.toContain(password);
  const kept = (await context.cookies()).find((cookie) => cookie.name === 'ee.sent-form')!;
  const keptValues = Buffer.from(kept.value.split('.')[1]!, 'base64url').toString('utf8');
  expect(keptValues).toContain('Sok Dara');
  expect(keptValues).not.toContain(password);
});

test('sign-in: a wrong code keeps the email, never the password', async ({ page, context, baseURL }) => {
  await inEnglish(context, baseURL!);
  const officer = await makeStaff('OFFICER');
  await page.goto('/console/sign-in');
  await page.getByLabel('Email').fill(officer.email);
  await page.getByLabel('Password').fill(officer.password);
  await page.getByLabel('Code from your authenticator app').fill('000000');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.form-error')).toHaveText('Email, password or code is wrong, or the account is locked.');
  await expect(page.getByLabel('Email')).toHaveValue(officer.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
});
