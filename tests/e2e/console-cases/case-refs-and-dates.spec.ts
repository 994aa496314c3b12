/**
 * The cases list and the case page show dates as the rest of the console does, and the case
 * page names its tips by their staff reference (issue 11, drive item 20).
 */
import { expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { formatters } from '@/lib/i18n/format';
import { tipRef } from '@/lib/tips/staff-ref';
import { db } from '@/lib/db/client';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';

test('the cases list and the case page date things "3 Dec 2026"; the case page names each tip T-…', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL! }]);
  const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
  const opened = await makeCase(officer.actor);
  await db.case.update({ where: { id: opened.id }, data: { title: 'Golden Dragon compound behind the old casino on Otres road' } });
  const format = formatters('en');

  await page.goto('/console/cases');
  const row = page.locator(`tr[data-case-reference="${opened.reference}"]`);
  await expect(row).toBeVisible();
  const updated = (await db.case.findUniqueOrThrow({ where: { id: opened.id } })).updatedAt;
  await expect(row).toContainText(format.date(updated));
  await expect(row).not.toContainText(/\d{4}-\d{2}-\d{2}/);

  await row.getByRole('link', { name: opened.reference }).click();
  for (const tip of opened.tips) {
    const tipRow = page.locator(`tr[data-tip-id="${tip.tipId}"]`);
    await expect(tipRow.getByTestId('case-tip-ref')).toHaveText(tipRef(tip.tipId));
    const receivedAt = (await db.tip.findUniqueOrThrow({ where: { id: tip.tipId } })).receivedAt;
    await expect(tipRow).toContainText(format.date(receivedAt));
    await expect(tipRow).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  }
  await page.locator(`tr[data-tip-id="${opened.tips[0]!.tipId}"]`).getByRole('link', { name: `Open tip ${tipRef(opened.tips[0]!.tipId)}` }).click();
  await expect(page).toHaveURL(new RegExp(`/console/tips/${opened.tips[0]!.tipId}$`));
});
