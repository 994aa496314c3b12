import { expect, test } from '@playwright/test';
import { watchPage } from '../helpers/page-guards';

test.describe('home page', () => {
  test('renders in Khmer by default and in English after switching, on a phone, self-contained', async ({ page, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('រាយការណ៍អំពីទីតាំងបោកប្រាស់ ដោយសុវត្ថិភាព');
    await expect(page.getByRole('link', { name: 'ចាកចេញរហ័ស' })).toBeVisible();

    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report a scam compound, safely');
    await expect(page.getByRole('link', { name: 'Report a place' })).toBeVisible();

    // The Khmer font is served by this site, never by a font CDN.
    await page.getByRole('link', { name: 'ខ្មែរ' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ក'))).toBe(true);

    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('switches language without JavaScript and returns to the same page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/exit');
    await page.goto('/?from=test');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(`${baseURL}/?from=test`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('安全地举报诈骗园区');
    const cookies = await context.cookies();
    expect(cookies.map((cookie) => cookie.name)).toEqual(['lang']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    await context.close();
  });

  test('sends the security headers on pages, API responses, assets and errors', async ({ request, page }) => {
    await page.goto('/');
    const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    for (const path of ['/', '/api/health', '/does-not-exist', stylesheet!]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['permissions-policy'], path).toContain('geolocation=(self)');
      expect(headers['x-powered-by'], path).toBeUndefined();
    }
  });
});
