import { expect, type Page, test } from '@playwright/test';
import { PHONE, useLanguage } from './helpers';
import { makeTip } from '../../helpers/factories';

/**
 * What a resident types must not stay in the browser's autofill history on a shared or
 * seized phone: every field a browser could remember has autocomplete off (itself or its form).
 */
async function rememberedFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((field) => !['hidden', 'file', 'radio', 'checkbox', 'submit', 'button'].includes(field.type))
      .filter((field) => (field.getAttribute('autocomplete') ?? field.form?.getAttribute('autocomplete')) !== 'off')
      .map((field) => field.id || field.name),
  );
}

test.describe('no autofill trace on resident forms', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`report and status forms ask the browser not to remember what was typed (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      await useLanguage(context, baseURL!, 'en');
      const page = await context.newPage();
      await page.goto('/report');
      await expect(page.locator('#landmark')).toBeAttached();
      expect(await rememberedFields(page)).toEqual([]);

      await page.goto('/status');
      expect(await rememberedFields(page)).toEqual([]);
      const receipt = await makeTip();
      await page.getByLabel('Tip code').fill(receipt.code);
      await page.getByLabel('Passphrase').fill(receipt.passphrase);
      await page.getByRole('button', { name: 'Open my tip' }).click();
      await expect(page.getByTestId('tip-status')).toBeVisible();
      expect(await rememberedFields(page)).toEqual([]);
      await context.close();
    });
  }
});
