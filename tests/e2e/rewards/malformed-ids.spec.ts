/**
 * Decision 0875 through a real form: the propose form posted with its tip id rewritten as a
 * malformed id and as a well-formed id of nothing shows the same refusal, and stores nothing.
 * (Before, the malformed one was a form error and the unknown one "not eligible".)
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { fund, makePolicy, makeRaidedCase } from '../../helpers/factories-rewards';
import { signInAs } from '../helpers/staff';

const t = translator('en');

test('the propose form answers a malformed tip id exactly as an unknown one', async ({ browser, baseURL }) => {
  await makePolicy();
  await fund(500_000n);
  const raided = await makeRaidedCase({ tips: 1 });
  const tipId = raided.tips[0]!.tipId;
  const context = await browser.newContext();
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await signInAs(context, baseURL!, 'REWARDS_ADMIN');
  const page = await context.newPage();

  const answers: string[] = [];
  for (const id of [randomUUID(), 'not-a-uuid', "1' OR '1'='1"]) {
    await page.goto('/console/rewards');
    const card = page.locator(`[data-tip-id="${tipId}"]`);
    await card.locator('input[name="tipId"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), id);
    await card.getByRole('button', { name: t('rewards.propose') }).click();
    await expect(page.locator('.form-error')).toBeVisible();
    answers.push(`${new URL(page.url()).pathname} ${await page.locator('.form-error').innerText()}`);
  }
  expect(answers[0]).toBe(`/console/rewards ${t('rewards.errors.notEligible')}`);
  expect(new Set(answers).size).toBe(1);
  expect(await db.reward.count({ where: { raidId: raided.raidId } })).toBe(0);
  await context.close();
});
