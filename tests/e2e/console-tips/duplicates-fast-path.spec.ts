/**
 * The tip page of the built app finds duplicates through dedup's own pg pool, as one named
 * prepared statement (docs/decisions/0114, 0115), not through Prisma's fallback: after the page
 * shows a duplicate, a connection named eyes-and-ears-dedup has just run that statement.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { DUPLICATES_SQL } from '@/lib/dedup/find-duplicates';
import { DEDUP_APPLICATION_NAME } from '@/lib/dedup/pool';
import { makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { duplicateCard } from '../helpers/duplicates';

// Ratanakiri (KH-16): no other browser test puts tips there.
const PROVINCE = 'KH-16';
const place = (northM = 0) => ({ lat: 13.7382 + northM / 111_195, lng: 106.9873, source: 'GPS' as const, accuracyM: 25 });

test('the tip page finds its duplicates through the prepared statement on dedup\'s pool', async ({ page, context, baseURL }) => {
  const guards = watchPage(page, baseURL!);
  await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  const name = `Kor${randomBytes(3).toString('hex')} Palace`;
  const tip = await makeTip({ description: `${name} compound: guards at the gate, buses at night.`, provinceCode: PROVINCE, location: place() });
  const duplicate = await makeTip({ description: `The ${name} compound, high walls and guards.`, provinceCode: PROVINCE, location: place(70) });

  const [{ before }] = await db.$queryRaw<[{ before: Date }]>`SELECT clock_timestamp() AS before`;
  await page.goto(`/console/tips/${tip.tipId}`);
  await expect(duplicateCard(page, duplicate.tipId)).toContainText('Likely duplicate');

  // pg_stat_activity keeps the start of a text (1 KB by default): enough to tell the statement.
  const statement = DUPLICATES_SQL.trim().slice(0, 300);
  const ran = () =>
    db.$queryRaw<{ query: string }[]>`
      SELECT query FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = ${DEDUP_APPLICATION_NAME} AND query_start >= ${before}`;
  await expect.poll(async () => (await ran()).some((row) => row.query.trim().startsWith(statement))).toBe(true);
  expect(guards.foreignRequests).toEqual([]);
  expect(guards.consoleErrors).toEqual([]);
});
