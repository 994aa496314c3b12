/**
 * What a new user met on /status and around it on a 360-px phone (issue 11, drive report items
 * 7, 12, 16, 17, 25): the tip code kept after a wrong passphrase, the tip's own language, each
 * answer under its question, a voucher code on one line with where to collect it, one name for
 * "Check my tip", and a saved receipt that names the site.
 */
import { expect, type Page, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { askQuestions } from '@/lib/questions/ask-questions';
import { listQuestions } from '@/lib/questions/list-questions';
import { approveReward } from '@/lib/rewards/approve-reward';
import { proposeReward } from '@/lib/rewards/propose-reward';
import { answerQuestions } from '@/lib/tips/answer-questions';
import { makeStaff, makeTip } from '../../helpers/factories';
import { fund, makePolicy, makeRaidedCase } from '../../helpers/factories-rewards';
import { overflowX } from '../mobile/phone';
import { PHONE, useLanguage } from './helpers';

const en = translator('en');
const km = translator('km');
const vi = translator('vi');

async function openTip(page: Page, t: typeof en, receipt: { code: string; passphrase: string }) {
  await page.goto('/status');
  await page.getByLabel(t('status.code')).fill(receipt.code);
  await page.getByLabel(t('status.passphrase')).fill(receipt.passphrase);
  await page.getByRole('button', { name: t('status.open') }).click();
  await expect(page.getByTestId('tip-status')).toBeVisible();
}

test.describe('status page on a phone', () => {
  test('a wrong passphrase keeps the tip code in the form and empties only the passphrase, with and without JavaScript', async ({ browser, baseURL }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      await useLanguage(context, baseURL!, 'km');
      const page = await context.newPage();
      const receipt = await makeTip();
      await page.goto('/status');
      await page.getByLabel(km('status.code')).fill(receipt.code);
      await page.getByLabel(km('status.passphrase')).fill('9999-9999-9999-0001');
      await page.getByRole('button', { name: km('status.open') }).click();
      await expect(page.locator('.form-error')).toHaveText(km('status.errors.credentials'));
      await expect(page.getByLabel(km('status.code')), `javaScriptEnabled: ${javaScriptEnabled}`).toHaveValue(receipt.code);
      await expect(page.getByLabel(km('status.passphrase'))).toHaveValue('');
      expect(await page.content()).not.toContain('9999-9999-9999-0001');
      // Only the passphrase is typed again.
      await page.getByLabel(km('status.passphrase')).fill(receipt.passphrase);
      await page.getByRole('button', { name: km('status.open') }).click();
      await expect(page.getByTestId('tip-status')).toBeVisible();
      await context.close();
    }
  });

  test('a tip sent in Vietnamese opens in Vietnamese on a phone that never chose a language; a chosen language wins; no new cookie', async ({ browser, baseURL }) => {
    const receipt = await makeTip({ language: 'vi' });
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/status');
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await openTip(page, km, receipt);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText(vi('status.title'));
    await expect(page.getByTestId('tip-status')).toHaveText(vi('status.status_RECEIVED'));
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(['tip_session']);
    // Closing the tip leaves nothing that says which language it was in.
    await page.getByRole('button', { name: vi('status.signOut') }).click();
    await expect(page.getByRole('button', { name: km('status.open') })).toBeVisible();
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([]);

    // The resident who chose English keeps English.
    await useLanguage(context, baseURL!, 'en');
    await openTip(page, en, receipt);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('tip-status')).toHaveText(en('status.status_RECEIVED'));
    await context.close();
  });

  test('each answer in the thread is shown with the question it answers', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    await useLanguage(context, baseURL!, 'km');
    const page = await context.newPage();
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const receipt = await makeTip({ language: 'km' });
    const questions = await listQuestions(db, { activeOnly: true });
    const safe = questions.find((question) => question.kind === 'YES_NO')!;
    const armed = questions.find((question) => question.kind === 'YES_NO' && question.id !== safe.id)!;
    const { ids } = await askQuestions(officer.actor, { tipId: receipt.tipId, questionIds: [safe.id, armed.id] });
    await answerQuestions({ code: receipt.code, passphrase: receipt.passphrase, answers: { [ids[0]!]: 'no', [ids[1]!]: 'yes' } });
    const asked = await db.message.findMany({ where: { id: { in: ids } }, select: { id: true, body: true } });
    const bodyOf = (id: string) => asked.find((message) => message.id === id)!.body;

    await openTip(page, km, receipt);
    const answers = page.getByRole('listitem').filter({ has: page.getByTestId('answered-question') });
    await expect(answers).toHaveCount(2);
    await expect(answers.filter({ hasText: bodyOf(ids[0]!) })).toContainText(km('mailbox.answer_no'));
    await expect(answers.filter({ hasText: bodyOf(ids[1]!) })).toContainText(km('mailbox.answer_yes'));
    await expect(answers.first().getByTestId('answered-question')).toContainText(km('status.answerTo'));
    await context.close();
  });

  test('the voucher code stays on one line at 360 px in Khmer and English, and says where to collect it', async ({ browser, baseURL }) => {
    await makePolicy({ voucherValidDays: 90 });
    await fund(100_000n);
    const raided = await makeRaidedCase({ tips: 1, outcome: { compoundClosed: true, victimsRescued: 0, suspectsArrested: 0 } });
    const receipt = raided.tips[0]!;
    const [proposer, approver] = [await makeStaff('REWARDS_ADMIN'), await makeStaff('REWARDS_ADMIN')];
    const { id } = await proposeReward(proposer.actor, { tipId: receipt.tipId, raidId: raided.raidId });
    await approveReward(approver.actor, { rewardId: id });

    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const [locale, t] of [['km', km], ['en', en]] as const) {
      await useLanguage(context, baseURL!, locale);
      await openTip(page, t, receipt);
      const code = page.getByTestId('voucher-code');
      await expect(code).toHaveText(/^\w{4}-\w{4}-\w{4}-\w{4}-\w{4}$/);
      // One line: every group starts on the same line, and nothing sticks out of the card.
      const tops = await code.locator('span').evaluateAll((groups) => groups.map((group) => Math.round(group.getBoundingClientRect().top)));
      expect(tops, locale).toHaveLength(5);
      expect(new Set(tops).size, `${locale}: groups on ${new Set(tops).size} lines`).toBe(1);
      expect(await code.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      expect(await overflowX(page)).toBe(0);
      const fontSize = await code.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(14);
      // Where and how: the configured office (playwright.config.ts sets REWARD_OFFICE), as written.
      await expect(page.getByTestId('reward-office')).toHaveText(`${t('status.voucherWhere')} Reward office (e2e): 1 Example Street, Phnom Penh · Mon–Fri 08:00–17:00`);
      await expect(page.getByTestId('reward')).toContainText(t('status.voucherHowTo'));
      await page.getByRole('button', { name: t('status.signOut') }).click();
      await expect(page.getByRole('button', { name: t('status.open') })).toBeVisible();
    }
    await context.close();
  });
});

test.describe('one name for "Check my tip", and a receipt that names the site', () => {
  test.use({ geolocation: { latitude: 10.6312, longitude: 103.5221, accuracy: 25 }, permissions: ['geolocation'] });
  test('the home page button and the receipt use the same name; the saved receipt holds the site address', async ({ page, baseURL }) => {
    await page.setViewportSize(PHONE);
    for (const [locale, t] of [['km', km], ['en', en]] as const) {
      await useLanguage(page.context(), baseURL!, locale);
      await page.goto('/');
      await expect(page.getByRole('main').getByRole('link', { name: t('common.status'), exact: true })).toBeVisible();
      expect(t('report.receiptNext')).toContain(t('common.status'));
      expect(t('status.title')).toBe(t('common.status'));
    }

    await page.goto('/report');
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    await page.getByLabel('Suspected scam compound').check();
    await page.getByRole('button', { name: 'Use my location' }).click();
    await expect(page.getByText(/Location found/)).toBeVisible();
    await page.getByLabel('Describe what you saw (required)').fill('Guards at the gate and buses after midnight, seen from the road.');
    await page.getByRole('button', { name: 'Send tip' }).click();
    await expect(page.getByRole('heading', { name: 'Your tip was sent' })).toBeVisible();
    const saved = page.getByRole('link', { name: en('report.saveFile') });
    await expect(saved).toHaveAttribute('href', new RegExp(encodeURIComponent(`${baseURL}/status`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const text = decodeURIComponent((await saved.getAttribute('href'))!.replace(/^data:text\/plain;charset=utf-8,/, ''));
    expect(text).toContain(en('report.fileFooter', { address: `${baseURL}/status` }));
    expect(text).toContain(`${en('report.tipCode')}: ${(await page.getByTestId('tip-code').innerText()).trim()}`);
  });
});
