/**
 * The audit page names every action in the reader's language (decision 0870), in the table,
 * the action filter and its chip, and keeps the stored name beside it for operators.
 */
import { expect, test } from '@playwright/test';
import { translator } from '@/lib/i18n/translate';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

test('a supervisor reads the audit log by action labels in Khmer and English, with the stored names beside them', async ({ page, context, baseURL }) => {
  await signInAs(context, baseURL!, 'SUPERVISOR');
  const tip = await makeTip();
  await page.goto(`/console/tips/${tip.tipId}`);
  await expect(page.locator('h1')).toBeVisible();

  for (const locale of ['km', 'en'] as const) {
    const t = translator(locale);
    const label = t('enums.AuditAction.tip.viewed');
    await context.addCookies([{ name: 'lang', value: locale, url: baseURL! }]);
    await page.goto(`/console/audit?action=tip.viewed&targetId=${tip.tipId}`);
    const cell = page.getByTestId('audit-events').getByTestId('audit-action').first();
    await expect(cell).toContainText(label);
    await expect(cell.locator('code')).toHaveText('tip.viewed');
    await expect(page.locator('#action option:checked')).toHaveText(label);
    await expect(page.getByTestId('filter-chips')).toContainText(`${t('audit.action')}: ${label}`);

    // The whole first page: no row's action is shown only by its stored name.
    await page.goto('/console/audit');
    const shown = await page.getByTestId('audit-action').evaluateAll((cells) => cells.map((td) => [td.firstChild?.textContent ?? '', td.querySelector('code')?.textContent ?? '']));
    expect(shown.length).toBeGreaterThan(0);
    for (const [text, code] of shown) expect(text, code).toBe(t(`enums.AuditAction.${code}`));
  }
});
