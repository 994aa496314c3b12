/**
 * The error a console action sent back in the page's address (`?error=`). Only our own
 * messages are shown as they are: anything else (a crafted link) reads as a generic refusal.
 */
import type { Locale } from '@/lib/i18n/locales';
import { isCatalogueMessage, translator } from '@/lib/i18n/translate';

export function ActionError({ text, locale, testId }: { text: string | undefined; locale: Locale; testId?: string }) {
  if (!text) return null;
  return (
    <p className="form-error" role="alert" data-testid={testId}>
      {isCatalogueMessage(locale, text) ? text : translator(locale)('errors.BAD_REQUEST')}
    </p>
  );
}
