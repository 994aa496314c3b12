/**
 * /stats on a phone (issue 13): headline figures on the first screen, no table or page wider
 * than the screen, the page within its height budget in every language, one chart per
 * question with its figures in words, empty rows and currencies summarised, axe clean.
 * Suppression itself is tested in tests/e2e/stats/public-stats.spec.ts (decision 0007).
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { monthFormatter } from '@/lib/stats/format';
import { completeQuarters } from '@/lib/stats/periods';
import { seedLastQuarter } from '../helpers/stats-quarter';
import { axeViolations, overflowX, PHONES, widestElements } from './phone';

// lib/stats/public-stats.ts's CURRENCIES (that file needs Next's cache, which Playwright cannot load).
const CURRENCIES = ['USD', 'KHR'] as const;

/**
 * The page's height budget at 393 px (decision 0403): about five Pixel 5 screens. Measured
 * 2,560-2,920 px in the eight languages with the test data (a few provinces with figures);
 * each further province with figures adds about 18 px to each by-province chart it appears
 * in, so tips, raids and rescues in every province still fit (about 4,050 px).
 */
export const STATS_HEIGHT_BUDGET_PX = 4_500;

const setLanguage = (context: BrowserContext, baseURL: string, locale: string) => context.addCookies([{ name: 'lang', value: locale, url: baseURL }]);

test.describe('/stats on a phone', () => {
  // /stats caches its figures: the figures public-stats.spec.ts tests must be written before any visit.
  test.beforeAll(seedLastQuarter);

  test('stays within its height budget and the screen width in every language', async ({ page, context, baseURL }) => {
    await page.setViewportSize(PHONES[0].viewport!);
    for (const locale of RESIDENT_LOCALES) {
      await setLanguage(context, baseURL!, locale);
      await page.goto('/stats');
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`/stats ${locale} at 393 px: ${height} px tall`);
      expect(height, `${locale}: page height`).toBeLessThanOrEqual(STATS_HEIGHT_BUDGET_PX);
      expect(await overflowX(page), `${locale}: ${(await widestElements(page)).join('; ')}`).toBeLessThanOrEqual(0);
    }
  });

  test('headline figures first, one chart per question, tables one tap away and no wider than the screen (Khmer and English)', async ({ page, context, baseURL }) => {
    for (const locale of ['en', 'km'] as const) {
      const t = translator(locale);
      await setLanguage(context, baseURL!, locale);
      for (const phone of PHONES) {
        await page.setViewportSize(phone.viewport!);
        await page.goto('/stats');
        const where = `${locale} at ${phone.viewport!.width} px`;
        // The totals come before any chart, on the first screen.
        const summary = await page.getByTestId('stats-summary').boundingBox();
        expect(summary!.y + summary!.height, where).toBeLessThanOrEqual(phone.viewport!.height);
        const firstChart = await page.locator('svg[role="img"]').first().boundingBox();
        expect(firstChart!.y, where).toBeGreaterThan(summary!.y);

        // One chart per question over time: tips, raids, people rescued, and rewards in each
        // currency that paid anything; a currency that paid nothing is one sentence instead.
        const nothingPaid = (await page.getByTestId('stats-nothing-paid').first().textContent().catch(() => '')) ?? '';
        const paying = CURRENCIES.filter((currency) => !nothingPaid.includes(currency));
        const overTime = ['tips', 'raids', 'rescued', ...paying.map((currency) => `rewards-${currency}`)];
        for (const name of overTime) await expect(page.locator(`svg[aria-labelledby^="month-${name}-title"]`), `${where} ${name}`).toHaveCount(1);
        for (const currency of CURRENCIES.filter((currency) => !paying.includes(currency))) await expect(page.locator(`svg[aria-labelledby^="month-rewards-${currency}-title"]`)).toHaveCount(0);
        // Each chart names its figures in words for a screen reader: every month, with its figure.
        const description = (await page.locator('#month-tips-desc').textContent()) ?? '';
        for (const month of completeQuarters(new Date()).flatMap((quarter) => quarter.keys)) {
          expect(description, where).toContain(t('statsPhone.figure', { label: monthFormatter(locale)(month), value: '' }).trim());
        }
        // Provinces with nothing are counted in a sentence, not drawn as rows of zeros.
        expect(await page.locator('svg[aria-labelledby^="quarter-"] text').allTextContents(), where).not.toContain('0');

        // Tables are closed until asked for, then fit the screen.
        const tables = page.locator('figure details');
        expect(await tables.count(), where).toBeGreaterThan(0);
        for (const details of await tables.all()) expect(await details.getAttribute('open')).toBeNull();
        await tables.first().locator('summary').click();
        await expect(tables.first().locator('table')).toBeVisible();
        await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
        const tooWide = await page.evaluate(() => [...document.querySelectorAll('table')].filter((table) => table.getBoundingClientRect().right > window.innerWidth + 0.5).map((table) => table.dataset.testid));
        expect(tooWide, where).toEqual([]);
        expect(await overflowX(page), where).toBeLessThanOrEqual(0);
      }
    }
  });

  test('passes axe with the tables closed and open (Khmer and English)', async ({ page, context, baseURL }) => {
    await page.setViewportSize(PHONES[0].viewport!);
    for (const locale of ['en', 'km']) {
      await setLanguage(context, baseURL!, locale);
      await page.goto('/stats');
      expect(await axeViolations(page), `${locale} closed`).toEqual([]);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
      expect(await axeViolations(page), `${locale} open`).toEqual([]);
    }
  });
});
