/**
 * The public statistics page in a phone's Chromium: every resident language, nothing from
 * another origin, no console error, small counts never shown, accessible.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { countFormatter } from '@/lib/stats/format';
import { db } from '@/lib/db/client';
import { makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { lastQuarter, seedLastQuarter } from '../helpers/stats-quarter';

/** Tables sit behind "Show the table" (decision 0402): open the one holding this table. */
const showTable = (page: Page, testId: string) => page.locator('details', { has: page.getByTestId(testId) }).locator('summary').click();

const setLanguage = (context: BrowserContext, baseURL: string, locale: string) =>
  context.addCookies([{ name: 'lang', value: locale, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);

test.describe('public statistics', () => {
  // Integration tests share this database and may have left tips in Kampot last quarter.
  let kampotTips = 0;
  // The province table of the last complete calendar quarter.
  const provinceTips = () => `stats-quarter-${lastQuarter().key}-tips`;
  test.beforeAll(async () => {
    // In the last complete quarter: 3 tips in Pailin (must never show as 3), 7 more in Kampot,
    // written once for every file that opens /stats (tests/e2e/helpers/stats-quarter.ts).
    const quarter = lastQuarter();
    await seedLastQuarter();
    // The province table adds up the whole quarter.
    kampotTips = await db.tip.count({ where: { provinceCode: 'KH-7', receivedAt: { gte: quarter.from, lt: quarter.to } } });
  });

  test('renders in all 8 languages with no raw keys, no request elsewhere, no console error, and no small count', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    for (const locale of RESIDENT_LOCALES) {
      const t = translator(locale);
      await setLanguage(context, baseURL!, locale);
      const response = await page.goto('/stats');
      expect(response?.status(), locale).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('stats.title'));
      const text = await page.locator('body').innerText();
      expect(text, `${locale}: raw message keys`).not.toMatch(/\b(stats|common|home)\.[a-zA-Z]+\b/);

      // Pailin's tips: "fewer than 5" in the reader's digits, never the 3.
      await showTable(page, provinceTips());
      const pailin = page.getByTestId(provinceTips()).getByRole('row').filter({ has: page.getByRole('rowheader', { name: locale === 'km' ? 'ប៉ៃលិន' : 'Pailin', exact: true }) });
      await expect(pailin.getByRole('cell')).toHaveText(t('stats.fewerThan', { k: countFormatter(locale)(5) }));
      // Kampot's count is shown, or hidden to protect Pailin; never a number below 5.
      const kampot = page.getByTestId(provinceTips()).getByRole('row').filter({ has: page.getByRole('rowheader', { name: locale === 'km' ? 'កំពត' : 'Kampot', exact: true }) });
      const kampotText = await kampot.getByRole('cell').innerText();
      expect([countFormatter(locale)(kampotTips), t('stats.hidden')], locale).toContain(kampotText.trim());
      for (const cell of await page.getByTestId(provinceTips()).locator('tbody td').allInnerTexts()) {
        expect(['1', '2', '3', '4'].map((digit) => countFormatter(locale)(Number(digit))), `${locale}: ${cell}`).not.toContain(cell.trim());
      }
      // Charts are drawn on the server as SVG with a name, each with its table one tap away.
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
      expect(await page.locator('svg[role="img"]').count()).toBe(await page.locator('figure:has(svg[role="img"]) table').count());
    }
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('is linked from the resident footer and works without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await setLanguage(context, baseURL!, 'en');
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Public statistics' }).click();
    await expect(page).toHaveURL(`${baseURL}/stats`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public statistics');
    await expect(page.getByTestId('stats-summary')).toBeVisible();
    // "Show the table" opens without JavaScript: a <details>.
    await showTable(page, 'stats-month-tips');
    await expect(page.getByTestId('stats-month-tips')).toBeVisible();
    await context.close();
  });

  test('has no serious or critical accessibility violations (Khmer and English)', async ({ page, context, baseURL }) => {
    for (const locale of ['km', 'en']) {
      await setLanguage(context, baseURL!, locale);
      await page.goto('/stats');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), locale).toEqual([]);
    }
  });

  // Last in this file: the tips it writes must reach no other test's page.
  test('serves figures from the cache: tips written after a visit do not reach the page within the hour', async ({ page, context, baseURL }) => {
    await setLanguage(context, baseURL!, 'en');
    await page.goto('/stats');
    await showTable(page, provinceTips());
    const takeo = page.getByTestId(provinceTips()).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Takeo', exact: true }) });
    await expect(takeo.getByRole('cell')).toHaveText('0');
    const summary = await page.getByTestId('stats-summary').innerText();

    const quarter = lastQuarter();
    for (let index = 0; index < 6; index++) await makeTip({ provinceCode: 'KH-21' }, { receivedAt: new Date(`${quarter.keys[2]}-11T03:00:00Z`) });
    await page.goto('/stats');
    await showTable(page, provinceTips());
    await expect(takeo.getByRole('cell')).toHaveText('0');
    expect(await page.getByTestId('stats-summary').innerText()).toBe(summary);
  });
});
