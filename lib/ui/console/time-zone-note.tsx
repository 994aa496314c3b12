/** Said once on a console page that shows times of day: they are Cambodia's (lib/i18n/format.ts), not the reader's device's. */
import type { Translate } from '@/lib/i18n/translate';

export function TimeZoneNote({ t }: { t: Translate }) {
  return (
    <p className="form-field__hint" data-testid="time-zone">
      {t('console.timeZone')}
    </p>
  );
}
