/**
 * The budget of tips without proof of work (docs/decisions/0720), seen from a browser without
 * JavaScript. A second app instance on the same database runs with a budget of 0, so this test
 * never spends the shared budget the other tests' tips without JavaScript count against.
 */
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { freePort } from '../../../scripts/lib/next-server';
import { countTips, marker, PHONE, useLanguage } from './helpers';

test('beyond the hour budget, the form without JavaScript refuses in the sender language and stores nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const port = await freePort();
  const baseURL = `http://localhost:${port}`;
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS' && !name.startsWith('PW_') && !name.startsWith('PLAYWRIGHT')));
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...environment, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', UNVERIFIED_TIPS_PER_HOUR: '0', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', APP_URL: baseURL },
    stdio: 'ignore',
  });
  try {
    await expect.poll(async () => (await fetch(`${baseURL}/api/health`).catch(() => null))?.status ?? 0, { timeout: 90_000, intervals: [500] }).toBe(200);
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL, 'en');
    const page = await context.newPage();
    const mark = marker();
    await page.goto(`${baseURL}/report`);
    await page.getByLabel('Recruiter or broker (fake job offers)').check();
    await page.getByLabel('Province').selectOption({ label: 'Preah Sihanouk' });
    await page.getByLabel('Describe what you saw (required)').fill(`A broker recruits young people for a compound by the river. ${mark}`);
    await page.getByRole('button', { name: 'Send tip' }).click();

    await expect(page.getByText('Too many reports were sent from pages without JavaScript in the last hour')).toBeVisible();
    // What was written is kept for a later try.
    await expect(page.getByLabel('Describe what you saw (required)')).toHaveValue(`A broker recruits young people for a compound by the river. ${mark}`);
    await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toHaveCount(0);
    expect(await countTips(mark)).toBe(0);
    await context.close();
  } finally {
    child.kill('SIGTERM');
  }
});
