/**
 * Merging two cases through the form, assignment, and the accessibility of the case pages
 * and the map in Khmer and English.
 */
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { db } from '@/lib/db/client';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';

const inLocale = (context: BrowserContext, baseURL: string, locale: 'en' | 'km') => context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL }]);

async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('console cases: merge and access', () => {
  test('an officer merges one case into another by its reference and assigns the result', async ({ page, context, baseURL }) => {
    await inLocale(context, baseURL!, 'en');
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
    const target = await makeCase(officer.actor, { tips: 1 });
    const source = await makeCase(officer.actor, { tips: 2 });

    await page.goto(`/console/cases/${target.id}`);
    await page.getByLabel('Reference of the case to merge in').fill(target.reference);
    await page.getByRole('button', { name: 'Merge into this case' }).click();
    await expect(page.locator('.form-error')).toHaveText('A case cannot be merged into itself.');

    await page.getByLabel('Reference of the case to merge in').fill(source.reference.toLowerCase());
    await page.getByRole('button', { name: 'Merge into this case' }).click();
    await expect(page.getByTestId('case-done')).toHaveText('Cases merged.');
    for (const tip of source.tips) await expect(page.locator(`tr[data-tip-id="${tip.tipId}"]`)).toBeVisible();
    await expect(page.getByTestId('first-informant')).toHaveCount(1);

    await page.getByLabel('Assigned to').selectOption({ label: 'Test OFFICER (Officer)' });
    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(page.getByText('Assigned to: Test OFFICER')).toBeVisible();

    await page.getByRole('link', { name: source.reference }).click();
    await expect(page.getByText(`This case was merged into ${target.reference} and can no longer be changed.`)).toBeVisible();
    await expect(page.getByTestId('case-status')).toHaveText('Closed');
    await expect(page.getByRole('button', { name: /Move to/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add note' })).toHaveCount(0);
    expect(await db.case.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ mergedIntoId: target.id });
  });

  for (const locale of ['km', 'en'] as const) {
    test(`the case list, a case and the map pass axe in ${locale}`, async ({ page, context, baseURL }) => {
      await inLocale(context, baseURL!, locale);
      const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
      const opened = await makeCase(supervisor.actor, { tips: 2, status: 'INVESTIGATING' });
      for (const url of ['/console/cases', `/console/cases/${opened.id}`, '/console/map']) {
        await page.goto(url);
        await expect(page.locator('h1')).toBeVisible();
        await expectAccessible(page);
      }
    });
  }
});
