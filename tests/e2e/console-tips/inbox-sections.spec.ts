/**
 * The inbox's sections as an officer reads them (drive findings 2 and 3): an urgent tip sent
 * without JavaScript is listed with the urgent tips, above tips that are not urgent (decision
 * 0880); the section of tips without proof of work holds only new ones, and a heading closes it
 * before the tips already triaged.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

const en = translator('en');
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

test('an urgent tip without proof of work is above the tips that are not urgent; triaged tips are outside the section apart', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await signInAs(context, baseURL!, 'SUPERVISOR');
  const word = `sect${randomBytes(4).toString('hex')}`;
  const normal = await makeTip({ description: `Normal ${word} compound` }, { receivedAt: hoursAgo(80) });
  const held = await makeTip({ category: 'PERSON_HELD', urgent: true, description: `Held ${word}: my sister is locked in` }, { receivedAt: hoursAgo(1), powVerified: false });
  const apart = await makeTip({ description: `Apart ${word} compound` }, { receivedAt: hoursAgo(5), powVerified: false });
  const linked = await makeTip({ description: `Linked ${word} compound` }, { receivedAt: hoursAgo(30), powVerified: false });
  await db.tip.update({ where: { id: linked.tipId }, data: { status: 'TRIAGED', triagedAt: new Date() } });

  await page.goto(`/console/tips?q=${word}`);
  const body = page.getByTestId('inbox').locator('tbody > tr');
  await expect(body).toHaveCount(6);
  const order = await body.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tip-id') ?? row.getAttribute('data-testid')));
  expect(order).toEqual([held.tipId, normal.tipId, 'inbox-apart', apart.tipId, 'inbox-after-apart', linked.tipId]);
  await expect(page.locator(`[data-tip-id="${held.tipId}"]`)).toContainText(en('triage.noPowShort'));
  await expect(page.getByTestId('inbox-after-apart')).toHaveText(en('triage.afterApartSection'));
});
