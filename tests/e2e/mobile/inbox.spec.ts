/**
 * The inbox and the console navigation on a phone (issue 13, decisions 0400-0401): the first
 * tip on the first screen, navigation in one line, filters folded with chips that remove them,
 * dates typed as DD/MM/YYYY with clear errors, in Khmer and English, with and without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { translator } from '@/lib/i18n/translate';
import { makeTip } from '../../helpers/factories';
import { consoleMenu, openFilters } from '../helpers/console-menu';
import { signInAs } from '../helpers/staff';
import { overflowX, PHONES } from './phone';

// Stung Treng (KH-19): no other browser test puts tips there.
const PROVINCE = 'KH-19';

test.describe('the inbox on a phone', () => {
  test('shows the first tip on the first screen, with the navigation in one line (Khmer and English)', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'SUPERVISOR');
    await makeTip({ provinceCode: PROVINCE, urgent: true, description: 'ក្រុមហ៊ុនបោកប្រាស់តាមអ៊ីនធឺណិត មានរបងខ្ពស់ និងអ្នកយាមនៅមាត់ទ្វារ ឡានក្រុងមកដល់ពេលយប់។' });
    for (const locale of ['en', 'km']) {
      await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
      for (const phone of PHONES) {
        const where = `${locale} at ${phone.viewport!.width} x ${phone.viewport!.height}`;
        await page.setViewportSize(phone.viewport!);
        await page.goto('/console/tips');
        expect(await overflowX(page), where).toBeLessThanOrEqual(0);
        // The navigation is one line: a menu button beside the title, not rows of links.
        const bar = await page.locator('.site-header__bar').boundingBox();
        expect(bar!.height, where).toBeLessThanOrEqual(76);
        await expect(page.getByTestId('console-menu').getByRole('link').first()).toBeHidden();
        // The filters are folded.
        await expect(page.getByTestId('filter-panel')).not.toHaveAttribute('open', '');
        // The first row, and its link, on the first screen.
        const row = page.getByTestId('inbox-row').first();
        const box = await row.boundingBox();
        const link = await row.getByRole('link').first().boundingBox();
        expect(box!.y, where).toBeGreaterThanOrEqual(0);
        expect(link!.y + link!.height, where).toBeLessThanOrEqual(phone.viewport!.height);
        expect(box!.x + box!.width, where).toBeLessThanOrEqual(phone.viewport!.width);
      }
    }
  });

  test('filters by typed dates, shows the filters in use as chips, and a chip removes its filter', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'SUPERVISOR');
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    const word = `phone${Date.now().toString(36)}`;
    const tip = await makeTip({ provinceCode: PROVINCE, description: `The ${word} compound: buses arrive at night.` }, { receivedAt: new Date('2026-03-15T05:00:00Z') });
    await page.goto('/console/tips');
    await openFilters(page);
    await page.getByLabel('Search (Khmer or English)').fill(word);
    await page.getByRole('textbox', { name: 'Received from' }).fill('14/03/2026');
    await page.getByRole('textbox', { name: 'Received until' }).fill('15/3/2026');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByTestId('inbox-row')).toHaveCount(1);
    await expect(page.getByTestId('filter-panel')).not.toHaveAttribute('open', '');
    await expect(page.getByTestId('filter-panel').locator('summary')).toHaveText('Filters (3 on)');
    const chips = page.getByTestId('filter-chips');
    await expect(chips.getByRole('link')).toHaveText([`Search (Khmer or English): ${word}×`, 'Received from 14/03/2026×', 'Received until 15/3/2026×']);
    // The day after the tip: nothing; the chip of that date removes it, the others stay.
    await openFilters(page);
    await page.getByRole('textbox', { name: 'Received from' }).fill('16/03/2026');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByTestId('inbox-row')).toHaveCount(0);
    await chips.getByRole('link', { name: 'Remove filter: Received from 16/03/2026' }).click();
    await expect(page).not.toHaveURL(/from=/);
    await expect(page).toHaveURL(/to=15%2F3%2F2026/);
    await expect(page.getByTestId('inbox-row')).toHaveCount(1);
    await expect(page.locator(`tr[data-tip-id="${tip.tipId}"]`)).toBeVisible();
    // The form shows a typed day back as DD/MM/YYYY, and an ISO day from an old link too.
    await page.goto(`/console/tips?q=${word}&from=2026-03-14`);
    await openFilters(page);
    await expect(page.getByRole('textbox', { name: 'Received from' })).toHaveValue('14/03/2026');
    await expect(page.getByTestId('inbox-row')).toHaveCount(1);
  });

  test('a date that is not a day is refused with a clear message on the inbox, the map and the audit log, in Khmer and English', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'SUPERVISOR');
    for (const locale of ['en', 'km'] as const) {
      await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
      for (const path of ['/console/tips', '/console/map', '/console/audit']) {
        // 31 February; and 12/31 written month first, as a browser's date field would show it.
        for (const day of ['31/02/2026', '12/31/2026']) {
          await page.goto(`${path}?from=${encodeURIComponent(day)}`);
          await expect(page.locator('.form-error[role="alert"]'), `${path} ${locale} ${day}`).toContainText(translator(locale)('consolePhone.dateInvalid'));
          // The filters open by themselves to show what to correct.
          await expect(page.getByTestId('filter-panel')).toHaveAttribute('open', '');
        }
      }
    }
  });

  test('the menu and the filters work without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONES[1].viewport });
    await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
    await context.addCookies([{ name: 'lang', value: 'km', url: baseURL! }]);
    const t = translator('km');
    const page = await context.newPage();
    await page.goto('/console');
    await (await consoleMenu(page)).getByRole('link', { name: t('console.inbox') }).click();
    await expect(page).toHaveURL(/\/console\/tips$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('triage.title'));
    await openFilters(page);
    await page.getByLabel(t('triage.wantsReward')).check();
    await page.getByRole('button', { name: t('triage.filter') }).click();
    await expect(page).toHaveURL(/reward=1/);
    await page.getByTestId('filter-chips').getByRole('link', { name: t('consolePhone.removeFilter', { label: t('triage.wantsReward') }) }).click();
    await expect(page).toHaveURL(/\/console\/tips$/);
    await context.close();
  });

  test('with JavaScript, the menu closes once a page is chosen', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await page.goto('/console');
    await (await consoleMenu(page)).getByRole('link', { name: 'Cases' }).click();
    await expect(page).toHaveURL(/\/console\/cases$/);
    await expect(page.getByTestId('console-menu')).not.toHaveAttribute('open', '');
    await expect((await consoleMenu(page)).getByRole('link', { name: 'Cases' })).toHaveAttribute('aria-current', 'page');
  });

  test('on a wide screen the menu links are shown in line, without opening it', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/console');
    await expect(page.getByTestId('console-menu').locator('summary')).toBeHidden();
    await page.getByTestId('console-menu').getByRole('link', { name: 'Inbox' }).click();
    await expect(page).toHaveURL(/\/console\/tips$/);
  });
});
