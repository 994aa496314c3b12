/**
 * The cases list on a phone (drive finding 19): with cases in it, its seven columns made the
 * whole page 629 px wide at 360 px. The table scrolls in its own region; the page does not.
 */
import { expect, test } from '@playwright/test';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';

test('the cases list with cases in it is no wider than a 360 px phone, in English and Khmer', async ({ page, context, baseURL }) => {
  const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
  await makeCase(supervisor.actor);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of ['en', 'km']) {
    await context.addCookies([{ name: 'lang', value: lang, url: baseURL! }]);
    await page.goto('/console/cases');
    await expect(page.locator('tbody tr').first()).toBeVisible();
    // Against the layout viewport: a phone zooms out to fit a page that is too wide, so innerWidth would grow with it.
    const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
    expect(width.page, lang).toBeLessThanOrEqual(width.screen);
  }
});
