import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { REACT_COMMIT_HOOK, readCommits } from '../../../scripts/lib/react-commits';
import { watchPage } from '../helpers/page-guards';
import { countTips, marker, photos, rawKeys, storageSizes, useLanguage } from './helpers';

test.describe('report with JavaScript', () => {
  test.use({ geolocation: { latitude: 10.6312, longitude: 103.5221, accuracy: 25 }, permissions: ['geolocation', 'clipboard-read', 'clipboard-write'] });

  test('sends a full tip with GPS and photos, shows the receipt once, then the status page shows it as received', async ({ page, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await useLanguage(page.context(), baseURL!, 'en');
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();

    await page.getByLabel('Suspected scam compound').check();
    await page.getByLabel('High walls or barbed wire').check();
    await page.getByLabel('Buses or vans arriving at night').check();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.getByText('Location found, accurate to about 25 m.')).toBeVisible();
    await page.getByLabel('Landmark or how to find the place (optional)').fill('Behind the old Golden Sands casino');
    await page.getByLabel('Date (optional)').fill('2026-11-20');
    await page.getByLabel('Time of day (optional)').selectOption('NIGHT');
    const description = 'Guards at the gate, about forty foreign workers who never leave, buses arrive after midnight.';
    await page.getByLabel('Describe what you saw (required)').fill(description);
    await expect(page.getByText(`${5000 - description.length} characters left`)).toBeVisible();
    await page.getByLabel('Add up to 5 photos').setInputFiles(await photos(2));
    await expect(page.getByRole('list', { name: '2 photos chosen' }).getByRole('img')).toHaveCount(2);
    await page.getByLabel('I want to be considered for a reward if my tip leads to a raid').check();
    // The draft on the device holds text only.
    const draft = await page.evaluate(() => localStorage.getItem('ee-report-draft'));
    expect(draft).toContain('Golden Sands');
    expect(draft).not.toContain('103.52');

    const answer = page.waitForResponse((response) => response.url().endsWith('/report') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
    // The server action's answer carries the receipt: never cached.
    expect((await answer).headers()['cache-control']).toContain('no-store');
    const code = (await page.getByTestId('tip-code').innerText()).trim();
    const passphrase = (await page.getByTestId('passphrase').innerText()).trim();
    expect(code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(passphrase).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);
    expect(await rawKeys(page)).toEqual([]);
    expect(await storageSizes(page)).toEqual({ local: 0, session: 0 });
    await page.getByRole('button', { name: 'Copy' }).last().click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(passphrase);

    const tip = await db.tip.findUniqueOrThrow({ where: { code }, select: { locationSource: true, accuracyM: true, lat: true, provinceCode: true, indicators: true, wantsReward: true, observedTime: true, landmark: true, language: true, urgent: true, _count: { select: { attachments: true } } } });
    expect(tip).toMatchObject({ locationSource: 'GPS', accuracyM: 25, provinceCode: 'KH-18', wantsReward: true, observedTime: 'NIGHT', landmark: 'Behind the old Golden Sands casino', language: 'en', urgent: false });
    expect(tip.indicators.sort()).toEqual(['buses_at_night', 'high_walls_barbed_wire']);
    expect(tip._count.attachments).toBe(2);

    // Leaving needs the confirmation.
    const finish = page.getByRole('button', { name: 'Finish' });
    await expect(finish).toBeDisabled();
    await page.getByLabel('I have saved my code and passphrase').check();
    await finish.click();
    await expect(page).toHaveURL(`${baseURL}/`);

    await page.goto('/status');
    await page.getByLabel('Tip code').fill(code.replaceAll('-', ' '));
    await page.getByLabel('Passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.getByTestId('tip-status')).toHaveText('Received');
    expect((await page.request.get('/status')).headers()['cache-control']).toContain('no-store');
    const cookies = await page.context().cookies();
    expect(cookies.map((cookie) => cookie.name).sort()).toEqual(['lang', 'tip_session']);
    expect(cookies.find((cookie) => cookie.name === 'tip_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/status' });
    expect(await storageSizes(page)).toEqual({ local: 0, session: 0 });

    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('validates as you type with the server schema, refuses a place outside Cambodia, and stores nothing', async ({ page, baseURL }) => {
    await useLanguage(page.context(), baseURL!, 'en');
    const mark = marker();
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    const description = page.getByLabel('Describe what you saw (required)');
    await description.fill('short');
    await description.blur();
    await expect(page.getByText('Please write at least 10 characters.')).toBeVisible();
    await description.fill(`Now a longer description of the compound ${mark}.`);
    await expect(page.getByText('Please write at least 10 characters.')).toBeHidden();

    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByText('Choose what this is about.')).toBeVisible();
    await expect(page.getByText('Give a location: use your location, tap the map, choose a province, or type the coordinates.')).toBeVisible();

    await page.getByLabel('Suspected scam compound').check();
    await page.getByLabel('Coordinates (optional)').fill('13.7563, 100.5018');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByText('This place is outside Cambodia. Please check the location.')).toBeVisible();

    // Inside the bounding box but across the border (Thailand): the server's full outline refuses it.
    await page.getByLabel('Coordinates (optional)').fill('14.2, 102.6');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByText('Some answers need fixing. Look for the red messages.')).toBeVisible();
    await expect(page.getByText('This place is outside Cambodia. Please check the location.')).toBeVisible();
    await expect(description).toHaveValue(`Now a longer description of the compound ${mark}.`);
    expect(await countTips(mark)).toBe(0);
  });

  test('hydrates the form once: react-hook-form coming alive renders none of its fields and options again', async ({ page, baseURL }) => {
    await page.addInitScript({ content: REACT_COMMIT_HOOK });
    await useLanguage(page.context(), baseURL!, 'en');
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    // The page's hydration (a commit of hundreds of fibers; React may commit a bare root
    // before it), then react-hook-form's renders once ready and the JavaScript-only controls.
    const afterHydration = async () => {
      const commits = await page.evaluate(readCommits);
      const hydration = commits.findIndex((commit) => commit.fibers > 300);
      return hydration < 0 ? [] : commits.slice(hydration + 1);
    };
    await expect.poll(async () => (await afterHydration()).length).toBeGreaterThanOrEqual(3);
    const after = await afterHydration();
    // Each of those renders used to reach all ~380 fields and options (issue 9).
    expect(after.reduce((sum, commit) => sum + commit.renderedAgain, 0)).toBeLessThan(50);
  });

  test('keeps a text draft on the device, wipes it in one tap, and places a pin on the map', async ({ page, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    await useLanguage(page.context(), baseURL!, 'en');
    // Production React reports a hydration mismatch as an error (guards); this catches a warning.
    const hydrationWarnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && /hydrat|server rendered|did not match/i.test(message.text())) hydrationWarnings.push(message.text());
    });
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    // With JavaScript the full no-JavaScript list stays unparsed in <noscript> (decision 0322):
    // no district is offered until a province is chosen, then only its own.
    await expect(page.locator('#districtCode option')).toHaveText(['Choose a district']);
    await page.getByLabel('Describe what you saw (required)').fill('A draft about a compound near the port.');
    await page.getByLabel('Money mules, or trading bank accounts or SIM cards').check();
    await page.getByLabel('Province').selectOption({ label: 'Preah Sihanouk' });
    await page.getByLabel('District').selectOption({ label: 'Prey Nob' });
    await page.reload();
    await expect(page.getByLabel('Describe what you saw (required)')).toHaveValue('A draft about a compound near the port.');
    await expect(page.getByLabel('Money mules, or trading bank accounts or SIM cards')).toBeChecked();
    // The draft is restored once the form is alive: the province, only its districts, and the
    // district itself (its option exists only once the province is known).
    await expect(page.getByLabel('Province')).toHaveValue('KH-18');
    await expect(page.getByLabel('District').locator('optgroup')).toHaveCount(1);
    await expect(page.getByLabel('District').getByRole('option', { name: 'Prey Nob' })).toHaveCount(1);
    await expect(page.getByLabel('District')).toHaveValue('KH-18-02');

    await page.getByRole('button', { name: 'Choose on a map' }).click();
    const map = page.getByRole('img', { name: 'Map of Cambodia. Tap where the place is.' });
    await expect(map).toBeVisible();
    const box = (await map.boundingBox())!;
    await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
    await expect(page.getByText(/Pin placed at 1\d\.\d+, 10\d\.\d+\./)).toBeVisible();

    await page.getByRole('button', { name: 'Wipe my draft' }).click();
    await expect(page.getByText('Draft wiped.')).toBeVisible();
    await expect(page.getByLabel('Describe what you saw (required)')).toHaveValue('');
    expect(await page.evaluate(() => localStorage.getItem('ee-report-draft'))).toBeNull();
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
    expect(hydrationWarnings).toEqual([]);
  });

  test('quick exit leaves for /exit, wipes the draft and takes this page out of the history; Escape twice does the same', async ({ page, baseURL }) => {
    await useLanguage(page.context(), baseURL!, 'en');
    await page.goto('/exit');
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    await page.getByLabel('Describe what you saw (required)').fill('Something I do not want found on my phone.');
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await expect(page).toHaveURL(`${baseURL}/exit`);
    // The address changes at once; the page itself follows once the outbox is forgotten.
    const onExitPage = () => page.evaluate(() => (performance.getEntriesByType('navigation')[0]?.name ?? '').endsWith('/exit')).catch(() => false);
    await expect.poll(onExitPage).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('ee-report-draft'))).toBeNull();
    await page.goBack();
    expect(page.url()).not.toContain('/report');

    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`${baseURL}/exit`);
  });
});
