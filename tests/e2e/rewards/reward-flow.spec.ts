/**
 * From a resident's tip to a paid reward: the resident reports (no JavaScript), two rewards
 * administrators in two browsers propose and approve, the tipster reads the voucher on
 * /status, the payout desk (no JavaScript) pays it once and refuses it the second time, and
 * /status then shows the reward as paid. The proposer never gets a working approve button.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import { fund, makePolicy, makeRaidedCase } from '../../helpers/factories-rewards';
import { watchPage } from '../helpers/page-guards';
import { addSession, signInAs } from '../helpers/staff';
import { tipRef } from '@/lib/tips/staff-ref';

const t = translator('en');

async function accessibilityViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function englishContext(browser: Browser, baseURL: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
  return context;
}

test.describe('rewards console', () => {
  test('from a resident\'s tip to a paid reward: two administrators, the payout desk, the tipster\'s status page', async ({ browser, baseURL }) => {
    test.setTimeout(180_000); // five browser contexts and a dozen page loads on a shared 2-core machine
    // The resident reports without JavaScript and asks to be considered for a reward.
    const resident = await englishContext(browser, baseURL!, { javaScriptEnabled: false });
    const report = await resident.newPage();
    const residentGuards = watchPage(report, baseURL!);
    await report.goto('/report');
    await report.getByLabel('Suspected scam compound').check();
    await report.getByLabel('Province').selectOption({ label: 'Preah Sihanouk' });
    await report.getByLabel('Describe what you saw (required)').fill('Tall fence with razor wire, guards at the gate, vans bring young people at night.');
    await report.getByLabel('I want to be considered for a reward if my tip leads to a raid').check();
    await report.getByRole('button', { name: 'Send tip' }).click();
    await expect(report.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
    // The receipt replaces the form, heading included.
    await expect(report.getByRole('heading', { name: 'Report a place' })).toHaveCount(0);
    const tipCode = (await report.getByTestId('tip-code').innerText()).trim();
    const passphrase = (await report.getByTestId('passphrase').innerText()).trim();
    const tip = await db.tip.findUniqueOrThrow({ where: { code: tipCode }, select: { id: true, wantsReward: true } });
    expect(tip.wantsReward).toBe(true);

    // Police work happens elsewhere: a case from the tip and a raid that closed the compound.
    await makePolicy();
    await fund(500_000n);
    const raided = await makeRaidedCase({ tipIds: [tip.id] });

    const proposerContext = await englishContext(browser, baseURL!);
    await signInAs(proposerContext, baseURL!, 'REWARDS_ADMIN');
    const proposerPage = await proposerContext.newPage();
    const guards = watchPage(proposerPage, baseURL!);
    await proposerPage.goto('/console/rewards');
    const card = proposerPage.locator(`[data-tip-id="${tip.id}"][data-raid-id="${raided.raidId}"]`);
    await expect(card).toContainText(t('rewards.firstInformant'));
    // The card says which tip it would pay, by its staff reference, never its code (decision 0800).
    await expect(card.getByTestId('reward-tip')).toHaveText(t('rewards.forTip', { ref: tipRef(tip.id) }));
    await expect(proposerPage.locator('body')).not.toContainText(tipCode);
    const amount = card.getByLabel(t('rewards.amountIn', { currency: 'USD' }));
    // Pre-filled from the policy in force.
    await expect(amount).toHaveValue(/^[0-9]+\.[0-9]{2}$/);
    await amount.fill('500.00');
    await card.getByLabel(t('rewards.justification')).fill('Adjusted to the programme ceiling agreed for this province.');
    await card.getByRole('button', { name: t('rewards.propose') }).click();
    await expect(proposerPage).toHaveURL(/\/console\/rewards\/[0-9a-f-]{36}\?notice=rewards\.done\.proposed$/);
    const rewardId = /rewards\/([0-9a-f-]{36})/.exec(proposerPage.url())![1]!;
    await expect(proposerPage.getByTestId('reward-state')).toHaveText(t('enums.RewardState.PROPOSED'));
    // The read model says why the proposer is offered no decision; the page only shows it.
    await expect(proposerPage.getByTestId('reward-blocked')).toHaveText(t('rewards.errors.selfApproval'));
    await expect(proposerPage.getByTestId('reward-blocked')).toHaveClass(/notice--info/);
    await expect(proposerPage.getByRole('button', { name: t('rewards.approve'), exact: true })).toHaveCount(0);
    await proposerPage.goto('/console/rewards');
    await expect(proposerPage.getByTestId('my-proposals').locator(`[data-reward-id="${rewardId}"]`)).toBeVisible();
    await expect(proposerPage.getByTestId('my-proposals').locator(`[data-reward-id="${rewardId}"]`).getByTestId('reward-tip')).toHaveText(t('rewards.forTip', { ref: tipRef(tip.id) }));
    await expect(proposerPage.locator(`[data-testid="awaiting-approval"] [data-reward-id="${rewardId}"]`)).toHaveCount(0);
    expect(await accessibilityViolations(proposerPage)).toEqual([]);

    const approverContext = await englishContext(browser, baseURL!);
    await signInAs(approverContext, baseURL!, 'REWARDS_ADMIN');
    const approverPage = await approverContext.newPage();
    await approverPage.goto('/console/rewards');
    const row = approverPage.getByTestId('awaiting-approval').locator(`[data-reward-id="${rewardId}"]`);
    await row.getByRole('button', { name: t('rewards.approve'), exact: true }).click();
    await expect(approverPage).toHaveURL(new RegExp(`/console/rewards/${rewardId}\\?notice=rewards\\.done\\.voucher_issued$`));
    await expect(approverPage.getByTestId('reward-state')).toHaveText(t('enums.RewardState.VOUCHER_ISSUED'));
    await expect(approverPage.getByTestId('reward-entries')).toContainText('COMMITTED-USD');
    await expect(approverPage.locator('body')).not.toContainText(passphrase);

    // The tipster opens /status with code and passphrase and reads the voucher.
    const status = await resident.newPage();
    await status.goto('/status');
    await status.getByLabel('Tip code').fill(tipCode);
    await status.getByLabel('Passphrase').fill(passphrase);
    await status.getByRole('button', { name: 'Open my tip' }).click();
    await expect(status.getByTestId('reward')).toContainText('A reward is ready for you.');
    await expect(status.getByTestId('reward')).toContainText('US$500.00');
    const code = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}/.exec(await status.getByTestId('reward').innerText())?.[0];
    expect(code).toBeDefined();
    // On a narrow phone the voucher code wraps between its groups, never inside one.
    await status.setViewportSize({ width: 320, height: 640 });
    const groupLines = await status.getByTestId('voucher-code').locator('span').evaluateAll((spans) => spans.map((span) => span.getClientRects().length));
    expect(groupLines).toEqual([1, 1, 1, 1, 1]);

    const deskContext = await englishContext(browser, baseURL!, { javaScriptEnabled: false });
    await signInAs(deskContext, baseURL!, 'REWARDS_ADMIN');
    const desk = await deskContext.newPage();
    const check = async (reference: string) => {
      await desk.goto('/console/rewards/payout');
      await desk.getByLabel(t('rewards.voucherCode')).fill(code!);
      await desk.getByLabel(t('enums.PayoutMethod.MOBILE_MONEY')).check();
      await desk.getByLabel(t('rewards.reference')).fill(reference);
      await desk.getByRole('button', { name: t('rewards.check') }).click();
    };
    // The desk shows the amount to hand over before anything is paid, and pays only on "Pay US$500.00".
    await check('WING-100200');
    await expect(desk.getByTestId('payout-amount')).toContainText(t('rewards.deskFound', { ref: tipRef(tip.id), amount: 'US$500.00', date: '' }).split(' Valid')[0]!);
    await expect(desk.getByTestId('payout-amount')).toContainText('US$500.00');
    expect(await db.reward.findUniqueOrThrow({ where: { id: rewardId }, select: { state: true } })).toEqual({ state: 'VOUCHER_ISSUED' });
    await desk.getByRole('button', { name: t('rewards.deskPay', { amount: 'US$500.00' }) }).click();
    await expect(desk.getByTestId('payout-done')).toContainText(t('rewards.done.paidAmount', { amount: 'US$500.00', method: t('enums.PayoutMethod.MOBILE_MONEY'), reference: 'WING-100200' }));
    // The second time the check refuses, saying when and under which reference it was paid.
    await check('WING-100201');
    await expect(desk.getByTestId('payout-error')).toContainText('US$500.00');
    await expect(desk.getByTestId('payout-error')).toContainText('WING-100200');
    await expect(desk.getByTestId('payout-amount')).toHaveCount(0);

    expect(await db.journalEntry.count({ where: { rewardId, kind: 'PAYOUT' } })).toBe(1);
    expect(await db.reward.findUniqueOrThrow({ where: { id: rewardId } })).toMatchObject({ state: 'PAID', amountMinor: 50_000n, payoutMethod: 'MOBILE_MONEY', payoutReference: 'WING-100200' });
    await approverPage.goto(`/console/rewards/${rewardId}`);
    await expect(approverPage.getByTestId('reward-state')).toHaveText(t('enums.RewardState.PAID'));
    await expect(approverPage.getByTestId('reward-history')).toContainText(t('rewards.events.paid'));
    expect(await accessibilityViolations(approverPage)).toEqual([]);
    // axe needs scripts, so the desk page is checked in a browser that runs them.
    await approverPage.goto('/console/rewards/payout');
    expect(await accessibilityViolations(approverPage)).toEqual([]);

    // The status session (15 minutes) is still open: the page shows the tip straight away.
    await status.goto('/status');
    await expect(status.getByTestId('reward')).toContainText('The reward has been paid.');
    await expect(status.getByTestId('reward')).not.toContainText(code!);

    // Other suites may write reward rows by hand; the books and this reward must hold.
    const problems = (await verifyLedger(db)).problems.filter((problem) => !problem.startsWith('reward ') || problem.includes(rewardId));
    expect(problems).toEqual([]);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
    expect(residentGuards.foreignRequests).toEqual([]);
    await Promise.all([resident.close(), proposerContext.close(), approverContext.close(), deskContext.close()]);
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
    const amount = card.getByLabel(t('rewards.amountIn', { currency: 'USD' }));
    const suggested = await amount.inputValue();
    await amount.fill('500');
    await card.getByRole('button', { name: t('rewards.propose') }).click();
    // A changed amount without a justification is refused beside the form, which keeps the amount typed; nothing is stored.
    await expect(card.getByTestId('propose-error')).toHaveText(t('rewards.errors.justificationRequired'));
    await expect(page.locator('.form-error')).toHaveCount(1);
    await expect(amount).toHaveValue('500');
    expect(await db.reward.count({ where: { tipId: raided.tips[1]!.tipId } })).toBe(0);
    await amount.fill(suggested);
    await card.getByRole('button', { name: t('rewards.propose') }).click();
    // The browser keeps the refused card's #anchor across the redirect; the query is the outcome's.
    await expect(page).toHaveURL(/\/console\/rewards\/[0-9a-f-]{36}\?notice=rewards\.done\.proposed(#[\w-]+)?$/);
    const rewardId = /rewards\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect(page.getByRole('button', { name: t('rewards.approve'), exact: true })).toHaveCount(0);
    // Why the buttons are missing is information, not a success: it does not look like the green "Reward proposed." notice.
    const background = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    await expect(page.getByTestId('reward-blocked')).toHaveText(t('rewards.errors.selfApproval'));
    expect(await background('[data-testid="reward-blocked"]')).not.toBe(await background('p.notice[role="status"]'));

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
