/**
 * Issue 14 in Chromium: a supervisor adds a standard question in all eight languages and
 * stops offering it; a bulk action with one refused tip changes nothing, names the tip and
 * the reason, and then applies to the others only; a supervisor sees each officer's load.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { LOCALE_NAMES, RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { changeTipStatus } from '@/lib/triage/change-tip-status';
import { makeStaff, makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { addSession, signInAs } from '../helpers/staff';
import { tipRef } from '@/lib/tips/staff-ref';

const en = translator('en');

test.describe('standard questions curated, bulk refusals shown', () => {
  test('a supervisor adds a question in all eight languages and stops offering it', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await signInAs(context, baseURL!, 'SUPERVISOR');
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    const key = `dogs_${randomBytes(3).toString('hex')}`;
    await page.goto('/console/questions');
    await expect(page.locator('[data-question-key="guards_armed"]')).toContainText('Are the guards armed?');
    await page.getByLabel(en('mailboxConsole.key')).fill(key);
    await page.getByLabel(en('mailboxConsole.kind'), { exact: true }).selectOption('YES_NO');
    for (const locale of RESIDENT_LOCALES) await page.getByLabel(en('mailboxConsole.textIn', { language: LOCALE_NAMES[locale] })).fill(`Are there guard dogs? [${locale}]`);
    await page.getByRole('button', { name: en('mailboxConsole.add') }).click();
    await expect(page.getByRole('status')).toHaveText(en('mailboxConsole.done_created'));
    const row = page.locator(`[data-question-key="${key}"]`);
    await expect(row).toContainText('Are there guard dogs? [en]');
    await row.getByRole('button', { name: en('mailboxConsole.deactivate') }).click();
    await expect(page.getByRole('status')).toHaveText(en('mailboxConsole.done_deactivated'));
    await expect(page.locator(`[data-question-key="${key}"]`)).toContainText(en('mailboxConsole.notInUse'));
    expect(await db.standardQuestion.findUniqueOrThrow({ where: { key }, select: { active: true, text: true } })).toMatchObject({ active: false, text: { my: 'Are there guard dogs? [my]' } });
    expect(guards.consoleErrors).toEqual([]);
  });

  test('one refused tip: nothing changes, the tip and the reason are shown, then the others go through; the supervisor sees the load', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    // Pursat (KH-15), with a marker of its own.
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-15'] });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    const marker = `rf${randomBytes(4).toString('hex')}`;
    const place = { provinceCode: 'KH-15' as const, location: { lat: 12.54, lng: 103.93, source: 'GPS' as const, accuracyM: 30 } };
    const tips = [];
    for (let index = 0; index < 3; index++) tips.push(await makeTip({ ...place, description: `${marker} prize draw ${index}, reply now` }));
    const supervisor = await makeStaff('SUPERVISOR');
    await changeTipStatus(supervisor.actor, { tipId: tips[0]!.tipId, status: 'TRIAGED' });
    await changeTipStatus(supervisor.actor, { tipId: tips[0]!.tipId, status: 'CLOSED_DUPLICATE' });

    await page.goto(`/console/tips?q=${marker}`);
    await expect(page.getByTestId('inbox-row')).toHaveCount(3);
    for (const tip of tips) await page.getByLabel(en('bulk.selectRow', { code: tipRef(tip.tipId) })).check();
    const form = page.getByTestId('bulk-form');
    await form.getByLabel(en('bulk.action')).selectOption('closeUnfounded');
    await form.getByRole('button', { name: en('bulk.apply') }).click();
    await expect(page.getByTestId('bulk-outcome')).toHaveText(en('bulk.resultRefused', { count: 1 }));
    await expect(page.getByTestId('bulk-refused')).toContainText(`${tipRef(tips[0]!.tipId)}: ${en('triage.errors.transition')}`);
    expect((await db.tip.findMany({ where: { id: { in: tips.slice(1).map((tip) => tip.tipId) } }, select: { status: true } })).map((tip) => tip.status)).toEqual(['NEW', 'NEW']);

    await page.getByRole('button', { name: en('bulk.retry', { count: 2 }) }).click();
    await expect(page.getByTestId('bulk-outcome')).toHaveText(en('bulk.resultDone', { count: 2 }));
    expect((await db.tip.findMany({ where: { id: { in: tips.map((tip) => tip.tipId) } }, select: { status: true } })).map((tip) => tip.status).sort()).toEqual(['CLOSED_DUPLICATE', 'CLOSED_UNFOUNDED', 'CLOSED_UNFOUNDED']);
    expect(guards.consoleErrors).toEqual([]);

    // A supervisor's queue shows each officer's load.
    const supervisorContext = await page.context().browser()!.newContext();
    await supervisorContext.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await addSession(supervisorContext, baseURL!, supervisor);
    const supervisorPage = await supervisorContext.newPage();
    await supervisorPage.goto('/console/queue');
    await expect(supervisorPage.getByTestId('officer-load').locator(`[data-staff-id="${officer.id}"]`)).toBeVisible();
    await supervisorContext.close();
  });
});
