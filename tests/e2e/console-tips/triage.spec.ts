/**
 * An officer's triage in Chromium: the urgent tip first in the inbox, its detail with
 * duplicates and reasons, triage, a message to the tipster, a new case; photos only to staff
 * in scope; another province's officer gets 404.
 */
import { randomBytes } from 'node:crypto';
import { type BrowserContext, expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { submitTip } from '@/lib/tips/submit-tip';
import { jpegOf } from '../../helpers/images';
import { makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { tipRef } from '@/lib/tips/staff-ref';
import { duplicateCard } from '../helpers/duplicates';

// Mondulkiri (KH-11): no other browser test puts tips there.
const PROVINCE = 'KH-11';
const place = (northM = 0) => ({ lat: 12.4558 + northM / 111_195, lng: 107.1881, source: 'GPS' as const, accuracyM: 25 });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const uniqueName = () => `Vel${randomBytes(3).toString('hex')} Lotus`;

async function english(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
}

test.describe('console tips', () => {
  test('an officer finds the urgent tip first, sees its duplicates, triages it, writes the tipster, opens a case and merges the duplicate into it', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
    await english(context, baseURL!);
    const name = uniqueName();
    const older = await makeTip({ description: 'A farm compound with new fences, quiet in the day.', provinceCode: PROVINCE, location: place(5_000) }, { receivedAt: daysAgo(60) });
    const urgent = await makeTip(
      { description: `${name} compound: a woman is held inside, guards at the gate, buses at night.`, urgent: true, provinceCode: PROVINCE, location: place() },
      { receivedAt: daysAgo(30) },
    );
    const duplicate = await makeTip(
      { description: `អគារ ${name} មានរបងខ្ពស់ និងអ្នកយាមនៅមាត់ទ្វារ។`, language: 'km', provinceCode: PROVINCE, location: place(90) },
      { receivedAt: daysAgo(20) },
    );

    await page.goto('/console/tips');
    const rows = page.getByTestId('inbox-row');
    await expect(rows.first()).toHaveAttribute('data-tip-id', urgent.tipId);
    await expect(rows.first()).toContainText('Urgent');
    await expect(rows.first()).toContainText('Overdue');
    await expect(rows.nth(1)).toHaveAttribute('data-tip-id', older.tipId);
    await expect(rows.nth(2)).toHaveAttribute('data-tip-id', duplicate.tipId);
    // The list shows an excerpt at most, never the whole text.
    await expect(rows.first()).not.toContainText('buses at night');

    await rows.first().getByRole('link', { name: tipRef(urgent.tipId) }).click();
    await expect(page).toHaveURL(new RegExp(`/console/tips/${urgent.tipId}$`));
    await expect(page.getByTestId('tip-description')).toHaveText(/a woman is held inside, guards at the gate, buses at night/);
    await expect(page.getByTestId('tip-map')).toBeVisible();
    const candidate = duplicateCard(page, duplicate.tipId);
    await expect(candidate).toContainText('Likely duplicate');
    await expect(candidate).toContainText(/Same name: /);
    await expect(candidate).toContainText(/\d+ m apart/);

    await page.getByLabel('Change status to').selectOption('TRIAGED');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('status')).toHaveText('Status changed.');
    await expect(page.getByTestId('tip-status')).toHaveText('Triaged');

    const question = 'Thank you. Which gate do the buses use at night?';
    await page.getByLabel('Message to the tipster').fill(question);
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('status')).toHaveText('Message sent to the tipster.');
    await expect(page.getByTestId('message')).toContainText(question);

    await page.getByLabel('Title of the new case').fill(`${name} compound`);
    await page.getByRole('button', { name: 'Open case' }).click();
    // The notice names the new case and links to it.
    await expect(page.getByRole('status')).toHaveText(/^Case C-\d{4}-\d{6} opened: open it$/);
    await expect(page.getByText(`: ${name} compound`)).toBeVisible();

    const tip = await db.tip.findUniqueOrThrow({ where: { id: urgent.tipId }, select: { status: true, caseId: true, messages: { select: { direction: true, body: true } } } });
    expect(tip.status).toBe('LINKED');
    expect(tip.caseId).not.toBeNull();

    // The Khmer duplicate joins the same case from its own page.
    await duplicateCard(page, duplicate.tipId).getByRole('link', { name: `Open tip ${tipRef(duplicate.tipId)}` }).click();
    await expect(page).toHaveURL(new RegExp(`/console/tips/${duplicate.tipId}$`));
    await expect(duplicateCard(page, urgent.tipId)).toContainText('Likely duplicate');
    await page.getByLabel('Merge into an existing case').selectOption(tip.caseId!);
    await page.getByRole('button', { name: 'Merge into case' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Tip merged into the case. C-\d{4}-\d{6}$/);
    expect(await db.tip.findUniqueOrThrow({ where: { id: duplicate.tipId }, select: { status: true, caseId: true } })).toEqual({ status: 'LINKED', caseId: tip.caseId });
    expect(tip.messages).toEqual([{ direction: 'TO_TIPSTER', body: question }]);
    const actions = (await db.auditEvent.findMany({ where: { actorId: officer.id, targetId: { in: [urgent.tipId, tip.caseId!] } }, orderBy: { id: 'asc' }, select: { action: true } })).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['tip.viewed', 'tip.status_changed', 'tip.message_sent', 'case.created']));
    expect(actions.indexOf('tip.viewed')).toBe(0);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('a photo is served to staff in scope only, never cached; another province gets 404', async ({ page, context, baseURL, browser, request }) => {
    await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
    await english(context, baseURL!);
    const receipt = await submitTip({
      fields: { category: 'SCAM_COMPOUND', description: 'The gate of the compound, guards with radios.', location: place(20_000), provinceCode: PROVINCE, language: 'en' },
      photos: [await jpegOf(5)],
      requirePow: true,
    });
    const attachment = await db.attachment.findFirstOrThrow({ where: { tipId: receipt.tipId }, select: { id: true } });
    const photoUrl = `/console/tips/${receipt.tipId}/photos/${attachment.id}`;

    await page.goto(`/console/tips/${receipt.tipId}`);
    const image = page.getByRole('img', { name: 'Photo 1 sent with the tip' });
    await expect(image).toBeVisible();
    // The page's photos load lazily: with other tips' duplicates above them they can start below
    // the fold, where the browser does not fetch them until the officer scrolls there.
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);

    const served = await context.request.get(`${baseURL}${photoUrl}`);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/jpeg');
    expect(served.headers()['cache-control']).toBe('private, no-store');
    expect((await served.body()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    const anonymous = await request.get(`${baseURL}${photoUrl}`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()['content-type']).not.toContain('image');

    const elsewhere = await browser.newContext();
    const other = await signInAs(elsewhere, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
    expect((await elsewhere.request.get(`${baseURL}${photoUrl}`)).status()).toBe(404);
    const otherPage = await elsewhere.newPage();
    const response = await otherPage.goto(`/console/tips/${receipt.tipId}`);
    expect(response?.status()).toBe(404);
    await elsewhere.close();
    expect(await db.auditEvent.count({ where: { actorId: other.id, targetId: receipt.tipId } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'tip.photo_viewed', targetId: receipt.tipId } })).toBeGreaterThanOrEqual(2);
  });
});
