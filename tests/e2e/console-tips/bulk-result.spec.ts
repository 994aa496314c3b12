/**
 * The bulk result page says what was applied (drive finding 23): "Set priority to High", and
 * each tip's new priority beside its status, not the status alone.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { translator } from '@/lib/i18n/translate';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

const en = translator('en');

test('setting the priority of two tips at once: the result names the priority chosen and shows it on each tip', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await signInAs(context, baseURL!, 'SUPERVISOR');
  const word = `bulk${randomBytes(4).toString('hex')}`;
  const tips = [await makeTip({ description: `First ${word} compound` }), await makeTip({ description: `Second ${word} compound` })];
  await page.goto(`/console/tips?q=${word}`);
  for (const tip of tips) await page.locator(`[data-tip-id="${tip.tipId}"] input[name="tipId"]`).check();
  await page.locator('#bulk-action').selectOption('priority');
  await page.locator('#bulk-priority').selectOption('HIGH');
  await page.getByRole('button', { name: en('bulk.apply') }).click();
  await expect(page.getByTestId('bulk-applied')).toHaveText(`${en('bulk.action_priority')} ${en('enums.Priority.HIGH')}`);
  for (const tip of tips) await expect(page.getByTestId('bulk-done').locator(`[data-tip-id="${tip.tipId}"]`)).toContainText(en('enums.Priority.HIGH'));
});
