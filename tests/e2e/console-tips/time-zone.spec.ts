/** Console times say their zone once on the page (issue 11, drive item 24; decision 0899). */
import { expect, test } from '@playwright/test';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { makeTip } from '../../helpers/factories';
import { signInAs } from '../helpers/staff';

test('the tip page and the access flags say once that times are Cambodia time', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'en', url: baseURL! }]);
  await signInAs(context, baseURL!, 'SUPERVISOR');
  const tip = await makeTip();
  for (const path of [`/console/tips/${tip.tipId}`, '/console/access-flags']) {
    await page.goto(path);
    await expect(page.getByTestId('time-zone')).toHaveText('Times are Cambodia time (ICT, UTC+7).');
  }
});
