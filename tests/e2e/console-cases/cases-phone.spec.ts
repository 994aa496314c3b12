/**
 * The cases list fits a 360 px phone (issue 11, drive item 19): the table scrolls in its own
 * box, the page is no wider than the screen.
 */
import { expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { db } from '@/lib/db/client';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';
import { overflowX, widestElements } from '../mobile/phone';

test('the cases list with a case in it is no wider than a 360 px phone', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL! }]);
  const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
  const opened = await makeCase(officer.actor);
  await db.case.update({ where: { id: opened.id }, data: { title: 'Golden Dragon compound behind the old casino on Otres road' } });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/console/cases');
  await expect(page.locator(`tr[data-case-reference="${opened.reference}"]`)).toBeVisible();
  expect(await overflowX(page), (await widestElements(page)).join('; ')).toBeLessThanOrEqual(0);
});
