/**
 * The console header with many navigation items (drive finding 5): at 1366 px a supervisor's
 * header was 265 px tall, "Police console" one letter per line and "Sign out" on two lines.
 * At 1366 and 360 px, in English and Khmer, for the roles with the longest menus: the brand
 * and the sign-out button each keep to one line and the header stays low.
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { translator } from '@/lib/i18n/translate';
import { signInAs } from '../helpers/staff';

/** Lines of text an element's words fall on. */
const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top))).size;
  });

async function header(page: Page) {
  const bar = page.locator('header.console-header');
  return {
    height: (await bar.boundingBox())!.height,
    brand: await lines(bar.locator('.site-header__brand')),
    signOut: await lines(bar.getByRole('button')),
  };
}

for (const role of ['SUPERVISOR', 'SYSTEM_ADMIN'] as const) {
  test(`a ${role.toLowerCase()}'s console header keeps the brand and "Sign out" on one line, in English and Khmer, at 1366 and 360 px`, async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, role);
    for (const lang of ['en', 'km'] as const) {
      const t = translator(lang);
      await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
      for (const [width, maxHeight] of [[1366, 150], [360, 80]] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto('/console/dashboard');
        await expect(page.locator('header.console-header').getByRole('button', { name: t('console.signOut') })).toBeVisible();
        const seen = await header(page);
        expect(seen, `${lang} at ${width} px`).toEqual({ height: expect.any(Number), brand: 1, signOut: 1 });
        expect(seen.height, `${lang} at ${width} px`).toBeLessThanOrEqual(maxHeight);
      }
    }
  });
}
