/** /console/jobs: system administrators see every background job; others get 404 and no menu entry. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { JOBS } from '@/lib/jobs/registry';
import { consoleMenu } from '../helpers/console-menu';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';

test.describe('background jobs page', () => {
  test('a system administrator sees each job with its schedule, last and next run, in Khmer and English', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'SYSTEM_ADMIN');
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL!, httpOnly: true, sameSite: 'Strict' }]);
    const guards = watchPage(page, baseURL!);
    await page.goto('/console');
    await (await consoleMenu(page)).getByRole('link', { name: 'Background jobs' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Background jobs');
    const rows = page.getByTestId('jobs').locator('tbody tr');
    await expect(rows).toHaveCount(JOBS.length);
    const stats = page.locator('tr[data-job="stats-refresh"]');
    await expect(stats.getByRole('rowheader')).toContainText('Refresh statistics');
    await expect(stats).toContainText('Cron (UTC): */5 * * * *');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await context.addCookies([{ name: 'lang', value: 'km', url: baseURL!, httpOnly: true, sameSite: 'Strict' }]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ការងារផ្ទៃខាងក្រោយ');
    expect(await page.locator('body').innerText()).not.toMatch(/\bjobs\.[a-zA-Z]+/);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('a supervisor gets 404 and no menu entry', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'SUPERVISOR');
    const response = await page.goto('/console/jobs');
    expect(response?.status()).toBe(404);
    await page.goto('/console');
    await expect(page.getByRole('link', { name: /Background jobs|ការងារផ្ទៃខាងក្រោយ/ })).toHaveCount(0);
  });
});
