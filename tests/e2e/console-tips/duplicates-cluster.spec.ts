/**
 * A compound reported 24 times, in several languages: its tip page shows the best three
 * candidates with their reasons in the officer's language and without noise, and the rest
 * behind one "show more" that opens without JavaScript, so the page stays short.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';
import { tipRef } from '@/lib/tips/staff-ref';

// Kampong Thom (KH-6): no other browser test puts tips there.
const PROVINCE = 'KH-6';
const place = (northM: number) => ({ lat: 12.7111 + northM / 111_195, lng: 104.8887, source: 'GPS' as const, accuracyM: 20 });
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

test('a cluster of 24 tips about one compound: three candidates with Khmer reasons first, the rest behind one "show more" that works without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(120_000); // 24 tips written through intake on a shared 2-core machine
  // Letters only: a name with digits would also be a shared number.
  const name = `Vel${[...randomBytes(5)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  const texts = [
    `Casino ${name} Lotus, yellow building, 9 floors, guards at the gate.`,
    `កាស៊ីណូ ${name} Lotus អគារពណ៌លឿង ៩ជាន់ មានអ្នកយាម។`,
    `${name} Lotus 赌场，黄色的九层楼，门口有保安。`,
    `Sòng bạc ${name} Lotus, tòa nhà màu vàng 9 tầng, có bảo vệ.`,
  ];
  const cluster = [];
  for (let i = 0; i < 24; i++) {
    cluster.push(await makeTip({ description: texts[i % texts.length]!, language: (['en', 'km', 'zh', 'vi'] as const)[i % 4], provinceCode: PROVINCE, location: place(i * 7) }, { receivedAt: daysAgo(1 + i) }));
  }
  const tip = cluster[0]!;

  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: [PROVINCE] });
  await context.addCookies([{ name: 'lang', value: 'km', url: baseURL! }]);
  const page = await context.newPage();
  await page.goto(`/console/tips/${tip.tipId}`);

  const panel = page.locator('section').filter({ has: page.getByTestId('duplicates') });
  const candidates = panel.getByTestId('duplicate');
  // Many candidates (the bounded search offers up to 20 of the 23), three of them open.
  await expect(page.getByTestId('duplicates').getByTestId('duplicate')).toHaveCount(3);
  const total = await candidates.count();
  expect(total).toBeGreaterThanOrEqual(12);
  expect(total).toBeLessThanOrEqual(20);
  const first = page.getByTestId('duplicates').getByTestId('duplicate');
  for (let i = 0; i < 3; i++) {
    await expect(first.nth(i)).toBeVisible();
    // Reasons in Khmer: the same name, a likely duplicate; at most four reasons each.
    await expect(first.nth(i)).toContainText(`ឈ្មោះដូចគ្នា៖ lotus, ${name.toLowerCase()}`);
    await expect(first.nth(i)).toContainText('ទំនងជាស្ទួន');
    expect(await first.nth(i).locator('li').count()).toBeLessThanOrEqual(4);
  }
  // No noise: "the names differ", the category, the time, a shared single digit.
  await expect(panel).not.toContainText('ឈ្មោះខុសគ្នា');
  await expect(panel).not.toContainText('ប្រភេទដូចគ្នា');
  await expect(panel).not.toContainText(/ថ្ងៃ/);
  await expect(panel).not.toContainText(/លេខដូចគ្នា៖ \d(?!\d)/);
  expect(cluster.slice(1).map((other) => tipRef(other.tipId))).toEqual(expect.arrayContaining([...(await first.locator('a').allTextContents())]));

  // One "show more" holds the others, closed: the page stays about a screen long.
  const more = page.getByTestId('duplicates-more');
  await expect(more).toHaveCount(1);
  await expect(more.locator('summary')).toHaveText(`បង្ហាញ ${total - 3} ទៀត`);
  await expect(more.getByTestId('duplicate').first()).toBeHidden();
  const closedHeight = (await panel.boundingBox())!.height;
  await more.locator('summary').click();
  await expect(more.getByTestId('duplicate')).toHaveCount(total - 3);
  await expect(more.getByTestId('duplicate').last()).toBeVisible();
  // Open, the others scroll inside their own box (24rem) rather than lengthening the page.
  const openHeight = (await panel.boundingBox())!.height;
  expect(openHeight).toBeGreaterThan(closedHeight);
  expect(openHeight).toBeLessThan(closedHeight + 24 * 16 + 100);
  await context.close();
});
