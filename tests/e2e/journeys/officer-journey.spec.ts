/**
 * The whole journey of issue 4 in one run, through the real UI in Chromium: an officer signs
 * in with a TOTP code, finds the urgent tip first, opens a case from a tip and merges its
 * duplicate into it, questions the tipster, the tipster answers through /status, a supervisor
 * records the raid; the audit log holds every step and its hash chain verifies.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { type BrowserContext, expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { db } from '@/lib/db/client';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { makeStaff, makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { consoleMenu } from '../helpers/console-menu';
import { tipRef } from '@/lib/tips/staff-ref';
import { duplicateCard } from '../helpers/duplicates';

const run = promisify(execFile);

// Preah Vihear (KH-13): no other browser test puts tips there, so this inbox holds only ours.
const PROVINCE = 'KH-13';
const place = (northM = 0) => ({ lat: 13.8167 + northM / 111_195, lng: 104.9667, source: 'GPS' as const, accuracyM: 25 });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

const inEnglish = (context: BrowserContext, baseURL: string) => context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL }]);

test('an officer signs in with TOTP, finds the urgent tip first, merges a duplicate into a case, questions the tipster who answers; a supervisor records the raid; the audit log holds it all', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const guards = watchPage(page, baseURL!);
  await inEnglish(context, baseURL!);

  const officer = await makeStaff('OFFICER', { provinceCodes: [PROVINCE] });
  const compound = `Kam${randomBytes(3).toString('hex')} Palace`;
  const older = await makeTip(
    { description: `${compound} compound: high walls, guards at the gate, buses arrive at night.`, language: 'en', provinceCode: PROVINCE, location: place() },
    { receivedAt: daysAgo(10) },
  );
  const urgent = await makeTip(
    { description: 'A man is held in a flat above the market; he phoned his sister last night.', category: 'PERSON_HELD', urgent: true, provinceCode: PROVINCE, location: place(8_000) },
    { receivedAt: daysAgo(2) },
  );
  const duplicate = await makeTip(
    { description: `អគារ ${compound} មានរបងខ្ពស់ និងអ្នកយាមនៅមាត់ទ្វារ។`, language: 'km', provinceCode: PROVINCE, location: place(120) },
    { receivedAt: daysAgo(5) },
  );

  // 1. Sign in through the form, with a code computed from the account's own secret.
  await page.goto('/console');
  await expect(page).toHaveURL(/\/console\/sign-in$/);
  await page.getByLabel('Email').fill(officer.email);
  await page.getByLabel('Password').fill(officer.password);
  await page.getByLabel('Code from your authenticator app').fill(await generate({ secret: officer.totpSecret }));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/console$/);
  await expect(page.getByText('Signed in as Test OFFICER (Officer)')).toBeVisible();

  // 2. The inbox puts the urgent tip above the older, quieter one.
  await (await consoleMenu(page)).getByRole('link', { name: 'Inbox' }).click();
  await expect(page).toHaveURL(/\/console\/tips/);
  const rows = page.getByTestId('inbox-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toHaveAttribute('data-tip-id', urgent.tipId);
  await expect(rows.first()).toContainText('Urgent');
  const order = await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-tip-id')));
  expect(order.indexOf(urgent.tipId)).toBeLessThan(order.indexOf(older.tipId));

  // 3. The older tip offers its duplicate; a case is opened from it.
  await rows.getByRole('link', { name: tipRef(older.tipId) }).click();
  await expect(page).toHaveURL(new RegExp(`/console/tips/${older.tipId}$`));
  await expect(page.getByTestId('tip-description')).toContainText(`${compound} compound`);
  const candidate = duplicateCard(page, duplicate.tipId);
  await expect(candidate).toContainText('Likely duplicate');
  await expect(candidate).toContainText(/Same name: /);
  await expect(candidate).toContainText(/\d+ m apart/);

  await page.getByLabel('Title of the new case').fill(`${compound} compound`);
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.getByRole('status')).toHaveText(/ opened: open it$/);
  const { caseId } = await db.tip.findUniqueOrThrow({ where: { id: older.tipId }, select: { caseId: true } });
  expect(caseId).not.toBeNull();
  const opened = await db.case.findUniqueOrThrow({ where: { id: caseId! }, select: { reference: true } });
  await expect(page.getByRole('status')).toHaveText(`Case ${opened.reference} opened: open it`);

  // 4. The duplicate joins that case from its own page.
  await duplicateCard(page, duplicate.tipId).getByRole('link', { name: `Open tip ${tipRef(duplicate.tipId)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/console/tips/${duplicate.tipId}$`));
  await page.getByLabel('Merge into an existing case').selectOption(caseId!);
  await page.getByRole('button', { name: 'Merge into case' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Tip merged into the case. C-\d{4}-\d{6}$/);

  await page.goto(`/console/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${compound} compound`);
  await expect(page.locator(`tr[data-tip-id="${older.tipId}"]`)).toBeVisible();
  await expect(page.locator(`tr[data-tip-id="${duplicate.tipId}"]`)).toBeVisible();
  await expect(page.locator(`tr[data-tip-id="${older.tipId}"]`).getByTestId('first-informant')).toBeVisible();
  await expect(page.getByTestId('first-informant')).toHaveCount(1);

  // 5. A question to the tipster of the first tip.
  await page.locator(`tr[data-tip-id="${older.tipId}"]`).getByRole('link', { name: `Open tip ${tipRef(older.tipId)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/console/tips/${older.tipId}$`));
  const question = 'Thank you. Which gate do the buses use at night?';
  await page.getByLabel('Message to the tipster').fill(question);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('status')).toHaveText('Message sent to the tipster.');
  await expect(page.getByTestId('message').filter({ hasText: question })).toBeVisible();

  // 6. The tipster, with no staff cookie, reads the question on /status and answers it.
  const tipsterContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await inEnglish(tipsterContext, baseURL!);
  const tipsterPage = await tipsterContext.newPage();
  const tipsterGuards = watchPage(tipsterPage, baseURL!);
  await tipsterPage.goto('/status');
  await tipsterPage.getByLabel('Tip code').fill(older.code);
  await tipsterPage.getByLabel('Passphrase').fill(older.passphrase);
  await tipsterPage.getByRole('button', { name: 'Open my tip' }).click();
  await expect(tipsterPage.getByText(question)).toBeVisible();
  const answer = 'The north gate, after eleven at night.';
  await tipsterPage.getByLabel('Your message').fill(answer);
  await tipsterPage.getByRole('button', { name: 'Send message' }).click();
  await expect(tipsterPage.getByText('Your message was sent.')).toBeVisible();
  expect((await tipsterContext.cookies()).map((cookie) => cookie.name).sort()).toEqual(['lang', 'tip_session']);
  expect(tipsterGuards.foreignRequests).toEqual([]);
  await tipsterContext.close();

  await page.reload();
  const reply = page.getByTestId('message').filter({ hasText: answer });
  await expect(reply).toBeVisible();
  await expect(reply).toContainText('From the tipster');

  // 7. A supervisor moves the case on and records the raid through the case page.
  const supervisorContext = await browser.newContext();
  await inEnglish(supervisorContext, baseURL!);
  const supervisor = await signInAs(supervisorContext, baseURL!, 'SUPERVISOR');
  const supervisorPage = await supervisorContext.newPage();
  const supervisorGuards = watchPage(supervisorPage, baseURL!);
  await supervisorPage.goto(`/console/cases/${caseId}`);
  await expect(supervisorPage.getByTestId('case-status')).toHaveText('Open');
  await supervisorPage.getByRole('button', { name: 'Move to: Investigating' }).click();
  await expect(supervisorPage.getByTestId('case-status')).toHaveText('Investigating');
  await supervisorPage.getByLabel('Unit', { exact: true }).fill('Anti-Human Trafficking Unit, Preah Vihear');
  await supervisorPage.getByLabel('Place', { exact: true }).fill(`${compound}, north of the market`);
  await supervisorPage.getByLabel('Victims rescued').fill('23');
  await supervisorPage.getByLabel('Suspects arrested').fill('6');
  await supervisorPage.getByLabel('Compound closed').check();
  await supervisorPage.getByRole('button', { name: 'Record the raid' }).click();
  await expect(supervisorPage.getByTestId('case-status')).toHaveText('Raided');
  await expect(supervisorPage.getByTestId('raid')).toContainText('Victims rescued: 23');
  expect(supervisorGuards.foreignRequests).toEqual([]);
  expect(supervisorGuards.consoleErrors).toEqual([]);
  await supervisorContext.close();

  // 8. Every step is in the audit log, and the log's hash chain is whole.
  const events = await db.auditEvent.findMany({ where: { actorId: { in: [officer.id, supervisor.id] } }, orderBy: { id: 'asc' }, select: { action: true, actorId: true, targetId: true } });
  const by = (actorId: string) => events.filter((event) => event.actorId === actorId);
  expect(by(officer.id)).toEqual(
    expect.arrayContaining([
      { action: 'auth.sign_in', actorId: officer.id, targetId: officer.id },
      { action: 'tip.viewed', actorId: officer.id, targetId: older.tipId },
      { action: 'tip.viewed', actorId: officer.id, targetId: duplicate.tipId },
      { action: 'case.created', actorId: officer.id, targetId: caseId },
      { action: 'case.tip_merged', actorId: officer.id, targetId: caseId },
      { action: 'case.viewed', actorId: officer.id, targetId: caseId },
      { action: 'tip.message_sent', actorId: officer.id, targetId: older.tipId },
    ]),
  );
  expect(by(officer.id)[0]!.action).toBe('auth.sign_in');
  expect(by(supervisor.id)).toEqual(
    expect.arrayContaining([
      { action: 'case.status_changed', actorId: supervisor.id, targetId: caseId },
      { action: 'raid.recorded', actorId: supervisor.id, targetId: caseId },
    ]),
  );
  const officerActions = by(officer.id).map((event) => event.action);
  expect(officerActions.indexOf('case.created')).toBeLessThan(officerActions.indexOf('case.tip_merged'));
  expect(officerActions.indexOf('case.tip_merged')).toBeLessThan(officerActions.indexOf('tip.message_sent'));
  // The tipster's reply is a resident action: never audited, so nothing dates it.
  expect(events.every((event) => event.actorId !== null)).toBe(true);

  const chain = await verifyAuditChain(db);
  expect(chain.brokenAt).toBeUndefined();
  expect(chain.events).toBeGreaterThanOrEqual(events.length);
  const verified = await run('npm', ['run', 'audit:verify'], { env: { ...process.env } });
  expect(verified.stdout).toContain('Audit log intact');

  expect(guards.foreignRequests).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
});
