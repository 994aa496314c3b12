import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { db } from '@/lib/db/client';
import { signInAs } from '../helpers/staff';

/** The next 30-second code: the one just used (enrolment, sign-in) is spent. */
const nextCode = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

test('a new officer replaces the temporary password before using the console (decision 0900)', async ({ browser, baseURL }) => {
  const adminContext = await browser.newContext();
  await signInAs(adminContext, baseURL!, 'SYSTEM_ADMIN');
  const admin = await adminContext.newPage();
  await admin.goto('/console/staff');
  await admin.getByRole('link', { name: 'English' }).click();
  const email = `new-officer-${crypto.randomUUID()}@test.local`;
  const temporary = 'temporary-password-1';
  await admin.locator('#name').fill('New Officer');
  await admin.locator('#email').fill(email);
  await admin.locator('#role').selectOption('OFFICER');
  await admin.locator('input[name=provinceCodes][value="KH-18"]').check();
  await admin.locator('#password').fill(temporary);
  await admin.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(admin).toHaveURL(/\/console\/staff\/[0-9a-f-]+\?notice=staffAdmin\.added/);
  await adminContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/console/enrol');
  await page.getByRole('link', { name: 'English' }).click();
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(temporary);
  await page.locator('button[type=submit]').click();
  const secret = (await page.getByTestId('totp-key').textContent())!;
  await page.locator('#code').fill(await generate({ secret }));
  await page.locator('button[type=submit]').click();
  await expect(page).toHaveURL(/\/console\/sign-in\?enrolled=1$/);

  await page.locator('#email').fill(email);
  await page.locator('#password').fill(temporary);
  await page.locator('#code').fill(await nextCode(secret));
  await page.locator('button[type=submit]').click();
  // Signing in lands on /console, which the guard turns away like every other page.
  await expect(page).toHaveURL(/\/console\/password\?notice=console\.passwordMustChange$/);

  await page.goto('/console/tips');
  await expect(page).toHaveURL(/\/console\/password\?notice=console\.passwordMustChange$/);
  await expect(page.getByRole('status')).toHaveText('An administrator chose your current password. Choose your own before you use the console.');

  // A wrong current password changes nothing, and the guard still holds.
  await page.getByLabel('Current password').fill('not-the-password');
  await page.getByLabel('New password', { exact: true }).fill('my-own-password-2');
  await page.getByLabel('New password again').fill('my-own-password-2');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.form-error')).toHaveText('The current password is not right. Nothing was changed.');
  await page.goto('/console/tips');
  await expect(page).toHaveURL(/\/console\/password\?notice=console\.passwordMustChange$/);

  await page.getByLabel('Current password').fill(temporary);
  await page.getByLabel('New password', { exact: true }).fill('my-own-password-2');
  await page.getByLabel('New password again').fill('my-own-password-2');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText('Your password is changed. Your other sessions have ended.');

  await page.goto('/console/tips');
  await expect(page).toHaveURL(/\/console\/tips$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const user = await db.staffUser.findUniqueOrThrow({ where: { email }, select: { id: true, mustChangePassword: true } });
  expect(user.mustChangePassword).toBe(false);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/console\/sign-in\?signedOut=1$/);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(temporary);
  await page.locator('#code').fill(await nextCode(secret));
  await page.locator('button[type=submit]').click();
  await expect(page.locator('.form-error')).toHaveText('Email, password or code is wrong, or the account is locked.');
  const lastSignIn = await db.auditEvent.findFirstOrThrow({ where: { targetId: user.id, action: { startsWith: 'auth.sign_in' } }, orderBy: { id: 'desc' } });
  expect(lastSignIn).toMatchObject({ action: 'auth.sign_in_failed', detail: { reason: 'password' } });
  await context.close();
});
