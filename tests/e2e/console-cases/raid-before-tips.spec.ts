/**
 * A raid dated before every tip of its case (issue 11, drive item 5; decision 0895): it is
 * recorded, since it happened, but the page says at once, and beside the raid, that no tip of
 * the case can be rewarded for it, instead of "tips open to reward review".
 */
import { expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { cambodiaDay } from '@/lib/i18n/format';
import { formatDayMonthYear } from '@/lib/dates/day-month-year';
import { db } from '@/lib/db/client';
import { findEligibleTips } from '@/lib/rewards/eligible-tips';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';

const DAY = 24 * 60 * 60 * 1000;

test('a positive raid dated before every tip of the case is recorded with a warning that no tip can be rewarded for it', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL! }]);
  const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
  // Its tips came in an hour or two ago; the raid is dated three days back.
  const opened = await makeCase(supervisor.actor, { status: 'RAID_PLANNED' });
  await page.goto(`/console/cases/${opened.id}`);

  const record = async (day: string) => {
    await page.getByLabel('Date of the raid').fill(day);
    await page.getByLabel('Unit', { exact: true }).fill('Anti-Human Trafficking Unit');
    await page.getByLabel('Place', { exact: true }).fill('Otres road, behind the old casino');
    await page.getByLabel('Compound closed').check();
    await page.getByRole('button', { name: 'Record the raid' }).click();
  };

  await record(formatDayMonthYear(cambodiaDay(new Date(Date.now() - 3 * DAY))));
  const done = page.getByTestId('case-done');
  await expect(done).toContainText('dated before every tip of this case: no tip can be rewarded for it');
  await expect(done).toHaveClass(/notice--warning/);
  await expect(page.getByTestId('raid-outcome')).toHaveText('Positive outcome, but dated before every tip of this case: no tip can be rewarded for it');
  expect(await findEligibleTips(db, { raidId: (await db.raid.findFirstOrThrow({ where: { caseId: opened.id } })).id })).toEqual([]);

  // A raid on the tips' own day opens them to review, and says so as before.
  await record(formatDayMonthYear(cambodiaDay(new Date())));
  await expect(done).toHaveText(/^Raid recorded: it is listed under Raids\./);
  await expect(done).not.toHaveClass(/notice--warning/);
  await expect(page.getByTestId('raid-outcome')).toHaveText([
    'Positive outcome: tips open to reward review',
    'Positive outcome, but dated before every tip of this case: no tip can be rewarded for it',
  ]);
});
