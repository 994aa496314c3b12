/**
 * Cases, raids and the map in a real browser: an officer works a case opened from two tips,
 * a supervisor records a raid through the form (without JavaScript), an officer never sees
 * the raid form, and the map draws clusters without asking any other origin for anything.
 */
import { type BrowserContext, expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { openCase } from '@/lib/cases/open-case';
import { db } from '@/lib/db/client';
import { makeTip } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { consoleMenu, openFilters } from '../helpers/console-menu';

const inEnglish = (context: BrowserContext, baseURL: string) => context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL }]);

test.describe('console cases', () => {
  test('an officer opens a case from two tips, finds it in the list, and moves it along the workflow', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await inEnglish(context, baseURL!);
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
    const first = await makeTip({}, { receivedAt: new Date(Date.now() - 5 * 3_600_000) });
    const second = await makeTip({}, { receivedAt: new Date(Date.now() - 3_600_000) });
    const opened = await openCase(officer.actor, { tipIds: [second.tipId, first.tipId], title: 'Golden Dragon compound, Otres' });

    await page.goto('/console');
    await (await consoleMenu(page)).getByRole('link', { name: 'Cases' }).click();
    await expect(page).toHaveURL(/\/console\/cases$/);
    const row = page.locator(`tr[data-case-reference="${opened.reference}"]`);
    await expect(row).toContainText('Golden Dragon compound, Otres');
    await expect(row).toContainText('Open');
    await row.getByRole('link', { name: opened.reference }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${opened.reference}: Golden Dragon compound, Otres`);
    await expect(page.locator(`tr[data-tip-id="${first.tipId}"]`).getByTestId('first-informant')).toBeVisible();
    await expect(page.locator(`tr[data-tip-id="${second.tipId}"]`).getByTestId('first-informant')).toHaveCount(0);
    await expect(page.locator('[data-first-informant]')).toHaveCount(1);
    // the tipster's words stay on the tip's own page
    const firstText = (await db.tip.findUniqueOrThrow({ where: { id: first.tipId } })).description;
    await expect(page.getByText(firstText)).toHaveCount(0);
    await expect(page.locator('#record-raid')).toHaveCount(0);

    await page.getByRole('button', { name: 'Move to: Investigating' }).click();
    await expect(page.getByTestId('case-status')).toHaveText('Investigating');
    await page.getByRole('button', { name: 'Move to: Raid planned' }).click();
    await expect(page.getByTestId('case-status')).toHaveText('Raid planned');
    await page.getByLabel('Note (internal, never shown to the tipster)').fill('Two guards at the back gate after 22:00.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect(page.getByText('Two guards at the back gate after 22:00.')).toBeVisible();
    // an officer never sees the raid form
    await expect(page.getByRole('heading', { name: 'Record a raid' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Record the raid' })).toHaveCount(0);

    const actions = (await db.auditEvent.findMany({ where: { targetId: opened.id }, orderBy: { id: 'asc' } })).map((event) => event.action);
    expect(actions.filter((action) => action !== 'case.viewed')).toEqual(['case.created', 'case.status_changed', 'case.status_changed', 'case.note_added']);
    expect(actions).toContain('case.viewed');
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('a supervisor records a raid through the form without JavaScript; the case shows RAIDED with the outcome', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await inEnglish(context, baseURL!);
    const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
    const opened = await makeCase(supervisor.actor, { status: 'RAID_PLANNED' });
    const page = await context.newPage();
    await page.goto(`/console/cases/${opened.id}`);

    // blank after trimming passes the browser's checks, not the server's: refused with the field named, nothing stored
    await page.getByLabel('Unit', { exact: true }).fill('   ');
    await page.getByLabel('Place', { exact: true }).fill('Otres road, behind the old casino');
    await page.getByRole('button', { name: 'Record the raid' }).click();
    await expect(page.locator('#raid-unit-error')).toHaveText('Give the unit that carried out the raid.');
    expect(await db.raid.count({ where: { caseId: opened.id } })).toBe(0);

    await page.getByLabel('Unit', { exact: true }).fill('Anti-Human Trafficking Unit');
    await page.getByLabel('Place', { exact: true }).fill('Otres road, behind the old casino');
    await page.getByLabel('Suspects arrested').fill('4');
    await page.getByLabel('Victims rescued').fill('17');
    await page.getByLabel('Phones seized').fill('250');
    await page.getByLabel('Compound closed').check();
    await page.getByRole('button', { name: 'Record the raid' }).click();

    await expect(page.getByTestId('case-status')).toHaveText('Raided');
    const raid = page.getByTestId('raid');
    await expect(raid).toContainText('Anti-Human Trafficking Unit');
    await expect(raid).toContainText('Victims rescued: 17');
    await expect(raid).toContainText('Suspects arrested: 4');
    await expect(raid).toContainText('Compound closed: Yes');
    await expect(raid).toContainText('Positive outcome: tips open to reward review');
    expect(await db.auditEvent.count({ where: { action: 'raid.recorded', targetId: opened.id, actorId: supervisor.id } })).toBe(1);
    await context.close();
  });

  test('the map renders clusters of cases and tips from this origin only, and a cluster zooms in', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await inEnglish(context, baseURL!);
    // Kep (KH-23) is this test's own province, and every point sits on the same spot: one cluster of five.
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-23'] });
    const spot = { provinceCode: 'KH-23', location: { lat: 10.4833, lng: 104.3167, source: 'GPS' as const } };
    await makeCase(officer.actor, { tips: 3, tipOverrides: spot });
    await makeTip({ ...spot, category: 'RECRUITER' });

    await page.goto('/console');
    await (await consoleMenu(page)).getByRole('link', { name: 'Map' }).click();
    await expect(page).toHaveURL(/\/console\/map$/);
    const map = page.getByRole('group', { name: 'Map of Cambodia' });
    await expect(map.locator('path').first()).toBeVisible();
    const clusters = map.locator('[data-cluster-count]');
    await expect(clusters).toHaveCount(1);
    await expect(clusters).toHaveAttribute('data-cluster-count', '5');
    await expect(page.getByTestId('map-summary')).toHaveText('Cases shown: 1. Tips shown: 4.');

    await openFilters(page);
    await page.getByLabel('Tip category').selectOption('RECRUITER');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/category=RECRUITER/);
    await expect(page.getByTestId('map-summary')).toHaveText('Cases shown: 0. Tips shown: 1.');
    // The filter in use is a chip; it removes the filter.
    await page.getByTestId('filter-chips').getByRole('link', { name: 'Remove filter: Recruiter' }).click();
    await expect(page.getByTestId('map-summary')).toHaveText('Cases shown: 1. Tips shown: 4.');

    await page.goto('/console/map');
    await clusters.first().click();
    await expect(page).toHaveURL(/zoom=9/);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });
});
