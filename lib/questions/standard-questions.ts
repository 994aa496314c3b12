/**
 * Standard questions (issue 14): an officer and a tipster who share no language talk through
 * questions written in every resident language and answers chosen from a list. The officer
 * picks a question in their own language; the tipster reads it in the tip's language and
 * answers by choosing (yes/no, a number, a choice, a time of day) or, for FREE_TEXT, by
 * writing; the officer reads a chosen answer in their own language. Nothing is sent to a
 * translation service.
 */
import { z } from 'zod';
import { type Locale, RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { TIMES_OF_DAY } from '@/lib/tips/categories';
import { hasControlCharacters } from '@/lib/tips/plain-text';
import { enumLabel } from '@/lib/i18n/enums';

export const QUESTION_KINDS = ['YES_NO', 'NUMBER', 'CHOICE', 'TIME_OF_DAY', 'FREE_TEXT'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type LocalisedText = Record<Locale, string>;
export interface QuestionChoice {
  key: string;
  text: LocalisedText;
}

export interface StandardQuestionView {
  id: string;
  key: string;
  kind: QuestionKind;
  text: LocalisedText;
  choices: QuestionChoice[];
  active: boolean;
}

export const TEXT_MAX = 300;
export const ANSWER_TEXT_MAX = 2_000;
export const NUMBER_MAX = 100_000;
export { TIMES_OF_DAY };
/** Every kind but FREE_TEXT may be answered "I don't know". */
export const UNKNOWN = 'unknown';

export const localisedTextSchema = z.object(
  Object.fromEntries(RESIDENT_LOCALES.map((locale) => [locale, z.string().trim().min(1, 'mailboxConsole.errors.textMissing').max(TEXT_MAX, 'mailboxConsole.errors.textLong')])) as Record<
    Locale,
    z.ZodString
  >,
);

const choiceSchema = z.object({ key: z.string().regex(/^[a-z0-9_]{1,40}$/), text: localisedTextSchema });

/** What the database holds in text/choices, read back with a check (a bad row is a bug). */
export function questionFromRow(row: { id: string; key: string; kind: QuestionKind; text: unknown; choices: unknown; active: boolean }): StandardQuestionView {
  return {
    id: row.id,
    key: row.key,
    kind: row.kind,
    text: localisedTextSchema.parse(row.text),
    choices: row.kind === 'CHOICE' ? z.array(choiceSchema).parse(row.choices ?? []) : [],
    active: row.active,
  };
}

export const textIn = (text: LocalisedText, locale: string): string => text[locale as Locale] ?? text.en;

/** A structured answer as stored in Message.answer. */
export type StructuredAnswer =
  | { kind: 'YES_NO'; value: 'yes' | 'no' | typeof UNKNOWN }
  | { kind: 'NUMBER'; value: number | typeof UNKNOWN }
  | { kind: 'CHOICE'; value: string }
  | { kind: 'TIME_OF_DAY'; value: (typeof TIMES_OF_DAY)[number] | typeof UNKNOWN }
  | { kind: 'FREE_TEXT'; value: string };

export const structuredAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('YES_NO'), value: z.enum(['yes', 'no', UNKNOWN]) }),
  z.object({ kind: z.literal('NUMBER'), value: z.union([z.number().int().min(0).max(NUMBER_MAX), z.literal(UNKNOWN)]) }),
  z.object({ kind: z.literal('CHOICE'), value: z.string().min(1).max(40) }),
  z.object({ kind: z.literal('TIME_OF_DAY'), value: z.enum([...TIMES_OF_DAY, UNKNOWN]) }),
  z.object({ kind: z.literal('FREE_TEXT'), value: z.string().max(ANSWER_TEXT_MAX) }),
]);

/**
 * The answer a tipster gave in a form field (a string), checked against the question; null
 * when the field was left empty (that question is not answered this time).
 */
export function parseAnswer(question: Pick<StandardQuestionView, 'kind' | 'choices'>, raw: string): StructuredAnswer | null {
  const value = raw.trim().normalize('NFC');
  if (value === '') return null;
  const bad = () => {
    throw new z.ZodError([{ code: 'custom', path: ['answer'], message: 'mailbox.errors.answer', input: raw }]);
  };
  switch (question.kind) {
    case 'YES_NO':
      return value === 'yes' || value === 'no' || value === UNKNOWN ? { kind: 'YES_NO', value } : bad();
    case 'TIME_OF_DAY':
      return (TIMES_OF_DAY as readonly string[]).includes(value) || value === UNKNOWN ? { kind: 'TIME_OF_DAY', value: value as (typeof TIMES_OF_DAY)[number] } : bad();
    case 'CHOICE':
      return question.choices.some((choice) => choice.key === value) || value === UNKNOWN ? { kind: 'CHOICE', value } : bad();
    case 'NUMBER': {
      if (value === UNKNOWN) return { kind: 'NUMBER', value: UNKNOWN };
      // Digits in any script the tipster's keyboard may give (Khmer, Burmese, Thai, full-width).
      const digits = [...value].map((char) => {
        const code = char.codePointAt(0)!;
        for (const zero of [0x30, 0x17e0, 0x1040, 0x0e50, 0xff10]) if (code >= zero && code <= zero + 9) return String(code - zero);
        return char;
      }).join('');
      if (!/^\d{1,6}$/.test(digits) || Number(digits) > NUMBER_MAX) return bad();
      return { kind: 'NUMBER', value: Number(digits) };
    }
    case 'FREE_TEXT':
      if (hasControlCharacters(value)) throw new z.ZodError([{ code: 'custom', path: ['answer'], message: 'intake.errors.controlCharacters', input: raw }]);
      return value.length > ANSWER_TEXT_MAX ? bad() : { kind: 'FREE_TEXT', value };
  }
}

/** An answer in words, in a language: the officer's (console) or the tip's (the message body). */
export function answerText(answer: StructuredAnswer, question: Pick<StandardQuestionView, 'choices'> | null, locale: Locale): string {
  const t = translator(locale);
  if (answer.value === UNKNOWN && answer.kind !== 'FREE_TEXT') return t('mailbox.answer_unknown');
  switch (answer.kind) {
    case 'YES_NO':
      return t(`mailbox.answer_${answer.value}`);
    case 'TIME_OF_DAY':
      return answer.value === UNKNOWN ? t('mailbox.answer_unknown') : enumLabel(t, 'TimeOfDay', answer.value);
    case 'NUMBER':
      return new Intl.NumberFormat('en').format(answer.value as number);
    case 'CHOICE': {
      const choice = question?.choices.find((entry) => entry.key === answer.value);
      return choice ? textIn(choice.text, locale) : answer.value;
    }
    case 'FREE_TEXT':
      return answer.value;
  }
}

export const REPLY_TEMPLATES = ['thanks', 'acting', 'staySafe', 'reward'] as const;
export type ReplyTemplate = (typeof REPLY_TEMPLATES)[number];
export const templateText = (template: ReplyTemplate, locale: Locale) => translator(locale)(`mailbox.template_${template}`);
