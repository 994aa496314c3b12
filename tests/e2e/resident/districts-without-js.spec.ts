/**
 * The district list without JavaScript (decision 0860): on the first view every district is
 * listed under its province, so a resident finds theirs in one pass of the phone's picker and
 * may send the tip with the district alone; after the form comes back from the server, only
 * the chosen province's districts are offered.
 */
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { DISTRICTS } from '@/lib/geo/districts';
import { PROVINCES } from '@/lib/geo/provinces';
import { countTips, marker, PHONE, useLanguage } from './helpers';

test('without JavaScript: districts grouped by province, a district alone locates the tip, and a round trip narrows the list', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  await useLanguage(context, baseURL!, 'en');
  const page = await context.newPage();
  const mark = marker();
  await page.goto('/report');

  const district = page.getByLabel('District');
  const groups = district.locator('optgroup');
  await expect(groups).toHaveCount(PROVINCES.length);
  // Each province's group holds exactly its own districts, and no district sits outside a group.
  const sihanouk = district.locator('optgroup[label="Preah Sihanouk"] option');
  await expect(sihanouk).toHaveText(DISTRICTS.filter((entry) => entry.provinceCode === 'KH-18').map((entry) => entry.en).sort(new Intl.Collator('en').compare));
  await expect(district.locator('optgroup option')).toHaveCount(DISTRICTS.length);
  await expect(district.locator(':scope > option')).toHaveText(['Choose a district']);

  // The district alone, no province: the tip is placed in that district, not refused for want of a location.
  await page.getByLabel('Suspected scam compound').check();
  await district.selectOption('KH-18-02');
  await page.getByLabel('Describe what you saw (required)').fill(`Guards at a closed hotel, buses at night ${mark}.`);
  await page.getByRole('button', { name: 'Send tip' }).click();
  await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
  const code = (await page.getByTestId('tip-code').innerText()).trim();
  expect(await db.tip.findUniqueOrThrow({ where: { code }, select: { provinceCode: true, districtCode: true, locationSource: true } })).toEqual({
    provinceCode: 'KH-18',
    districtCode: 'KH-18-02',
    locationSource: 'AREA',
  });

  // A province and a district of another one: refused, nothing stored, and the list comes back narrowed to the province.
  const other = marker();
  await page.goto('/report');
  await page.getByLabel('Suspected scam compound').check();
  await page.getByLabel('Province').selectOption({ label: 'Phnom Penh' });
  await district.selectOption('KH-18-02');
  await page.getByLabel('Describe what you saw (required)').fill(`A recruiter waits at the bus station every morning ${other}.`);
  await page.getByRole('button', { name: 'Send tip' }).click();
  await expect(page.getByText('This district is not in the chosen province.')).toBeVisible();
  expect(await countTips(other)).toBe(0);
  await expect(groups).toHaveCount(1);
  await expect(groups).toHaveAttribute('label', 'Phnom Penh');
  await expect(district.locator('optgroup option')).toHaveCount(DISTRICTS.filter((entry) => entry.provinceCode === 'KH-12').length);
  await context.close();
});
