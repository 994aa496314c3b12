import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { watchPage } from '../helpers/page-guards';
import { countTips, marker, PHONE, photos, rawKeys, useLanguage } from './helpers';

test.describe('report without JavaScript', () => {
  test('a plain form: errors at each field with every value kept and nothing stored, then a tip by province and district, a receipt that is not cached, and the status page', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL!, 'en');
    const page = await context.newPage();
    const guards = watchPage(page, baseURL!);
    const mark = marker();

    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toHaveCount(0);
    await page.getByLabel('Guards at the gate').check();
    await page.getByLabel('Landmark or how to find the place (optional)').fill(`Blue gate next to the rubber plantation ${mark}`);
    await page.getByLabel('Province').selectOption({ label: 'Preah Sihanouk' });
    await page.getByLabel('Describe what you saw (required)').fill('short');
    await page.getByRole('button', { name: 'Send tip' }).click();

    await expect(page.getByText('Some answers need fixing. Look for the red messages.')).toBeVisible();
    await expect(page.getByText('Choose what this is about.')).toBeVisible();
    await expect(page.getByText('Please write at least 10 characters.')).toBeVisible();
    await expect(page.getByLabel('Guards at the gate')).toBeChecked();
    await expect(page.getByLabel('Landmark or how to find the place (optional)')).toHaveValue(`Blue gate next to the rubber plantation ${mark}`);
    await expect(page.getByLabel('Province')).toHaveValue('KH-18');
    await expect(page.getByLabel('Describe what you saw (required)')).toHaveValue('short');
    expect(await countTips(mark)).toBe(0);

    await page.getByLabel('Recruiter or broker (fake job offers)').check();
    await page.getByLabel('District').selectOption({ label: 'Prey Nob' });
    await page.getByLabel('Describe what you saw (required)').fill('A broker recruits young people for jobs in a compound by the river.');
    await page.getByLabel('Add up to 5 photos').setInputFiles(await photos(1));
    const answer = page.waitForResponse((response) => response.url().endsWith('/report') && response.request().method() === 'POST');
    await page.getByRole('button', { name: 'Send tip' }).click();
    expect((await answer).headers()['cache-control']).toContain('no-store');

    await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
    const code = (await page.getByTestId('tip-code').innerText()).trim();
    const passphrase = (await page.getByTestId('passphrase').innerText()).trim();
    expect(await rawKeys(page)).toEqual([]);
    const tip = await db.tip.findUniqueOrThrow({ where: { code }, select: { locationSource: true, provinceCode: true, districtCode: true, powVerified: true, category: true, _count: { select: { attachments: true } } } });
    expect(tip).toMatchObject({ locationSource: 'AREA', provinceCode: 'KH-18', districtCode: 'KH-18-02', powVerified: false, category: 'RECRUITER' });
    expect(tip._count.attachments).toBe(1);
    expect(await countTips(mark)).toBe(1);

    // "Save as a text file" works without JavaScript.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Save as a text file' }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString('utf8')).toContain(`Tip code: ${code}`);

    // Finishing needs the box ticked (the browser's own required check).
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
    await page.getByLabel('I have saved my code and passphrase').check();
    await page.getByRole('button', { name: 'Finish' }).click();
    // A GET form with no named field: the home page with an empty query.
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/\\??$`));

    await page.goto('/status');
    await page.getByLabel('Tip code').fill(code);
    await page.getByLabel('Passphrase').fill(passphrase.replaceAll('-', ''));
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.getByTestId('tip-status')).toHaveText('Received');
    expect((await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['lang', 'tip_session']);
    expect(guards.foreignRequests).toEqual([]);
    await context.close();
  });

  test('coordinates outside Cambodia are refused with a clear message', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL!, 'en');
    const page = await context.newPage();
    const mark = marker();
    await page.goto('/report');
    await page.getByLabel('Suspected scam compound').check();
    await page.getByLabel('Describe what you saw (required)').fill(`A closed casino with guards and blacked-out windows ${mark}.`);
    await page.getByLabel('Coordinates (optional)').fill('13.7563, 100.5018');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByText('This place is outside Cambodia. Please check the location.')).toBeVisible();
    await expect(page.getByLabel('Coordinates (optional)')).toHaveValue('13.7563, 100.5018');
    expect(await countTips(mark)).toBe(0);

    // Typed coordinates that are not coordinates, beside a chosen province: said so, not "give a location".
    await page.getByLabel('Province').selectOption({ label: 'Kep' });
    await page.getByLabel('Coordinates (optional)').fill('abc');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByText('These coordinates cannot be read. Type the latitude, then the longitude, for example 10.6253, 103.5234.')).toBeVisible();
    await expect(page.getByText('Give a location: use your location', { exact: false })).toHaveCount(0);
    expect(await countTips(mark)).toBe(0);

    // A file that is not a picture, named like one: refused by its content, nothing stored.
    await page.getByLabel('Coordinates (optional)').fill('10.6312, 103.5221');
    await page.getByLabel('Add up to 5 photos').setInputFiles({ name: 'compound.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not a picture at all') });
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByText('This file is not a photo. Please send JPEG, PNG or WebP pictures.')).toBeVisible();
    await expect(page.getByLabel('Describe what you saw (required)')).toHaveValue(`A closed casino with guards and blacked-out windows ${mark}.`);
    expect(await countTips(mark)).toBe(0);
    await context.close();
  });

  test('the urgent path shows the emergency numbers before and after sending, without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL!, 'en');
    const page = await context.newPage();
    await page.goto('/report');
    const police = page.getByRole('link', { name: 'Police: 117' });
    await expect(police).toBeHidden();
    await page.getByLabel('Person held against their will').check();
    await expect(police).toBeVisible();
    await expect(police).toHaveAttribute('href', 'tel:117');
    await expect(page.getByRole('link', { name: 'Child Helpline Cambodia: 1280' })).toBeVisible();
    await page.getByLabel('Suspected scam compound').check();
    await expect(police).toBeHidden();
    await page.getByLabel('A person is held or in danger now').check();
    await expect(police).toBeVisible();

    await page.getByLabel('Describe what you saw (required)').fill('A woman is locked in a room on the third floor and is beaten.');
    await page.getByLabel('Coordinates (optional)').fill('10.6312, 103.5221');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Police: 117' })).toBeVisible();
    const code = (await page.getByTestId('tip-code').innerText()).trim();
    expect(await db.tip.findUniqueOrThrow({ where: { code }, select: { urgent: true, priority: true, locationSource: true } })).toEqual({ urgent: true, priority: 'CRITICAL', locationSource: 'MANUAL' });
    await context.close();
  });
});
