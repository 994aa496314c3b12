/**
 * Every console page on a phone (issue 13), in Khmer and English, at 393 and 360 px: the
 * document is no wider than the screen, controls are thumb-sized, axe finds nothing. Pages
 * come from lib/auth/console-pages.ts, so a new page is measured as soon as it is registered;
 * one with an [id] needs a sample record below, and the first test fails until it has one.
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { CONSOLE_PAGES, PUBLIC_CONSOLE_PAGES } from '@/lib/auth/console-pages';
import { type Permission, ROLE_PERMISSIONS } from '@/lib/auth/permissions';
import { proposeReward } from '@/lib/rewards/propose-reward';
import type { StaffRoleCode } from '@/lib/staff/roles';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';
import { fund, makePolicy, makeRaidedCase } from '../../helpers/factories-rewards';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { axeViolations, overflowX, PHONES, smallTargets, widestElements } from './phone';

/** The role that sees the most of a page: rewards pages as the rewards administrator, and so on. */
const ROLE_ORDER: StaffRoleCode[] = ['REWARDS_ADMIN', 'SUPERVISOR', 'SYSTEM_ADMIN', 'OFFICER'];
const roleFor = (permission: Permission | null) => (permission === null ? 'OFFICER' : ROLE_ORDER.find((role) => ROLE_PERMISSIONS[role].includes(permission))!);

/** A long unbroken text, as tipsters paste: a link that must wrap, not widen the page. */
const LONG_URL = 'https://example.invalid/recruitment/offer?job=customer-service-thailand-high-salary-no-experience-needed&ref=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** One record for each page with an [id]: what is on it is what a busy record shows. */
const SAMPLES: Record<string, () => Promise<string>> = {
  '/console/tips/[id]': async () => (await makeTip({ description: `ក្រុមហ៊ុនជ្រើសរើសបុគ្គលិកនៅខេត្តព្រះសីហនុ ${LONG_URL} high walls, guards at the gate, buses at night.`, provinceCode: 'KH-18', landmark: LONG_URL, wantsReward: true, urgent: true })).tipId,
  '/console/cases/[id]': async () => {
    const officer = await makeStaff('OFFICER');
    return (await makeCase(officer.actor, { status: 'RAID_PLANNED', tipOverrides: { description: `Compound behind the casino ${LONG_URL}` } })).id;
  },
  '/console/rewards/[id]': async () => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase();
    const proposer = await makeStaff('REWARDS_ADMIN');
    return (await proposeReward(proposer.actor, { tipId: raided.tips[0]!.tipId, raidId: raided.raidId })).id;
  },
  '/console/staff/[id]': async () => (await makeStaff('OFFICER', { provinceCodes: ['KH-18', 'KH-7', 'KH-12'] })).id,
};

async function measure(context: BrowserContext, baseURL: string, path: string) {
  const page = await context.newPage();
  const guards = watchPage(page, baseURL);
  for (const locale of ['en', 'km']) {
    await context.addCookies([{ name: 'lang', value: locale, url: baseURL }]);
    for (const phone of PHONES) {
      await page.setViewportSize(phone.viewport);
      const response = await page.goto(path);
      expect(response?.status(), `${path} ${locale}`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toBeVisible();
      const where = `${path} in ${locale} at ${phone.viewport.width} px`;
      expect(await overflowX(page), `${where} is wider than the screen: ${(await widestElements(page)).join('; ')}`).toBeLessThanOrEqual(0);
      expect(await smallTargets(page), where).toEqual([]);
      if (phone.name === 'Pixel 5') expect(await axeViolations(page), where).toEqual([]);
    }
  }
  expect(guards.consoleErrors, path).toEqual([]);
  expect(guards.foreignRequests, path).toEqual([]);
  await page.close();
}

test.describe('the console on a phone', () => {
  test('every console page with an [id] has a sample record here', () => {
    const dynamic = CONSOLE_PAGES.filter((page) => page.route.includes('[')).map((page) => page.route);
    expect(dynamic.filter((route) => !SAMPLES[route])).toEqual([]);
  });

  for (const consolePage of CONSOLE_PAGES) {
    test(`${consolePage.route} fits a phone in Khmer and English`, async ({ context, baseURL }) => {
      test.setTimeout(120_000); // four page loads, each measured and run through axe, on a shared 2-core machine
      const sample = SAMPLES[consolePage.route];
      expect(!consolePage.route.includes('[') || !!sample, `add a sample record for ${consolePage.route}`).toBe(true);
      const path = sample ? consolePage.route.replace(/\[[^\]]+\]/, await sample()) : consolePage.route;
      await signInAs(context, baseURL!, roleFor(consolePage.permission));
      await measure(context, baseURL!, path);
    });
  }

  for (const path of PUBLIC_CONSOLE_PAGES) {
    test(`${path} fits a phone in Khmer and English`, async ({ context, baseURL }) => {
      await measure(context, baseURL!, path);
    });
  }

  test('the map and the dashboard start on the first screen (Khmer and English)', async ({ page, context, baseURL }) => {
    await signInAs(context, baseURL!, 'SUPERVISOR');
    for (const locale of ['en', 'km']) {
      await context.addCookies([{ name: 'lang', value: locale, url: baseURL }]);
      for (const phone of PHONES) {
        await page.setViewportSize(phone.viewport);
        await page.goto('/console/map');
        const map = await page.locator('main svg').first().boundingBox();
        // At least half of the map on the first screen.
        expect(map!.y + map!.height / 2, `map ${locale} ${phone.name}`).toBeLessThan(phone.viewport.height);
        await page.goto('/console/dashboard');
        const chart = await page.locator('main svg[role="img"]').first().boundingBox();
        expect(chart!.y, `dashboard ${locale} ${phone.name}`).toBeLessThan(phone.viewport.height);
      }
    }
  });
});
