/**
 * Issue 12 end to end in Chromium on a phone: an officer opts in to email alerts in the
 * console; a resident writes an urgent tip with the network cut, it waits encrypted on the
 * phone, the network returns, the receipt appears; the officer's alert arrives at this
 * test's SMTP server within a minute with none of the tip's words, and is acknowledged from
 * its link; a supervisor sees it. Quick exit removes a waiting tip and the worker.
 */
import { expect, test } from '@playwright/test';
import { type MailCatcher, startMailCatcher } from '@/lib/alerts/dev/mail-catcher';
import { db } from '@/lib/db/client';
import { e2eSmtpPort } from '../../../playwright.config';
import { dropQueuedAlerts } from '../../helpers/alert-backlog';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { marker, useLanguage } from '../resident/helpers';

let mail: MailCatcher;

test.beforeAll(async () => {
  mail = await startMailCatcher({ port: e2eSmtpPort });
});

test.afterAll(async () => {
  await mail.close();
});

/** The raw bytes of everything in the outbox database, as text, to look for plain words. */
const outboxBytes = () =>
  new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('tip-outbox');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('tips').objectStore('tips').getAll();
      request.onsuccess = () => {
        const rows = request.result as { iv: Uint8Array; data: ArrayBuffer }[];
        open.result.close();
        resolve(rows.map((row) => new TextDecoder('latin1').decode(row.data)).join('|') + `#${rows.length}`);
      };
    };
  });

async function writeUrgentTip(page: import('@playwright/test').Page, description: string) {
  await page.goto('/report');
  await expect(page.getByTestId('keep-offline')).toBeVisible();
  await page.getByLabel('Person held against their will').check();
  await page.getByLabel('Province', { exact: true }).selectOption('KH-18');
  await page.getByLabel('Describe what you saw (required)').fill(description);
}

test('an urgent tip written offline is sent when the signal returns, and the officer is alerted without its words', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  // The officer opts in to email alerts in the console.
  const officerContext = await browser.newContext();
  await useLanguage(officerContext, baseURL!, 'en');
  const officer = await signInAs(officerContext, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
  const consolePage = await officerContext.newPage();
  await consolePage.goto('/console/alerts');
  await consolePage.getByLabel(`By email to ${officer.email}`).check();
  await consolePage.getByRole('button', { name: 'Save' }).click();
  await expect(consolePage.getByText('Your alert choices are saved.')).toBeVisible();

  const guards = watchPage(page, baseURL!);
  await useLanguage(page.context(), baseURL!, 'en');
  // Its own marker: tests share the database.
  const description = `Quarrytown dormitory: Sokhavictim locked upstairs by Bluecap guards, Wednesdaymarket road ${marker()}`;
  await writeUrgentTip(page, description);
  await page.getByTestId('keep-offline').check();
  // Ticking it fetches the worker while there is signal.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/report'))?.active?.state)).toBe('activated');
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Send tip' }).click();
  await expect(page.getByTestId('outbox-waiting')).toContainText('Your tip is waiting to be sent');
  expect(await db.tip.count({ where: { description } })).toBe(0);
  // Kept encrypted: none of its words in the stored bytes, and no plain draft left behind.
  const stored = await page.evaluate(outboxBytes);
  expect(stored.endsWith('#1')).toBe(true);
  for (const word of ['Quarrytown', 'Sokhavictim', 'Bluecap', 'KH-18', 'PERSON_HELD']) expect(stored).not.toContain(word);
  expect(await page.evaluate(() => localStorage.getItem('ee-report-draft'))).toBeNull();

  await dropQueuedAlerts();
  await page.context().setOffline(false);
  await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible({ timeout: 45_000 });
  const code = (await page.getByTestId('tip-code').innerText()).trim();
  const tip = await db.tip.findUniqueOrThrow({ where: { code }, select: { description: true, urgent: true, category: true, provinceCode: true } });
  expect(tip).toMatchObject({ description, category: 'PERSON_HELD', urgent: true, provinceCode: 'KH-18' });
  expect(await page.evaluate(outboxBytes)).toBe('#0');

  // The officer's alert: within a minute, nothing of the tip in it.
  const alert = await mail.waitFor((m) => m.to.includes(officer.email), 60_000);
  expect(alert.subject).toBe('Urgent tip waiting');
  for (const word of ['Quarrytown', 'Sokhavictim', 'Bluecap', 'Wednesdaymarket', 'dormitory', code, code.replaceAll('-', ''), 'Sihanouk', 'KH-18', 'held']) {
    expect(`${alert.subject}\n${alert.text}`).not.toContain(word);
  }
  const link = alert.text.match(/https?:\/\/\S+\/console\/alerts\?ack=[0-9a-f-]{36}/)?.[0];
  expect(link).toBeTruthy();

  // Its link acknowledges it and opens the inbox.
  await consolePage.goto(link!);
  await consolePage.getByRole('button', { name: 'Acknowledge and open the inbox' }).click();
  await expect(consolePage).toHaveURL(/\/console\/tips/);
  const alertId = new URL(link!).searchParams.get('ack')!;
  expect(await db.alertDelivery.findFirstOrThrow({ where: { alertId, staffId: officer.id }, select: { state: true } })).toEqual({ state: 'ACKNOWLEDGED' });

  // A supervisor sees it among the alerts sent.
  const supervisorContext = await browser.newContext();
  await useLanguage(supervisorContext, baseURL!, 'en');
  await signInAs(supervisorContext, baseURL!, 'SUPERVISOR');
  const supervisorPage = await supervisorContext.newPage();
  await supervisorPage.goto('/console/alerts');
  await expect(supervisorPage.getByTestId('alert-deliveries').getByRole('row').filter({ hasText: 'Acknowledged' }).first()).toBeVisible();

  expect(guards.foreignRequests).toEqual([]);
  await officerContext.close();
  await supervisorContext.close();
});

test('quick exit deletes a waiting tip and unregisters the worker', async ({ page, baseURL }) => {
  await useLanguage(page.context(), baseURL!, 'en');
  const ravenhill = `Quickexit test: Ravenhill compound, guards at night ${marker()}`;
  await writeUrgentTip(page, ravenhill);
  await page.getByTestId('keep-offline').check();
  // Ticking it fetches the worker while there is signal.
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/report'))?.active?.state)).toBe('activated');
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Send tip' }).click();
  await expect(page.getByTestId('outbox-waiting')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(1);
  // Still without signal: the exit page itself cannot load, but the outbox goes before leaving.
  await page.getByRole('link', { name: 'Quick exit' }).first().click();
  await page.waitForURL((url) => url.pathname === '/exit' || url.protocol === 'chrome-error:');
  await page.context().setOffline(false);
  await page.goto('/exit');
  await expect
    .poll(() => page.evaluate(async () => ({ workers: (await navigator.serviceWorker.getRegistrations()).length, outbox: (await indexedDB.databases()).some((database) => database.name === 'tip-outbox') })))
    .toEqual({ workers: 0, outbox: false });
  expect(await db.tip.count({ where: { description: ravenhill } })).toBe(0);
});
