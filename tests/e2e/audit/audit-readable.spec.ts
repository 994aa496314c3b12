/**
 * The audit log read by a supervisor (issue 11, drive item 21): tips and cases by their staff
 * references, details as "key: value" lines, one's own visits to the log left out unless asked
 * for, the time zone said once, and on a phone every column readable without scrolling sideways.
 */
import { expect, test } from '@playwright/test';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db } from '@/lib/db/client';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { tipRef } from '@/lib/tips/staff-ref';
import { makeCase } from '../../helpers/factories-cases';
import { signInAs } from '../helpers/staff';
import { overflowX } from '../mobile/phone';

test('records by T-/C- reference, details as readable lines, own visits filtered out by default, no sideways scroll at 360 px', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL! }]);
  const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');
  const opened = await makeCase(supervisor.actor);
  const tipId = opened.tips[0]!.tipId;
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actor: supervisor.actor, action: 'tip.status_changed', target: { type: 'tip', id: tipId }, detail: { from: 'TRIAGED', to: 'LINKED', caseId: opened.id } }),
  );

  await page.goto(`/console/audit?action=tip.status_changed&targetId=${tipId}`);
  await expect(page.getByTestId('time-zone')).toHaveText('Times are Cambodia time (ICT, UTC+7).');
  const row = page.getByTestId('audit-events').locator('tbody tr').first();
  await expect(row.getByTestId('audit-record')).toHaveText(tipRef(tipId));
  const detail = row.getByTestId('audit-detail');
  await expect(detail).toContainText('from: TRIAGED');
  await expect(detail).toContainText('to: LINKED');
  await expect(detail).not.toContainText('{');
  // On this 360 px phone the table stacks: nothing wider than the screen, no sideways scroll in the table either.
  expect(await overflowX(page)).toBeLessThanOrEqual(0);
  const region = page.getByRole('region', { name: 'Audit log' });
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);

  await page.goto(`/console/audit?action=case.created&targetId=${opened.id}`);
  await expect(page.getByTestId('audit-record').first()).toHaveText(opened.reference);

  // Visiting the log writes audit.viewed rows; the default view leaves them out.
  await page.goto('/console/audit');
  await page.goto('/console/audit');
  const codes = await page.getByTestId('audit-action').locator('code').allTextContents();
  expect(codes.length).toBeGreaterThan(0);
  expect(codes).not.toContain('audit.viewed');
  await page.goto('/console/audit?withViews=1');
  // Among the newest, not necessarily first: the server's job workers (alerts) may write after the visit.
  await expect(page.getByTestId('audit-action').locator('code', { hasText: /^audit\.viewed$/ }).first()).toBeVisible();
  await expect(page.getByTestId('filter-chips')).toContainText('With visits to this log');
});
