/**
 * Two rewards administrators in two browsers: one proposes, the other approves; the payout
 * desk (without JavaScript) pays the voucher the tipster opens with their passphrase; the
 * same code a second time is refused; the proposer never gets an approve button.
 */
import { type Browser, expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { openAsTipster } from '@/lib/tips/tipster-box';
import { fund, makePolicy, makeRaidedCase } from '../../helpers/factories-rewards';
import { watchPage } from '../helpers/page-guards';
import { addSession, signInAs } from '../helpers/staff';

const t = translator('en');

async function englishContext(browser: Browser, baseURL: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
  return context;
}

test.describe('rewards console', () => {
  test('proposal by one administrator, approval by another, one payout at the desk', async ({ browser, baseURL }) => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase({ tips: 2 });
    const firstTip = raided.tips[0]!;

    const proposerContext = await englishContext(browser, baseURL!);
    await signInAs(proposerContext, baseURL!, 'REWARDS_ADMIN');
    const proposerPage = await proposerContext.newPage();
    const guards = watchPage(proposerPage, baseURL!);
    await proposerPage.goto('/console/rewards');
    const card = proposerPage.locator(`[data-tip-id="${firstTip.tipId}"]`);
    await expect(card).toContainText(t('rewards.firstInformant'));
    // Pre-filled from the policy: 60% of $1,060.
    await expect(card.getByLabel(t('rewards.amountIn', { currency: 'USD' }))).toHaveValue('636.00');
    await card.getByRole('button', { name: t('rewards.propose') }).click();
    await expect(proposerPage).toHaveURL(/\/console\/rewards\/[0-9a-f-]{36}\?done=proposed$/);
    const rewardId = /rewards\/([0-9a-f-]{36})/.exec(proposerPage.url())![1]!;
    await expect(proposerPage.getByTestId('reward-state')).toHaveText(t('rewards.states.PROPOSED'));
    await expect(proposerPage.getByText(t('rewards.ownProposal'))).toBeVisible();
    await expect(proposerPage.getByRole('button', { name: t('rewards.approve'), exact: true })).toHaveCount(0);
    await proposerPage.goto('/console/rewards');
    await expect(proposerPage.getByTestId('my-proposals').locator(`[data-reward-id="${rewardId}"]`)).toBeVisible();
    await expect(proposerPage.locator(`[data-testid="awaiting-approval"] [data-reward-id="${rewardId}"]`)).toHaveCount(0);

    const approverContext = await englishContext(browser, baseURL!);
    await signInAs(approverContext, baseURL!, 'REWARDS_ADMIN');
    const approverPage = await approverContext.newPage();
    await approverPage.goto('/console/rewards');
    const row = approverPage.getByTestId('awaiting-approval').locator(`[data-reward-id="${rewardId}"]`);
    await row.getByRole('button', { name: t('rewards.approve'), exact: true }).click();
    await expect(approverPage).toHaveURL(new RegExp(`/console/rewards/${rewardId}\\?done=voucher_issued$`));
    await expect(approverPage.getByTestId('reward-state')).toHaveText(t('rewards.states.VOUCHER_ISSUED'));
    await expect(approverPage.getByTestId('reward-entries')).toContainText('COMMITTED-USD');

    // What the tipster reads on /status: the sealed voucher, opened with the passphrase.
    const reward = await db.reward.findUniqueOrThrow({ where: { id: rewardId }, select: { voucherSealed: true, tip: { select: { tipsterPublicKey: true, tipsterKeySalt: true } } } });
    const code = await openAsTipster(firstTip.passphrase.replace(/\D/g, ''), { publicKey: reward.tip.tipsterPublicKey, salt: reward.tip.tipsterKeySalt }, reward.voucherSealed!);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);

    const deskContext = await englishContext(browser, baseURL!, { javaScriptEnabled: false });
    await signInAs(deskContext, baseURL!, 'REWARDS_ADMIN');
    const desk = await deskContext.newPage();
    const pay = async (reference: string) => {
      await desk.goto('/console/rewards/payout');
      await desk.getByLabel(t('rewards.voucherCode')).fill(code!);
      await desk.getByLabel(t('rewards.methods.MOBILE_MONEY')).check();
      await desk.getByLabel(t('rewards.reference')).fill(reference);
      await desk.getByRole('button', { name: t('rewards.pay') }).click();
    };
    await pay('WING-100200');
    await expect(desk.getByTestId('payout-done')).toContainText(t('rewards.done.paid'));
    await pay('WING-100201');
    await expect(desk.getByTestId('payout-error')).toHaveText(t('rewards.errors.alreadyPaid'));

    expect(await db.journalEntry.count({ where: { rewardId, kind: 'PAYOUT' } })).toBe(1);
    expect(await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).toMatchObject({ state: 'PAID', payoutMethod: 'MOBILE_MONEY', payoutReference: 'WING-100200' });
    await approverPage.goto(`/console/rewards/${rewardId}`);
    await expect(approverPage.getByTestId('reward-state')).toHaveText(t('rewards.states.PAID'));
    await expect(approverPage.getByTestId('reward-history')).toContainText(t('rewards.events.paid'));
    expect((await verifyLedger(db)).problems).toEqual([]);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
    await Promise.all([proposerContext.close(), approverContext.close(), deskContext.close()]);
  });

  test('the proposer cannot approve their own proposal, even by posting the approve form', async ({ browser, baseURL }) => {
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase({ tips: 2 });
    const context = await englishContext(browser, baseURL!, { javaScriptEnabled: false });
    const proposer = await signInAs(context, baseURL!, 'REWARDS_ADMIN');
    const page = await context.newPage();
    await page.goto('/console/rewards');
    const card = page.locator(`[data-tip-id="${raided.tips[1]!.tipId}"]`);
    await card.getByLabel(t('rewards.amountIn', { currency: 'USD' })).fill('500');
    await card.getByRole('button', { name: t('rewards.propose') }).click();
    // A changed amount without a justification is refused, and nothing is stored.
    await expect(page.locator('.form-error')).toHaveText(t('rewards.errors.justificationRequired'));
    expect(await db.reward.count({ where: { tipId: raided.tips[1]!.tipId } })).toBe(0);
    await page.locator(`[data-tip-id="${raided.tips[1]!.tipId}"]`).getByRole('button', { name: t('rewards.propose') }).click();
    await expect(page).toHaveURL(/\/console\/rewards\/[0-9a-f-]{36}\?done=proposed$/);
    const rewardId = /rewards\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect(page.getByRole('button', { name: t('rewards.approve'), exact: true })).toHaveCount(0);

    // The approve form as another administrator sees it, submitted with the proposer's session.
    const other = await englishContext(browser, baseURL!, { javaScriptEnabled: false });
    await signInAs(other, baseURL!, 'REWARDS_ADMIN');
    const otherPage = await other.newPage();
    await otherPage.goto(`/console/rewards/${rewardId}`);
    await other.clearCookies();
    await other.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
    await addSession(other, baseURL!, proposer);
    await otherPage.getByRole('button', { name: t('rewards.approve'), exact: true }).click();
    await expect(otherPage.locator('.form-error')).toHaveText(t('rewards.errors.selfApproval'));
    expect(await db.reward.findUniqueOrThrow({ where: { id: rewardId }, select: { state: true } })).toEqual({ state: 'PROPOSED' });
    await Promise.all([context.close(), other.close()]);
  });
});
