/**
 * The case file for prosecutors in a real browser: a supervisor downloads the ZIP from the
 * case page; an officer sees no link and the URL answers 404, as for a case that does not exist.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type BrowserContext, expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { db } from '@/lib/db/client';
import { makeStaff } from '../../helpers/factories';
import { makeCase } from '../../helpers/factories-cases';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';

const inEnglish = (context: BrowserContext, baseURL: string) => context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL }]);

test.describe('case file export', () => {
  test('a supervisor downloads the case file as a ZIP, and the export is audited with its hash', async ({ page, context, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await inEnglish(context, baseURL!);
    const opener = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const opened = await makeCase(opener.actor, { tips: 2 });
    const supervisor = await signInAs(context, baseURL!, 'SUPERVISOR');

    await page.goto(`/console/cases/${opened.id}`);
    const link = page.getByRole('link', { name: 'Export case file' });
    await expect(link).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^case-${opened.reference}-\\d{8}\\.zip$`));
    const bytes = await readFile((await download.path())!);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['case.json', 'README.txt', 'audit.json', 'raids.json', 'notes.json', 'photos/manifest.json']));
    expect(JSON.parse(strFromU8(files['case.json']!))).toMatchObject({ reference: opened.reference });
    // Tips are T1, T2 … in the file; no tip code leaves the police in it (decision 0800).
    expect(Object.keys(files)).toEqual(expect.arrayContaining(opened.tips.map((_, index) => `tips/T${index + 1}.json`)));
    for (const [path, content] of Object.entries(files)) {
      for (const tip of opened.tips) expect(strFromU8(content), path).not.toContain(tip.code);
    }

    const exported = await db.auditEvent.findFirstOrThrow({ where: { action: 'case.exported', targetId: opened.id } });
    expect(exported.actorId).toBe(supervisor.id);
    expect(exported.detail).toMatchObject({ sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('an officer sees no export link and the export URL answers 404', async ({ page, context, baseURL }) => {
    await inEnglish(context, baseURL!);
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-18'] });
    const opened = await makeCase(officer.actor, { tips: 1 });

    await page.goto(`/console/cases/${opened.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(opened.reference);
    await expect(page.getByRole('link', { name: 'Export case file' })).toHaveCount(0);
    const response = await context.request.get(`${baseURL}/console/cases/${opened.id}/export`, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).not.toContain('application/zip');
    expect(await db.auditEvent.count({ where: { action: 'case.exported', targetId: opened.id } })).toBe(0);
  });
});
