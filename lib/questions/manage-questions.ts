/**
 * Supervisors curate the standard questions (questions.manage): add one, written in every
 * resident language, or stop offering one. A question is never deleted: the messages that
 * asked it keep pointing at it. Audited as question.created / question.updated.
 */
import { z } from 'zod';
import { formEnum } from '@/lib/http/form';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { anyId, idOrNotFound } from '@/lib/ids';
import { type Locale, RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { type LocalisedText, localisedTextSchema, QUESTION_KINDS, type QuestionChoice, TEXT_MAX } from './standard-questions';
import { defineUseCase } from '@/lib/use-case';

export const MAX_CHOICES = 12;

export const createQuestionSchema = z
  .object({
    key: z.string().trim().regex(/^[a-z0-9_]{2,40}$/, 'mailboxConsole.errors.key'),
    kind: formEnum(QUESTION_KINDS),
    text: localisedTextSchema,
    /** For CHOICE: per language, one choice a line, the same number in every language. */
    choices: z.record(z.string(), z.string()).optional(),
  })
  .transform((value, context) => {
    if (value.kind !== 'CHOICE') return { ...value, choices: undefined as QuestionChoice[] | undefined };
    const lines = Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, (value.choices?.[locale] ?? '').split('\n').map((line) => line.trim()).filter(Boolean)])) as Record<Locale, string[]>;
    const count = lines.en.length;
    if (count < 2 || count > MAX_CHOICES || RESIDENT_LOCALES.some((locale) => lines[locale].length !== count || lines[locale].some((line) => line.length > TEXT_MAX))) {
      context.addIssue({ code: 'custom', path: ['choices'], message: 'mailboxConsole.errors.choices' });
      return z.NEVER;
    }
    const choices = lines.en.map((_, index) => ({ key: `c${index + 1}`, text: Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, lines[locale][index]!])) as LocalisedText }));
    return { ...value, choices };
  });

export const createQuestion = defineUseCase({
  name: 'createQuestion',
  permission: 'questions.manage',
  input: createQuestionSchema,
  run: async (actor, question, client: Db = defaultDb): Promise<{ id: string }> => {
    return client.$transaction(async (tx) => {
      if (await tx.standardQuestion.count({ where: { key: question.key } })) throw new AppError('CONFLICT', 'mailboxConsole.errors.keyTaken');
      const last = await tx.standardQuestion.aggregate({ _max: { sortOrder: true } });
      const created = await tx.standardQuestion.create({
        data: {
          key: question.key,
          kind: question.kind,
          text: question.text,
          ...(question.choices ? { choices: question.choices as unknown as object } : {}),
          sortOrder: (last._max.sortOrder ?? 0) + 10,
          createdById: actor.id,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, { actor, action: 'question.created', target: { type: 'question', id: created.id }, detail: { key: question.key, kind: question.kind } });
      return created;
    });
  },
});

export const setQuestionActive = defineUseCase({
  name: 'setQuestionActive',
  permission: 'questions.manage',
  input: z.object({ questionId: anyId, active: z.boolean() }),
  run: async (actor, input, client: Db = defaultDb): Promise<void> => {
    const id = idOrNotFound(input.questionId);
    await client.$transaction(async (tx) => {
      const question = await tx.standardQuestion.findUnique({ where: { id }, select: { active: true, key: true } });
      if (!question) throw new AppError('NOT_FOUND');
      if (question.active === input.active) return;
      await tx.standardQuestion.update({ where: { id }, data: { active: input.active } });
      await recordAuditEvent(tx, { actor, action: 'question.updated', target: { type: 'question', id }, detail: { key: question.key, active: { from: question.active, to: input.active } } });
    });
  },
});
