import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { PHONE, rawKeys, useLanguage } from './helpers';

async function seriousViolations(page: Page) {
  // The page as it settles: after the status form's server action the title streams in after the body (Next's streamed
  // metadata), and axe run in between found none (CI on d9495e5). A page that never gets one still fails here.
  await expect(page).toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('resident pages in every language, accessible', () => {
  test('home, report and status render completely in all 8 languages, without a request to another origin', async ({ page, baseURL }) => {
    const guards = watchPage(page, baseURL!);
    for (const locale of RESIDENT_LOCALES) {
      await useLanguage(page.context(), baseURL!, locale);
      for (const path of ['/', '/report', '/status']) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await rawKeys(page), `${locale} ${path}`).toEqual([]);
      }
    }
    // The status page with a tip open: status, a question from the police, the reply form.
    const receipt = await makeTip();
    await db.message.create({ data: { tipId: receipt.tipId, direction: 'TO_TIPSTER', body: 'Question from an officer', createdAt: new Date() } });
    await page.goto('/status');
    await page.locator('#code').fill(receipt.code);
    await page.locator('#passphrase').fill(receipt.passphrase);
    await page.locator('form button[type=submit]').click();
    await expect(page.getByTestId('tip-status')).toBeVisible();
    for (const locale of RESIDENT_LOCALES) {
      await useLanguage(page.context(), baseURL!, locale);
      await page.goto('/status');
      await expect(page.getByTestId('tip-status')).toBeVisible();
      expect(await rawKeys(page), `${locale} status view`).toEqual([]);
    }
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('the receipt and the form’s error messages render completely in all 8 languages (no JavaScript)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    for (const locale of RESIDENT_LOCALES) {
      await useLanguage(context, baseURL!, locale);
      await page.goto('/report');
      await page.locator('input[name=category][value=PERSON_HELD]').check();
      await page.locator('#coordinates').fill('99, 99');
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('.form-field__error').first()).toBeVisible();
      expect(await rawKeys(page), `${locale} errors`).toEqual([]);
      await page.locator('#description').fill(`Test tip in ${locale}: a person is locked in the building.`);
      await page.locator('#coordinates').fill('');
      await page.locator('#provinceCode').selectOption('KH-18');
      await page.locator('form button[type=submit]').click();
      await expect(page.getByTestId('tip-code')).toBeVisible();
      await expect(page.getByTestId('emergency-numbers')).toBeVisible();
      expect(await rawKeys(page), `${locale} receipt`).toEqual([]);
    }
    await context.close();
  });

  // axe runs inside the page, so these pages are checked with JavaScript on (the no-JS
  // rendering is the same HTML, server-rendered).
  test('axe finds no serious or critical violation on home, report (with errors), receipt and status', async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ['/', '/status']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'ប្រើទីតាំងរបស់ខ្ញុំ' })).toBeVisible();
    expect(await seriousViolations(page), 'report').toEqual([]);
    await page.getByRole('button', { name: 'ផ្ញើព័ត៌មាន' }).click();
    await expect(page.getByText('សូមជ្រើសរើសថាតើនេះទាក់ទងនឹងអ្វី។')).toBeVisible();
    expect(await seriousViolations(page), 'report with errors').toEqual([]);

    await page.getByLabel('ទីតាំងសង្ស័យថាជាមជ្ឈមណ្ឌលបោកប្រាស់').check();
    await page.locator('#description').fill('ទីតាំងមានរបងខ្ពស់ និងអ្នកយាមនៅច្រកទ្វារ។');
    await page.locator('#provinceCode').selectOption('KH-18');
    await page.getByRole('button', { name: 'ផ្ញើព័ត៌មាន' }).click();
    await expect(page.getByTestId('tip-code')).toBeVisible();
    expect(await rawKeys(page)).toEqual([]);
    expect(await seriousViolations(page), 'receipt').toEqual([]);

    const receipt = await makeTip();
    await page.goto('/status');
    await page.locator('#code').fill(receipt.code);
    await page.locator('#passphrase').fill(receipt.passphrase);
    await page.locator('form button[type=submit]').click();
    await expect(page.getByTestId('tip-status')).toBeVisible();
    expect(await seriousViolations(page), 'status').toEqual([]);
  });

  test('with JavaScript the report page is accessible too, in Khmer by default', async ({ page }) => {
    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'ប្រើទីតាំងរបស់ខ្ញុំ' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
