/**
 * A tipster's answer reaches the officer (drive finding 4): "Are you safe right now? -> No"
 * flags the tip as not safe and as having a new reply, in the inbox and in My queue, until an
 * officer opens the tip; then the flags are gone.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { listQuestions } from '@/lib/questions/list-questions';
import { makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';

const en = translator('en');

test('an officer sees that the tipster answered "not safe", in the inbox and My queue, until the tip is opened', async ({ page, context, browser, baseURL }) => {
  test.setTimeout(120_000);
  const guards = watchPage(page, baseURL!);
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-2'] });
  const word = `held${randomBytes(4).toString('hex')}`;
  const tip = await makeTip({ provinceCode: 'KH-2', location: { lat: 13.09, lng: 103.2, source: 'GPS', accuracyM: 30 }, description: `People ${word} behind the wall, guards at the gate.` });
  await db.tip.update({ where: { id: tip.tipId }, data: { assignedToId: officer.id } });
  const safe = (await listQuestions(db, { activeOnly: true })).find((question) => question.key === 'you_safe')!;

  await page.goto(`/console/tips/${tip.tipId}`);
  const ask = page.getByTestId('ask-questions');
  await ask.getByLabel(safe.text.en).check();
  await ask.getByRole('button', { name: en('mailboxConsole.askSend') }).click();
  await expect(page.getByRole('status')).toHaveText(en('mailboxConsole.done_asked'));
  const row = () => page.locator(`[data-testid="inbox-row"][data-tip-id="${tip.tipId}"]`);
  await page.goto(`/console/tips?q=${word}`);
  await expect(row().getByTestId('new-replies')).toHaveCount(0);

  // The tipster answers "No", without JavaScript.
  const resident = await browser.newContext({ javaScriptEnabled: false });
  await resident.addCookies([{ name: 'lang', value: 'en', url: baseURL! }]);
  const status = await resident.newPage();
  await status.goto('/status');
  await status.getByLabel(en('status.code')).fill(tip.code);
  await status.getByLabel(en('status.passphrase')).fill(tip.passphrase);
  await status.getByRole('button', { name: en('status.open') }).click();
  const form = status.getByTestId('questions');
  await form.getByRole('group', { name: safe.text.en }).getByRole('radio', { name: en('mailbox.answer_no'), exact: true }).check();
  await form.getByRole('button', { name: en('mailbox.answersSend') }).click();
  await expect(status.getByRole('status')).toHaveText(en('mailbox.answersSent'));
  // The tipster's own thread pairs the answer with its question (drive finding 16).
  await expect(status.getByTestId('answered-question')).toContainText(safe.text.en);
  await resident.close();

  await page.goto(`/console/tips?q=${word}`);
  await expect(row().getByTestId('new-replies')).toHaveText(en('triage.newReplies', { count: 1 }));
  await expect(row().getByTestId('not-safe')).toHaveText(en('triage.notSafe'));
  await page.goto('/console/queue');
  const queued = page.getByTestId('my-tips').locator(`[data-tip-id="${tip.tipId}"]`);
  await expect(queued.getByTestId('new-replies')).toHaveText(en('triage.newReplies', { count: 1 }));
  await expect(queued.getByTestId('not-safe')).toHaveText(en('triage.notSafe'));

  // Opened: read, no longer flagged.
  await queued.getByRole('link').first().click();
  await expect(page.getByTestId('chosen-answer')).toContainText(en('mailbox.answer_no'));
  await page.goto(`/console/tips?q=${word}`);
  await expect(row()).toBeVisible();
  await expect(row().getByTestId('new-replies')).toHaveCount(0);
  await expect(row().getByTestId('not-safe')).toHaveCount(0);
  expect(guards.consoleErrors).toEqual([]);
});
