/**
 * Issue 14: standard questions asked in the officer's language, read and answered by the
 * tipster in the tip's language by choosing, read back in the officer's language; reply
 * templates; the seed migration equals lib/questions/seed-questions.ts; every question in
 * the database is written in all eight languages.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { askQuestions, sendReplyTemplate } from '@/lib/questions/ask-questions';
import { listQuestions } from '@/lib/questions/list-questions';
import { createQuestion, setQuestionActive } from '@/lib/questions/manage-questions';
import { SEED_QUESTIONS } from '@/lib/questions/seed-questions';
import { answerText, parseAnswer, REPLY_TEMPLATES, structuredAnswerSchema, textIn } from '@/lib/questions/standard-questions';
import { answerQuestions } from '@/lib/tips/answer-questions';
import { openTipStatus } from '@/lib/tips/open-tip-status';
import { viewTip } from '@/lib/triage/view-tip';
import { makeStaff, makeTip } from '../../helpers/factories';

const byKey = async (key: string) => (await listQuestions(db)).find((question) => question.key === key)!;

describe('standard questions', () => {
  it('the seed migration holds exactly the seed questions, each in all eight languages', async () => {
    const stored = await listQuestions(db);
    for (const seed of SEED_QUESTIONS) {
      const question = stored.find((entry) => entry.key === seed.key);
      expect(question, seed.key).toBeDefined();
      expect(question!.kind).toBe(seed.kind);
      expect(question!.text).toEqual(seed.text);
      expect(question!.choices).toEqual(seed.choices ?? []);
    }
    expect(SEED_QUESTIONS.length).toBeGreaterThanOrEqual(10);
    // Completeness: every question and every choice in every resident language, none left in English.
    for (const question of stored) {
      for (const locale of RESIDENT_LOCALES) {
        expect(question.text[locale]?.trim(), `${question.key} in ${locale}`).toBeTruthy();
        if (locale !== 'en') expect(question.text[locale], `${question.key} in ${locale} is English`).not.toBe(question.text.en);
        for (const choice of question.choices) expect(choice.text[locale]?.trim(), `${question.key}.${choice.key} in ${locale}`).toBeTruthy();
      }
    }
  });

  it('an officer reading Khmer asks a Burmese tipster; the tipster answers by choosing; the officer reads the answers in Khmer', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ language: 'my', description: 'ဝင်းထဲမှာ အစောင့်တွေ အများကြီးရှိတယ်။' });
    const [armed, floor, people, anything] = await Promise.all(['guards_armed', 'floor', 'people_held', 'anything_else'].map(byKey));
    const { ids } = await askQuestions(officer.actor, { tipId: tip.tipId, questionIds: [armed!.id, floor!.id, people!.id, anything!.id] });
    expect(ids).toHaveLength(4);

    const view = await openTipStatus({ code: tip.code, passphrase: tip.passphrase });
    const asked = view.messages.filter((message) => message.question);
    expect(asked.map((message) => message.body)).toEqual([armed!.text.my, floor!.text.my, people!.text.my, anything!.text.my]);
    expect(asked[0]!.question!.choices.map((choice) => choice.label)).toEqual(['ဟုတ်ကဲ့', 'မဟုတ်ပါ', 'မသိပါ']);
    expect(asked[1]!.question!.choices.map((choice) => choice.value)).toEqual([...floor!.choices.map((choice) => choice.key), 'unknown']);
    expect(asked[1]!.question!.choices[0]!.label).toBe(floor!.choices[0]!.text.my);
    expect(asked.every((message) => !message.question!.answered)).toBe(true);

    // Burmese digits for the number; free text as written.
    await answerQuestions({ code: tip.code, passphrase: tip.passphrase, answers: { [ids[0]!]: 'yes', [ids[1]!]: 'high', [ids[2]!]: '၄၀', [ids[3]!]: 'အစောင့် ၅ ယောက်' } });
    const after = await openTipStatus({ code: tip.code, passphrase: tip.passphrase });
    expect(after.messages.filter((message) => message.question).every((message) => message.question!.answered)).toBe(true);
    const answers = after.messages.filter((message) => message.answersId);
    expect(answers.map((message) => message.body)).toEqual(['ဟုတ်ကဲ့', floor!.choices.find((c) => c.key === 'high')!.text.my, '40', 'အစောင့် ၅ ယောက်']);
    // Kept structured, for the officer to read in their own language.
    const stored = await db.message.findMany({ where: { answersId: { in: ids } }, orderBy: { createdAt: 'asc' }, select: { answer: true } });
    expect(stored.map((message) => message.answer)).toEqual([
      { kind: 'YES_NO', value: 'yes' },
      { kind: 'CHOICE', value: 'high' },
      { kind: 'NUMBER', value: 40 },
      { kind: 'FREE_TEXT', value: 'အစောင့် ၅ ယောက်' },
    ]);

    const detail = await viewTip(officer.actor, tip.tipId);
    const chosen = detail.messages.filter((message) => message.answer && message.answers?.question);
    const inKhmer = chosen.map((message) => {
      const question = message.answers!.question!;
      const answer = structuredAnswerSchema.parse(message.answer);
      const full = { kind: question.kind, choices: (question.choices ?? []) as never, text: question.text as never };
      return [textIn(question.text as never, 'km'), answerText(answer, full as never, 'km')];
    });
    expect(inKhmer).toEqual([
      [armed!.text.km, translator('km')('mailbox.answer_yes')],
      [floor!.text.km, floor!.choices.find((c) => c.key === 'high')!.text.km],
      [people!.text.km, '40'],
      [anything!.text.km, 'အစောင့် ၅ ယောက်'],
    ]);
    const events = await db.auditEvent.findMany({ where: { targetId: tip.tipId, action: 'tip.message_sent' }, select: { detail: true } });
    expect(events).toEqual([{ detail: { messageIds: ids, questions: ['guards_armed', 'floor', 'people_held', 'anything_else'] } }]);
  });

  it('refuses an answer that is not one of the choices, a question of another tip, and nothing at all', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ language: 'vi' });
    const other = await makeTip({ language: 'vi' });
    const armed = await byKey('guards_armed');
    const { ids } = await askQuestions(officer.actor, { tipId: tip.tipId, questionIds: [armed.id] });
    const { ids: otherIds } = await askQuestions(officer.actor, { tipId: other.tipId, questionIds: [armed.id] });
    const credentials = { code: tip.code, passphrase: tip.passphrase };
    await expect(answerQuestions({ ...credentials, answers: { [ids[0]!]: 'maybe' } })).rejects.toMatchObject({ issues: [{ message: 'mailbox.errors.answer' }] });
    await expect(answerQuestions({ ...credentials, answers: { [otherIds[0]!]: 'yes' } })).rejects.toMatchObject({ messageKey: 'mailbox.errors.question' });
    await expect(answerQuestions({ ...credentials, answers: { [ids[0]!]: '  ' } })).rejects.toMatchObject({ issues: [{ message: 'mailbox.errors.noAnswer' }] });
    await expect(answerQuestions({ code: tip.code, passphrase: '0000-0000-0000-0000', answers: { [ids[0]!]: 'yes' } })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await db.message.count({ where: { tipId: tip.tipId, direction: 'FROM_TIPSTER' } })).toBe(0);
  });

  it('parses every form of answer and refuses the rest', () => {
    const choice = { kind: 'CHOICE' as const, choices: [{ key: 'a', text: {} as never }] };
    expect(parseAnswer({ kind: 'NUMBER', choices: [] }, '១២')).toEqual({ kind: 'NUMBER', value: 12 });
    expect(parseAnswer({ kind: 'NUMBER', choices: [] }, '๓')).toEqual({ kind: 'NUMBER', value: 3 });
    expect(parseAnswer({ kind: 'NUMBER', choices: [] }, 'unknown')).toEqual({ kind: 'NUMBER', value: 'unknown' });
    expect(() => parseAnswer({ kind: 'NUMBER', choices: [] }, '-3')).toThrow();
    expect(() => parseAnswer({ kind: 'NUMBER', choices: [] }, '1000001')).toThrow();
    expect(parseAnswer({ kind: 'TIME_OF_DAY', choices: [] }, 'NIGHT')).toEqual({ kind: 'TIME_OF_DAY', value: 'NIGHT' });
    expect(() => parseAnswer({ kind: 'TIME_OF_DAY', choices: [] }, 'NOON')).toThrow();
    expect(parseAnswer(choice, 'a')).toEqual({ kind: 'CHOICE', value: 'a' });
    expect(() => parseAnswer(choice, 'b')).toThrow();
    expect(parseAnswer({ kind: 'YES_NO', choices: [] }, '')).toBeNull();
    // A written answer: line breaks are text, a NUL or another control character is refused.
    expect(parseAnswer({ kind: 'FREE_TEXT', choices: [] }, 'five guards\nat night')).toEqual({ kind: 'FREE_TEXT', value: 'five guards\nat night' });
    expect(() => parseAnswer({ kind: 'FREE_TEXT', choices: [] }, 'five \u0000 guards')).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ message: 'intake.errors.controlCharacters' })] }));
    expect(answerText({ kind: 'TIME_OF_DAY', value: 'NIGHT' }, null, 'km')).toBe(translator('km')('enums.TimeOfDay.NIGHT'));
    expect(answerText({ kind: 'YES_NO', value: 'unknown' }, null, 'en')).toBe("I don't know");
  });

  it('sends a reply template in the tip\'s language, and only a known one', async () => {
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const tip = await makeTip({ language: 'ko' });
    for (const template of REPLY_TEMPLATES) await sendReplyTemplate(officer.actor, { tipId: tip.tipId, template });
    const view = await openTipStatus({ code: tip.code, passphrase: tip.passphrase });
    expect(view.messages.map((message) => message.body)).toEqual(REPLY_TEMPLATES.map((template) => translator('ko')(`mailbox.template_${template}`)));
    await expect(sendReplyTemplate(officer.actor, { tipId: tip.tipId, template: 'custom' as never })).rejects.toMatchObject({ issues: [{ message: 'mailboxConsole.errors.template' }] });
    const outside = await makeStaff('OFFICER', { provinceCodes: ['KH-7'] });
    await expect(sendReplyTemplate(outside.actor, { tipId: tip.tipId, template: 'thanks' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('supervisors add a question in all eight languages and stop offering one; officers cannot; a question not in use cannot be asked', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    const officer = await makeStaff('OFFICER', { provinceCodes: ['KH-18'] });
    const key = `vehicles_${Date.now()}`;
    const text = Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, `Vehicles? (${locale})`])) as never;
    const choices = Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, `Cars ${locale}\nBuses ${locale}\nTrucks ${locale}`]));
    await expect(createQuestion(officer.actor, { key, kind: 'CHOICE', text, choices })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createQuestion(supervisor.actor, { key, kind: 'CHOICE', text: { ...(text as object), my: '' } as never, choices })).rejects.toMatchObject({ issues: [{ message: 'mailboxConsole.errors.textMissing' }] });
    await expect(createQuestion(supervisor.actor, { key, kind: 'CHOICE', text, choices: { ...choices, th: 'Cars th\nBuses th' } })).rejects.toMatchObject({ issues: [{ message: 'mailboxConsole.errors.choices' }] });
    const { id } = await createQuestion(supervisor.actor, { key, kind: 'CHOICE', text, choices });
    await expect(createQuestion(supervisor.actor, { key, kind: 'YES_NO', text })).rejects.toMatchObject({ messageKey: 'mailboxConsole.errors.keyTaken' });
    const created = await byKey(key);
    expect(created.choices.map((choice) => [choice.key, choice.text.th])).toEqual([['c1', 'Cars th'], ['c2', 'Buses th'], ['c3', 'Trucks th']]);

    const tip = await makeTip();
    await setQuestionActive(supervisor.actor, { questionId: id, active: false });
    expect((await listQuestions(db, { activeOnly: true })).some((question) => question.id === id)).toBe(false);
    await expect(askQuestions(officer.actor, { tipId: tip.tipId, questionIds: [id] })).rejects.toMatchObject({ messageKey: 'mailboxConsole.errors.question' });
    await setQuestionActive(supervisor.actor, { questionId: id, active: true });
    await askQuestions(officer.actor, { tipId: tip.tipId, questionIds: [id] });
    const events = await db.auditEvent.findMany({ where: { targetType: 'question', targetId: id }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(events.map((event) => event.action)).toEqual(['question.created', 'question.updated', 'question.updated']);
  });
});
