/**
 * The bulk-action result says what was applied (issue 11, drive item 23): the heading names the
 * value, each tip shows what it now has for it; the status list offers only statuses a tip can
 * be moved to (never "New").
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { tipRef } from '@/lib/tips/staff-ref';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

test('"Set priority to: High" on two tips: the result names High and shows each tip as High; "New" is not a status target', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL! }]);
  await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
  const marker = `bulkprio${randomBytes(4).toString('hex')}`;
  const tips = [await makeTip({ provinceCode: 'KH-18', description: `${marker} compound with guards 1` }), await makeTip({ provinceCode: 'KH-18', description: `${marker} compound with guards 2` })];

  await page.goto(`/console/tips?q=${marker}`);
  await expect(page.getByTestId('inbox-row')).toHaveCount(2);
  const form = page.getByTestId('bulk-form');
  const statuses = await form.getByLabel('Status', { exact: true }).locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(statuses).not.toContain('NEW');
  expect(statuses).not.toContain('LINKED');
  expect(statuses).toContain('TRIAGED');

  for (const tip of tips) await page.getByLabel(`Select tip ${tipRef(tip.tipId)}`).check();
  await form.getByLabel('Action').selectOption('priority');
  await form.getByLabel('Priority', { exact: true }).selectOption('HIGH');
  await form.getByRole('button', { name: 'Apply to the selected tips' }).click();
  await expect(page).toHaveURL(/\/console\/tips\/bulk\?/);
  await expect(page.getByTestId('bulk-action')).toHaveText('Set priority to: High');
  for (const tip of tips) await expect(page.getByTestId('bulk-done').locator(`[data-tip-id="${tip.tipId}"]`)).toHaveText(`${tipRef(tip.tipId)} · High`);
});
