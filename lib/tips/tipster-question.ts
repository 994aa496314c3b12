/** A standard question as the tipster answers it: the values to choose from, labelled in the tip's language. */
import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';
import { type StandardQuestionView, textIn, TIMES_OF_DAY, UNKNOWN } from '@/lib/questions/standard-questions';
import type { TipsterQuestion } from './tipster-view';
import { enumLabel } from '@/lib/i18n/enums';

export function tipsterQuestion(question: StandardQuestionView, language: string, answered: boolean): TipsterQuestion {
  const locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const t = translator(locale);
  const unknown = { value: UNKNOWN, label: t('mailbox.answer_unknown') };
  const choices = (() => {
    switch (question.kind) {
      case 'YES_NO':
        return [{ value: 'yes', label: t('mailbox.answer_yes') }, { value: 'no', label: t('mailbox.answer_no') }, unknown];
      case 'TIME_OF_DAY':
        return [...TIMES_OF_DAY.map((time) => ({ value: time, label: enumLabel(t, 'TimeOfDay', time) })), unknown];
      case 'CHOICE':
        return [...question.choices.map((choice) => ({ value: choice.key, label: textIn(choice.text, locale) })), unknown];
      default:
        return [];
    }
  })();
  return { kind: question.kind, choices, answered };
}
