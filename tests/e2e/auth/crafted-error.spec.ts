/**
 * Console actions report back through the page's address as catalogue keys (`?error=<key>`,
 * `?notice=<key>`, `field.<name>=<key>`; docs/decisions/0830). A link crafted by someone else
 * must not put their words in front of staff: only our own messages show.
 */
import { expect, test } from '@playwright/test';
import { translator } from '@/lib/i18n/translate';
import { signInAs } from '../helpers/staff';

test('a console page shows only its own messages from the outcome in its address, never a crafted text', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  await signInAs(context, baseURL!, 'SYSTEM_ADMIN');
  const t = translator('en');

  const crafted = 'Your account is compromised: call +855 12 345 678 now';
  await page.goto(`/console/staff?error=${encodeURIComponent(crafted)}`);
  await expect(page.locator('.form-error')).toHaveText(t('errors.BAD_REQUEST'));
  await expect(page.locator('body')).not.toContainText('+855 12 345 678');

  // A key-shaped value that is not in the catalogue is not shown either.
  await page.goto(`/console/staff?error=errors.CONFLICT&field.email=${encodeURIComponent('call.now')}`);
  await expect(page.locator('.form-error')).toHaveText(t('errors.BAD_REQUEST'));
  await expect(page.locator('body')).not.toContainText('call.now');

  await page.goto('/console/staff?error=errors.CONFLICT');
  await expect(page.locator('.form-error')).toHaveText(t('errors.CONFLICT'));
});
