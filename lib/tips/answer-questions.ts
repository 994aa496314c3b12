/**
 * The tipster answers the officers' standard questions by choosing (lib/questions): one
 * message per answer, FROM_TIPSTER, pointing at the question it answers, with the answer
 * kept structured so an officer reads it in their own language. Behind the same credential
 * check as the status page; the time is floored to the hour and nothing is audited, exactly
 * like a written reply (docs/decisions/0002).
 */
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { questionsById } from '@/lib/questions/list-questions';
import { answerText, parseAnswer, type StructuredAnswer } from '@/lib/questions/standard-questions';
import { replyTime } from './reply-as-tipster';
import { checkTipsterCredentials } from './tipster-credentials';

export async function answerQuestions(options: { code: string; passphrase: string; answers: Record<string, string> }): Promise<{ count: number }> {
  const tip = await checkTipsterCredentials(options);
  const { language } = await db.tip.findUniqueOrThrow({ where: { id: tip.id }, select: { language: true } });
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const asked = await db.message.findMany({
    where: { tipId: tip.id, direction: 'TO_TIPSTER', questionId: { not: null } },
    select: { id: true, questionId: true },
  });
  const questions = await questionsById(db, asked.map((message) => message.questionId!));
  const askedById = new Map(asked.map((message) => [message.id, questions.get(message.questionId!)!]));

  const answers: { messageId: string; answer: StructuredAnswer; body: string }[] = [];
  for (const [messageId, raw] of Object.entries(options.answers)) {
    const question = askedById.get(messageId);
    if (!question) throw new AppError('BAD_REQUEST', 'mailbox.errors.question');
    const answer = parseAnswer(question, raw);
    if (answer) answers.push({ messageId, answer, body: answerText(answer, question, locale) });
  }
  if (answers.length === 0) throw new z.ZodError([{ code: 'custom', path: ['answers'], message: 'mailbox.errors.noAnswer', input: '' }]);

  await db.$transaction(async (tx) => {
    const at = await replyTime(tx, tip.id);
    for (const [index, entry] of answers.entries()) {
      await tx.message.create({
        data: { tipId: tip.id, direction: 'FROM_TIPSTER', body: entry.body, answersId: entry.messageId, answer: entry.answer, createdAt: new Date(at.getTime() + index), unread: true },
      });
    }
  });
  return { count: answers.length };
}
