/**
 * Issue 14 in Chromium: an officer reading Khmer asks a Burmese-writing tipster two standard
 * questions; the tipster, without JavaScript, sees them in Burmese and answers by choosing;
 * the officer reads the answers in Khmer. Thirty spam tips are closed in one action, each
 * with its own audit rows; ticked tips are assigned and show in the officer's queue.
 */
import { randomBytes } from 'node:crypto';
import { type BrowserContext, expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { translator } from '@/lib/i18n/translate';
import { askQuestions } from '@/lib/questions/ask-questions';
import { listQuestions } from '@/lib/questions/list-questions';
import { makeStaff, makeTip } from '../../helpers/factories';
import { watchPage } from '../helpers/page-guards';
import { signInAs } from '../helpers/staff';
import { tipRef } from '@/lib/tips/staff-ref';

const km = translator('km');
const my = translator('my');
const en = translator('en');

async function language(context: BrowserContext, baseURL: string, lang: string) {
  await context.addCookies([{ name: 'lang', value: lang, url: baseURL }]);
}

test.describe('mailbox without a shared language, and bulk triage', () => {
  test('a Khmer-reading officer asks a Burmese tipster two questions; the tipster answers by choosing without JavaScript; the officer reads the answers in Khmer', async ({ page, context, browser, baseURL }) => {
    test.setTimeout(120_000);
    const guards = watchPage(page, baseURL!);
    // Battambang (KH-2): no other browser test puts tips there.
    await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-2'] });
    await language(context, baseURL!, 'km');
    const tip = await makeTip({ language: 'my', provinceCode: 'KH-2', location: { lat: 13.09, lng: 103.2, source: 'GPS', accuracyM: 30 }, description: 'ဝင်းထဲမှာ လူအများကြီး ချုပ်ထားတယ်၊ အစောင့်တွေ ရှိတယ်။' });
    const questions = await listQuestions(db, { activeOnly: true });
    const armed = questions.find((question) => question.key === 'guards_armed')!;
    const floor = questions.find((question) => question.key === 'floor')!;
    const high = floor.choices.find((choice) => choice.key === 'high')!;

    await page.goto(`/console/tips/${tip.tipId}`);
    const ask = page.getByTestId('ask-questions');
    await ask.getByLabel(armed.text.km).check();
    await ask.getByLabel(floor.text.km).check();
    await ask.getByRole('button', { name: km('mailboxConsole.askSend') }).click();
    await expect(page.getByRole('status')).toHaveText(km('mailboxConsole.done_asked'));
    await expect(page.getByTestId('asked-question')).toHaveCount(2);
    await page.getByLabel(km('mailboxConsole.templateLabel')).selectOption('staySafe');
    await page.getByRole('button', { name: km('mailboxConsole.templateSend') }).click();
    await expect(page.getByRole('status')).toHaveText(km('mailboxConsole.done_template'));
    await expect(page.getByTestId('sent-template')).toContainText(km('mailbox.template_staySafe'));

    // The tipster, in Burmese, with JavaScript off.
    const resident = await browser.newContext({ javaScriptEnabled: false });
    await language(resident, baseURL!, 'my');
    const status = await resident.newPage();
    const residentGuards = watchPage(status, baseURL!);
    await status.goto('/status');
    await status.getByLabel(my('status.code')).fill(tip.code);
    await status.getByLabel(my('status.passphrase')).fill(tip.passphrase);
    await status.getByRole('button', { name: my('status.open') }).click();
    await expect(status.getByText(my('mailbox.template_staySafe'))).toBeVisible();
    const form = status.getByTestId('questions');
    await expect(form.getByTestId('question')).toHaveCount(2);
    const armedQuestion = form.getByRole('group', { name: armed.text.my });
    const floorQuestion = form.getByRole('group', { name: floor.text.my });
    await armedQuestion.getByRole('radio', { name: my('mailbox.answer_yes') }).check();
    await floorQuestion.getByRole('radio', { name: high.text.my }).check();
    await form.getByRole('button', { name: my('mailbox.answersSend') }).click();
    await expect(status.getByRole('status')).toHaveText(my('mailbox.answersSent'));
    // Answered: the form is gone, the answers are in the conversation, in Burmese.
    await expect(status.getByTestId('questions')).toHaveCount(0);
    await expect(status.getByText(high.text.my)).toBeVisible();
    await resident.close();

    await page.reload();
    const answers = page.getByTestId('chosen-answer');
    await expect(answers).toHaveCount(2);
    await expect(answers.filter({ hasText: armed.text.km })).toContainText(km('mailbox.answer_yes'));
    await expect(answers.filter({ hasText: floor.text.km })).toContainText(high.text.km);
    const stored = await db.message.findMany({ where: { tipId: tip.tipId, direction: 'FROM_TIPSTER' }, select: { answer: true } });
    expect(stored.map((message) => message.answer)).toEqual(expect.arrayContaining([{ kind: 'YES_NO', value: 'yes' }, { kind: 'CHOICE', value: 'high' }]));
    expect(stored).toHaveLength(2);
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
    expect(residentGuards.foreignRequests).toEqual([]);
  });

  test('thirty spam tips closed in one action, each with its own audit rows; ticked tips assigned to me show in my queue', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const guards = watchPage(page, baseURL!);
    // Pursat (KH-15): no other browser test puts tips there.
    const officer = await signInAs(context, baseURL!, 'OFFICER', { provinceCodes: ['KH-15'] });
    await language(context, baseURL!, 'en');
    const marker = `spam${randomBytes(4).toString('hex')}`;
    const place = { provinceCode: 'KH-15' as const, location: { lat: 12.53, lng: 103.92, source: 'GPS' as const, accuracyM: 30 } };
    // One at a time: thirty transactions at once would wait on each other on a busy machine.
    const spam = [];
    for (let index = 0; index < 30; index++) spam.push(await makeTip({ ...place, description: `${marker} win a free phone ${index}, click the link now` }));
    const real = [];
    for (let index = 0; index < 2; index++) real.push(await makeTip({ ...place, description: `Compound ${marker.toUpperCase()}x ${index}: guards at the gate, buses at night.` }));

    await page.goto(`/console/tips?q=${marker}+win`);
    await expect(page.getByTestId('inbox-row')).toHaveCount(30);
    const bulk = page.getByTestId('bulk-form');
    await bulk.getByLabel(en('bulk.action')).selectOption('closeUnfounded');
    await bulk.getByLabel(en('bulk.allMatching', { cap: 100 })).check();
    await bulk.getByRole('button', { name: en('bulk.apply') }).click();
    await expect(page).toHaveURL(/\/console\/tips\/bulk\?/);
    await expect(page.getByTestId('bulk-outcome')).toHaveText(en('bulk.resultDone', { count: 30 }));
    await expect(page.getByTestId('bulk-done').getByRole('listitem')).toHaveCount(30);

    const ids = spam.map((tip) => tip.tipId);
    const rows = await db.tip.findMany({ where: { id: { in: [...ids, ...real.map((tip) => tip.tipId)] } }, select: { id: true, status: true } });
    expect(rows.filter((row) => row.status === 'CLOSED_UNFOUNDED').map((row) => row.id).sort()).toEqual([...ids].sort());
    const events = await db.auditEvent.findMany({ where: { targetType: 'tip', targetId: { in: ids }, action: 'tip.status_changed' }, orderBy: { id: 'asc' }, select: { targetId: true, actorId: true, detail: true } });
    for (const id of ids) {
      const own = events.filter((event) => event.targetId === id);
      expect(own.map((event) => (event.detail as { to: string }).to)).toEqual(['TRIAGED', 'CLOSED_UNFOUNDED']);
      expect(own.every((event) => event.actorId === officer.id)).toBe(true);
    }

    // Tick the two real tips and take them on.
    await page.goto(`/console/tips?q=${marker.toUpperCase()}x`);
    await expect(page.getByTestId('inbox-row')).toHaveCount(2);
    for (const tip of real) await page.getByLabel(en('bulk.selectRow', { code: tipRef(tip.tipId) })).check();
    const form = page.getByTestId('bulk-form');
    await form.getByLabel(en('bulk.action')).selectOption('assign');
    await form.getByLabel(en('bulk.assignee')).selectOption(officer.id);
    await form.getByRole('button', { name: en('bulk.apply') }).click();
    await expect(page.getByTestId('bulk-outcome')).toHaveText(en('bulk.resultDone', { count: 2 }));
    await page.goto('/console/queue');
    for (const tip of real) await expect(page.getByTestId('my-tips').getByRole('link', { name: tipRef(tip.tipId) })).toBeVisible();
    expect(guards.foreignRequests).toEqual([]);
    expect(guards.consoleErrors).toEqual([]);
  });

  test('a partner app reads the questions in the tip\'s language and answers through the API', async ({ request }) => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-2'] });
    const tip = await makeTip({ language: 'th', provinceCode: 'KH-2', location: { lat: 13.1, lng: 103.21, source: 'GPS', accuracyM: 30 } });
    const questions = await listQuestions(db, { activeOnly: true });
    const shift = questions.find((question) => question.key === 'shift_change')!;
    const people = questions.find((question) => question.key === 'people_held')!;
    const { ids } = await askQuestions(officer.actor, { tipId: tip.tipId, questionIds: [shift.id, people.id] });
    const status = await request.post('/api/v1/tips/status', { data: { code: tip.code, passphrase: tip.passphrase } });
    expect(status.status()).toBe(200);
    const view = await status.json();
    const asked = view.messages.filter((message: { question?: unknown }) => message.question);
    expect(asked.map((message: { body: string }) => message.body)).toEqual([shift.text.th, people.text.th]);
    expect(asked[0].question.choices.map((choice: { label: string }) => choice.label)).toContain(translator('th')('enums.TimeOfDay.NIGHT'));
    const answered = await request.post('/api/v1/tips/messages', { data: { code: tip.code, passphrase: tip.passphrase, answers: { [ids[0]!]: 'NIGHT', [ids[1]!]: 25 } } });
    expect(answered.status()).toBe(201);
    expect(await answered.json()).toEqual({ ok: true, answers: 2 });
    const refused = await request.post('/api/v1/tips/messages', { data: { code: tip.code, passphrase: tip.passphrase, answers: { [ids[0]!]: 'NOON' } } });
    expect(refused.status()).toBe(400);
    const stored = await db.message.findMany({ where: { tipId: tip.tipId, direction: 'FROM_TIPSTER' }, orderBy: { createdAt: 'asc' }, select: { answer: true, answersId: true } });
    expect(stored).toEqual([{ answer: { kind: 'TIME_OF_DAY', value: 'NIGHT' }, answersId: ids[0] }, { answer: { kind: 'NUMBER', value: 25 }, answersId: ids[1] }]);
  });
});
