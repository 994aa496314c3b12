/**
 * What a new officer meets on the console (issues 10 and 11): tips named by their staff
 * reference and never by their tip code (decision 0800); times on a 24-hour clock with
 * Western digits in Khmer as in English (decision 0801); the time of day a tipster chose
 * shown even without a date; "1 tip", not "1 tips"; an OPEN case saying how to record a raid.
 */
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { tipRef } from '@/lib/tips/staff-ref';
import { makeCase } from '../../helpers/factories-cases';
import { makeStaff, makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

// Mondulkiri (KH-11): few other browser tests put tips there.
const PROVINCE = 'KH-11';
const place = { lat: 12.4558, lng: 107.1881, source: 'GPS' as const, accuracyM: 30 };
const OTHER_DIGITS = /[\u17e0-\u17e9]/;

test.describe('console: staff references and one way of writing times', () => {
  test('no staff page prints a tip code; the staff reference finds and names the tip', async ({ page, context, baseURL }) => {
    const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    const tip = await makeTip({ provinceCode: PROVINCE, location: place, observedTime: 'NIGHT', description: `Trucks unload people at night ${Date.now().toString(36)}.` });
    await db.tip.update({ where: { id: tip.tipId }, data: { assignedToId: supervisor.id } });
    const ref = tipRef(tip.tipId);

    await page.goto(`/console/tips?q=${encodeURIComponent(ref)}`);
    await expect(page.getByTestId('inbox-row')).toHaveCount(1);
    const link = page.getByTestId('inbox-row').getByRole('link', { name: ref, exact: true });
    await expect(link).toBeVisible();
    await expect(page.locator('body')).not.toContainText(tip.code);

    await link.click();
    await expect(page.locator('h1')).toContainText(ref);
    await expect(page.locator('body')).not.toContainText(tip.code);
    // No date was given: the time of day is still shown.
    await expect(page.getByTestId('tip-observed')).toHaveText('Night');

    await page.goto('/console/queue');
    await expect(page.getByTestId('my-tips').getByRole('link', { name: ref })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(tip.code);

    // Khmer: the same 24-hour clock and Western digits as English, never "PM".
    await context.addCookies([{ name: 'lang', value: 'km', url: baseURL! }]);
    await page.goto(`/console/tips?q=${encodeURIComponent(ref)}`);
    const row = page.getByTestId('inbox-row');
    await expect(row).toContainText(/\d{2}:\d{2}/);
    expect(await row.innerText()).not.toMatch(OTHER_DIGITS);
    expect(await row.innerText()).not.toMatch(/PM|AM|ល្ងាច|ព្រឹក/);
  });

  test('an OPEN case says how to record a raid, and counts "1 tip"', async ({ page, context, baseURL }) => {
    const opener = await makeStaff('OFFICER', { provinceCodes: [PROVINCE] });
    const opened = await makeCase(opener.actor, { tips: 1, tipOverrides: { provinceCode: PROVINCE, location: place } });
    await signInAs(context, baseURL!, 'SUPERVISOR');
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await page.goto(`/console/cases/${opened.id}`);
    await expect(page.getByText(/· 1 tip ·/)).toBeVisible();
    await expect(page.getByTestId('raid-needs-investigating')).toContainText('first change the status to “Investigating”');
    await expect(page.locator('body')).not.toContainText(opened.tips[0]!.code);
  });
});
