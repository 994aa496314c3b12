import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { makeStaff } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';

test.describe('staff sign-in', () => {
  test('needs the password and a TOTP code; a wrong code is refused with a generic message; sign-out ends a copied cookie too', async ({ page, baseURL, browser }) => {
    const guards = watchPage(page, baseURL!);
    const officer = await makeStaff('OFFICER');
    await page.goto('/console');
    await expect(page).toHaveURL(/\/console\/sign-in$/);
    await page.getByRole('link', { name: 'English' }).click();

    await page.getByLabel('Email').fill(officer.email);
    await page.getByLabel('Password').fill(officer.password);
    await page.getByLabel('Code from your authenticator app').fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.form-error')).toHaveText('Email, password or code is wrong, or the account is locked. A code works only once: if you have just used it, wait for the next one.');
    // The email typed is kept: only the password and a new code need typing again.
    await expect(page.getByLabel('Email')).toHaveValue(officer.email);

    await page.getByLabel('Email').fill(officer.email);
    await page.getByLabel('Password').fill(officer.password);
    await page.getByLabel('Code from your authenticator app').fill(await generate({ secret: officer.totpSecret }));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/console$/);
    await expect(page.getByText('Signed in as Test OFFICER (Officer)')).toBeVisible();

    const events = await db.auditEvent.findMany({ where: { targetId: officer.id }, orderBy: { id: 'asc' }, select: { action: true, detail: true } });
    expect(events.map((event) => event.action)).toEqual(['staff.created', 'auth.sign_in_failed', 'auth.sign_in']);
    expect(events[1]!.detail).toMatchObject({ reason: 'code' });

    // A copy of the session cookie taken before sign-out (decision 0701).
    const copied = (await page.context().cookies()).filter((cookie) => cookie.name.includes('staff-session'));
    expect(copied).toHaveLength(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/console\/sign-in\?signedOut=1$/);
    await page.goto('/console');
    await expect(page).toHaveURL(/\/console\/sign-in$/);
    expect(guards.foreignRequests).toEqual([]);

    const thief = await browser.newContext();
    await thief.addCookies(copied);
    const replay = await thief.newPage();
    await replay.goto(`${baseURL}/console`);
    await expect(replay).toHaveURL(/\/console\/sign-in$/);
    await thief.close();
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const supervisor = await makeStaff('SUPERVISOR');
    await page.goto('/console/sign-in');
    await page.locator('#email').fill(supervisor.email);
    await page.locator('#password').fill(supervisor.password);
    await page.locator('#code').fill('000000');
    await page.locator('button[type=submit]').click();
    await expect(page.locator('.form-error')).toBeVisible();
    await expect(page.locator('#email')).toHaveValue(supervisor.email);
    await page.locator('#password').fill(supervisor.password);
    await page.locator('#code').fill(await generate({ secret: supervisor.totpSecret }));
    await page.locator('button[type=submit]').click();
    await expect(page).toHaveURL(/\/console$/);
    await context.close();
  });

  test('a new account enrols its authenticator app with a QR code on first sign-in', async ({ page, context, baseURL }) => {
    const admin = await makeStaff('SYSTEM_ADMIN', { enrolled: false });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await page.goto('/console/enrol');
    await page.locator('#email').fill(admin.email);
    await page.locator('#password').fill(admin.password);
    await page.locator('button[type=submit]').click();
    const key = (await page.getByTestId('totp-key').textContent())!;
    await expect(page.locator('img[src^="data:image/png"]')).toBeVisible();
    const code = await generate({ secret: key });
    await page.locator('#code').fill(code);
    await page.locator('button[type=submit]').click();
    await expect(page).toHaveURL(/\/console\/sign-in\?enrolled=1$/);
    // What a new user does next: sign in at once with the code still on screen. It is spent;
    // both the page and the refusal say so, so they wait for the next code.
    const en = translator('en');
    expect(en('auth.enrolled')).toContain('works only once');
    expect(en('auth.errors.failed')).toContain('works only once');
    await expect(page.locator('.notice')).toHaveText(en('auth.enrolled'));
    await page.locator('#email').fill(admin.email);
    await page.locator('#password').fill(admin.password);
    await page.locator('#code').fill(code);
    await page.locator('button[type=submit]').click();
    await expect(page.locator('.form-error')).toHaveText(en('auth.errors.failed'));

    // The next code (the one just used is spent) signs in.
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: admin.id }, select: { totpEnrolledAt: true, totpPendingSecretEnc: true } });
    expect(user.totpEnrolledAt).not.toBeNull();
    expect(user.totpPendingSecretEnc).toBeNull();
  });
});

test('an administrator signs a person out everywhere at once', async ({ browser, baseURL }) => {
  const officerContext = await browser.newContext();
  const adminContext = await browser.newContext();
  const officer = await signInAs(officerContext, baseURL!, 'OFFICER');
  await signInAs(adminContext, baseURL!, 'SYSTEM_ADMIN');
  const officerPage = await officerContext.newPage();
  await officerPage.goto('/console');
  await expect(officerPage).toHaveURL(/\/console$/);

  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/console/staff/${officer.id}`);
  await adminPage.locator('form:has(input[value="revokeSessions"]) button').click();
  await expect(adminPage.locator('.notice')).toBeVisible();

  await officerPage.goto('/console');
  await expect(officerPage).toHaveURL(/\/console\/sign-in$/);
  await officerContext.close();
  await adminContext.close();
});
