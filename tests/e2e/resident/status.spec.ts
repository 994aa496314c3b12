import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { approveReward } from '@/lib/rewards/approve-reward';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { openAsTipster } from '@/lib/tips/tipster-box';
import { makeStaff, makeTip } from '../../helpers/factories';
import { fund, makePolicy, makeRaidedCase } from '../../helpers/factories-rewards';
import { watchPage } from '../helpers/page-guards';
import { PHONE, photos, useLanguage } from './helpers';

test.describe('status page and mailbox', () => {
  test('wrong credentials get one generic message whether or not the code exists', async ({ page, baseURL }) => {
    await useLanguage(page.context(), baseURL!, 'en');
    const receipt = await makeTip();
    await page.goto('/status');
    await page.getByLabel('Tip code').fill(receipt.code);
    await page.getByLabel('Passphrase').fill('1111-2222-3333-4444');
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.locator('.form-error')).toHaveText('The tip code or passphrase is not correct.');

    await page.getByLabel('Tip code').fill('0000-0000-0001');
    await page.getByLabel('Passphrase').fill('1111-2222-3333-4444');
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.locator('.form-error')).toHaveText('The tip code or passphrase is not correct.');
    expect((await page.context().cookies()).map((cookie) => cookie.name)).toEqual(['lang']);
  });

  test('quick exit closes an open tip: the next person to pick up the phone finds /status locked', async ({ browser, baseURL }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      await useLanguage(context, baseURL!, 'en');
      const page = await context.newPage();
      const receipt = await makeTip();
      await page.goto('/status');
      await page.getByLabel('Tip code').fill(receipt.code);
      await page.getByLabel('Passphrase').fill(receipt.passphrase);
      await page.getByRole('button', { name: 'Open my tip' }).click();
      await expect(page.getByTestId('tip-status')).toBeVisible();
      expect((await context.cookies()).map((cookie) => cookie.name)).toContain('tip_session');

      await page.getByRole('link', { name: 'Quick exit' }).click();
      // With JavaScript the address changes first (history.replaceState), then the page loads.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Fish amok/);
      expect((await context.cookies()).map((cookie) => cookie.name), `javaScriptEnabled: ${javaScriptEnabled}`).not.toContain('tip_session');
      await page.goto('/status');
      await expect(page.getByLabel('Passphrase')).toBeVisible();
      await expect(page.getByTestId('tip-status')).toHaveCount(0);
      await context.close();
    }
  });

  test('repeated failures lock the code for wrong passphrases, but the right one still opens it', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL!, 'en');
    const page = await context.newPage();
    const receipt = await makeTip();
    await page.goto('/status');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel('Tip code').fill(receipt.code);
      await page.getByLabel('Passphrase').fill(`9999-9999-9999-000${attempt}`);
      await page.getByRole('button', { name: 'Open my tip' }).click();
      await expect(page.locator('.form-error')).toHaveText(attempt < 5 ? 'The tip code or passphrase is not correct.' : 'Too many wrong attempts on this tip code. Wrong passphrases are refused for a while, but the right one still opens your tip: check it word by word.');
    }
    await page.getByLabel('Tip code').fill(receipt.code);
    await page.getByLabel('Passphrase').fill('9999-9999-9999-0006');
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.locator('.form-error')).toHaveText('Too many wrong attempts on this tip code. Wrong passphrases are refused for a while, but the right one still opens your tip: check it word by word.');
    // Holding the code is not enough to keep the tipster out (decision 0702).
    await page.getByLabel('Tip code').fill(receipt.code);
    await page.getByLabel('Passphrase').fill(receipt.passphrase);
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.getByRole('button', { name: 'Close my tip on this phone' })).toBeVisible();
    await context.close();
  });

  test('an officer’s question appears; the tipster answers with text and a photo, without JavaScript; sign out clears the session', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL!, 'en');
    const page = await context.newPage();
    const guards = watchPage(page, baseURL!);
    const receipt = await makeTip({ language: 'en' });
    await db.message.create({ data: { tipId: receipt.tipId, direction: 'TO_TIPSTER', body: 'Which gate do the buses use?', createdAt: new Date() } });

    await page.goto('/status');
    // Khmer digits and spaces are read as the same code.
    const khmer = (digits: string) => digits.replace(/\d/g, (digit) => String.fromCharCode(0x17e0 + Number(digit)));
    await page.getByLabel('Tip code').fill(khmer(receipt.code.replaceAll('-', ' ')));
    await page.getByLabel('Passphrase').fill(receipt.passphrase);
    await page.getByRole('button', { name: 'Open my tip' }).click();
    await expect(page.getByTestId('tip-status')).toHaveText('Received');
    await expect(page.getByText('Which gate do the buses use?')).toBeVisible();
    const session = (await context.cookies()).find((cookie) => cookie.name === 'tip_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/status' });
    expect(session!.expires - Date.now() / 1000).toBeGreaterThan(800);
    expect(session!.expires - Date.now() / 1000).toBeLessThanOrEqual(900);

    await page.getByLabel('Your message').fill('The east gate, after 11 pm.');
    await page.getByLabel('Add photos (up to 5)').setInputFiles(await photos(1));
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByText('Your message was sent.')).toBeVisible();
    const mine = page.getByRole('listitem').filter({ hasText: 'The east gate, after 11 pm.' });
    await expect(mine).toContainText('You');
    await expect(mine).toContainText('Photos: 1');
    const stored = await db.message.findMany({ where: { tipId: receipt.tipId, direction: 'FROM_TIPSTER' }, select: { body: true, _count: { select: { attachments: true } } } });
    expect(stored).toEqual([{ body: 'The east gate, after 11 pm.', _count: { attachments: 1 } }]);

    await page.getByRole('button', { name: 'Close my tip on this phone' }).click();
    await expect(page.getByRole('button', { name: 'Open my tip' })).toBeVisible();
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(['lang']);
    expect(guards.foreignRequests).toEqual([]);
    await context.close();
  });
});

test.describe('reward on the status page', () => {
  test('an issued voucher shows its code (opened with the passphrase), amount, expiry and how to collect it without a name', async ({ page, baseURL }) => {
    await useLanguage(page.context(), baseURL!, 'en');
    // Through the real use-cases, so the shared ledger stays sound for the other tests.
    await makePolicy({ voucherValidDays: 90 });
    await fund(100_000n);
    const raided = await makeRaidedCase({ tips: 1, outcome: { compoundClosed: true, victimsRescued: 0, suspectsArrested: 0 } });
    const receipt = raided.tips[0]!;
    const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, { tipId: receipt.tipId, raidId: raided.raidId });
    await approveReward(approver.actor, { rewardId: id });
    const reward = await db.reward.findUniqueOrThrow({ where: { id }, select: { amountMinor: true, voucherSealed: true, voucherExpiresAt: true, tip: { select: { tipsterPublicKey: true, tipsterKeySalt: true } } } });
    const voucher = await openAsTipster(receipt.passphrase.replace(/\D/g, ''), { publicKey: reward.tip.tipsterPublicKey, salt: reward.tip.tipsterKeySalt }, reward.voucherSealed!);
    expect(voucher).toMatch(/\w{4}-\w{4}/);
    const amount = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).format(Number(reward.amountMinor) / 100);

    await page.goto('/status');
    await page.getByLabel('Tip code').fill(receipt.code);
    await page.getByLabel('Passphrase').fill(receipt.passphrase);
    await page.getByRole('button', { name: 'Open my tip' }).click();
    const shown = page.getByTestId('reward');
    await expect(shown).toContainText('A reward is ready for you.');
    await expect(shown).toContainText(voucher!);
    await expect(shown).toContainText(`Amount: ${amount}`);
    await expect(shown).toContainText(`Valid until`);
    await expect(shown).toContainText(String(reward.voucherExpiresAt!.getUTCFullYear()));
    await expect(shown).toContainText('You will not be asked for your name or identity card.');
    // Raided case: the tipster sees that action was taken, and nothing of the case itself.
    await expect(page.getByTestId('tip-status')).toHaveText('Action taken');
    await expect(page.locator('body')).not.toContainText('Compound near the port');
  });
});
