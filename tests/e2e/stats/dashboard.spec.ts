/** The console dashboard: for supervisors and administrators, not for officers. */
import { expect, test } from '@playwright/test';
import { makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { consoleMenu } from '../helpers/console-menu';

test.describe('console dashboard', () => {
  test('a supervisor sees charts and tables, with this month\'s tips counted', async ({ page, context, baseURL }) => {
    await makeTip({ provinceCode: 'KH-11' });
    await signInAs(context, baseURL!, 'SUPERVISOR');
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL!, httpOnly: true, sameSite: 'Strict' }]);
    const guards = watchPage(page, baseURL!);
    await page.goto('/console');
    await (await consoleMenu(page)).getByRole('link', { name: 'Dashboards' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboards');
    await expect(page.getByRole('img', { name: /From tip to reward/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Budget in USD/ })).toBeVisible();
    const mondulkiri = page.getByTestId('dashboard-by-province').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Mondulkiri', exact: true }) });
    expect(Number(await mondulkiri.getByRole('cell').first().innerText())).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('dashboard-funnel').getByRole('row')).toHaveCount(5);

    await page.getByLabel('Group by').selectOption('week');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/by=week/);
    await expect(page.getByTestId('dashboard-over-time').locator('tbody tr')).toHaveCount(13);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('an officer gets 404 and no menu entry', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'OFFICER');
    const response = await page.goto('/console/dashboard');
    expect(response?.status()).toBe(404);
    await page.goto('/console');
    await expect(page.getByRole('link', { name: /Dashboards|ផ្ទាំងស្ថិតិ/ })).toHaveCount(0);
  });
});
