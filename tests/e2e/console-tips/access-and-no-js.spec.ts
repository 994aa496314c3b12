/**
 * The triage pages in Khmer and English pass axe (no serious or critical WCAG 2.1 AA
 * violation), and triage works with JavaScript off: the filters are a GET form and every
 * action a plain form post.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';
import { openFilters } from '../helpers/console-menu';
import { tipRef } from '@/lib/tips/staff-ref';

// Kratie (KH-10): no other browser test puts tips there (the cases map test counts Kep's).
const PROVINCE = 'KH-10';
const place = { lat: 12.4881, lng: 106.0188, source: 'GPS' as const, accuracyM: 40 };

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('console tips: accessible, and usable without JavaScript', () => {
  test('inbox, tip detail and unusual-access pages pass axe in Khmer and English', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000); // six page loads through axe on a shared 2-core machine
    await signInAs(context, baseURL!, 'SUPERVISOR');
    const tip = await makeTip({ description: 'អគារខ្ពស់មានរបងលួសបន្លា និងអ្នកយាមនៅមាត់ទ្វារ។', language: 'km', urgent: true, provinceCode: PROVINCE, location: place, landmark: 'ជិតផ្សារ' });
    for (const lang of ['km', 'en']) {
      await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
      for (const path of [`/console/tips?province=${PROVINCE}`, `/console/tips/${tip.tipId}`, '/console/access-flags']) {
        await page.goto(path);
        await expect(page.locator('h1')).toBeVisible();
        expect(await seriousViolations(page), `${lang} ${path}`).toEqual([]);
      }
    }
  });

  test('an officer filters, opens and triages a tip with JavaScript off', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    const word = `nojs${Date.now().toString(36)}`;
    const tip = await makeTip({ description: `The ${word} compound: buses arrive at night.`, provinceCode: PROVINCE, location: place, wantsReward: true });
    const page = await context.newPage();

    await page.goto('/console/tips');
    await openFilters(page);
    await page.getByLabel('Search (Khmer or English)').fill(word);
    await page.getByLabel('Wants a reward').check();
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(new RegExp(`q=${word}.*reward=1`));
    await expect(page.getByTestId('inbox-row')).toHaveCount(1);
    await page.getByRole('link', { name: tipRef(tip.tipId) }).click();

    await page.getByLabel('Change status to').selectOption('TRIAGED');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('status')).toHaveText('Status changed.');
    await page.getByLabel('Priority').selectOption('HIGH');
    await page.getByRole('button', { name: 'Save' }).nth(1).click();
    await expect(page.getByRole('status')).toHaveText('Priority saved.');
    await page.getByLabel('New note (staff only)').fill('Checked the road: two buses parked at 22:00.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByRole('status')).toHaveText('Note added.');
    await expect(page.getByTestId('note')).toContainText('two buses parked');

    // Someone else closes the tip meanwhile: the stale form's move is refused with the
    // workflow's message, not an error page, and the other decision stands.
    await page.getByLabel('Change status to').selectOption('CLOSED_UNFOUNDED');
    await db.tip.update({ where: { id: tip.tipId }, data: { status: 'CLOSED_DUPLICATE' } });
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('alert')).toHaveText("This status change is not allowed from the tip's current status.");

    expect(await db.tip.findUniqueOrThrow({ where: { id: tip.tipId }, select: { priority: true, status: true } })).toEqual({ priority: 'HIGH', status: 'CLOSED_DUPLICATE' });
    await context.close();
  });
});
