import type { Locale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/translate';
import type { TipDetail } from '@/lib/triage/view-tip';

/** What every section of the tip page is given: the tip as viewTip read it, in the officer's language. */
export interface TipSectionProps {
  tip: TipDetail;
  locale: Locale;
  t: Translate;
}
