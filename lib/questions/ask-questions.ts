/**
 * The officer's two ways to write to a tipster without a shared language: standard questions
 * (one message each) and reply templates. Each message's body is the text in the tip's
 * language, as the tipster will read it; the question or template key lets the console show
 * it in the officer's language. Audited as tip.message_sent, like a written message.
 */
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { formEnum } from '@/lib/http/form';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';
import { findTipInScope } from '@/lib/triage/find-tip-in-scope';
import { REPLY_TEMPLATES, templateText, textIn } from './standard-questions';
import { questionsById } from './list-questions';
import { defineUseCase } from '@/lib/use-case';

export const MAX_QUESTIONS_AT_ONCE = 10;

export const askQuestionsSchema = z.object({
  tipId: anyId,
  questionIds: z.array(anyId).min(1, 'mailboxConsole.errors.noQuestion').max(MAX_QUESTIONS_AT_ONCE),
});

export const sendTemplateSchema = z.object({
  tipId: anyId,
  template: formEnum(REPLY_TEMPLATES, 'mailboxConsole.errors.template'),
});

const tipLocale = (language: string): Locale => (isLocale(language) ? language : DEFAULT_LOCALE);

export const askQuestions = defineUseCase({
  name: 'askQuestions',
  permission: 'tips.message',
  input: askQuestionsSchema,
  run: async (actor, { tipId, questionIds }, client: Db = defaultDb): Promise<{ ids: string[] }> => {
    return client.$transaction(async (tx) => {
      const tip = await findTipInScope(tx, actor, tipId);
      const { language } = await tx.tip.findUniqueOrThrow({ where: { id: tip.id }, select: { language: true } });
      const found = await questionsById(tx, questionIds);
      const unique = [...new Set(questionIds)];
      const questions = unique.map((id) => found.get(id));
      if (questions.some((question) => !question?.active)) throw new AppError('BAD_REQUEST', 'mailboxConsole.errors.question');
      // One millisecond apart, so the conversation shows them in the order ticked.
      const now = Date.now();
      const ids: string[] = [];
      for (const [index, question] of questions.entries()) {
        const message = await tx.message.create({
          data: { tipId: tip.id, direction: 'TO_TIPSTER', body: textIn(question!.text, tipLocale(language)), questionId: question!.id, authorId: actor.id, createdAt: new Date(now + index) },
          select: { id: true },
        });
        ids.push(message.id);
      }
      await recordAuditEvent(tx, { actor, action: 'tip.message_sent', target: { type: 'tip', id: tip.id }, detail: { messageIds: ids, questions: questions.map((question) => question!.key) } });
      return { ids };
    });
  },
});

export const sendReplyTemplate = defineUseCase({
  name: 'sendReplyTemplate',
  permission: 'tips.message',
  input: sendTemplateSchema,
  run: async (actor, { tipId, template }, client: Db = defaultDb): Promise<{ id: string }> => {
    return client.$transaction(async (tx) => {
      const tip = await findTipInScope(tx, actor, tipId);
      const { language } = await tx.tip.findUniqueOrThrow({ where: { id: tip.id }, select: { language: true } });
      const message = await tx.message.create({
        data: { tipId: tip.id, direction: 'TO_TIPSTER', body: templateText(template, tipLocale(language)), templateKey: template, authorId: actor.id, createdAt: new Date() },
        select: { id: true },
      });
      await recordAuditEvent(tx, { actor, action: 'tip.message_sent', target: { type: 'tip', id: tip.id }, detail: { messageId: message.id, template } });
      return message;
    });
  },
});
