import { formatters } from '@/lib/i18n/format';
import { enumLabel } from '@/lib/i18n/enums';
import { isRedactedTip } from '@/lib/retention/redacted';
import styles from '@/lib/ui/triage/triage.module.css';
import type { TipSectionProps } from './props';

export function DescriptionSection({ tip, locale, t, languageName }: TipSectionProps & { languageName: string }) {
  const format = formatters(locale);
  return (
    <section className="card" aria-labelledby="description-title">
      <h2 id="description-title">{t('triage.description')}</h2>
      {isRedactedTip(tip) ? (
        <p className={styles.redacted} data-testid="tip-redacted">
          {t('triage.descriptionRedacted')}
        </p>
      ) : (
        <p className={styles.description} lang={tip.language} dir="auto" data-testid="tip-description">
          {tip.description}
        </p>
      )}
      <dl className={styles.facts}>
        <dt>{t('triage.received')}</dt>
        <dd>{format.dateTime(tip.receivedAt)}</dd>
        {tip.triagedAt && (
          <>
            <dt>{t('triage.triagedAt')}</dt>
            <dd>{format.dateTime(tip.triagedAt)}</dd>
          </>
        )}
        {(tip.observedOn || tip.observedTime) && (
          <>
            <dt>{t('triage.observed')}</dt>
            {/* A time of day without a date is still what the tipster saw: show it alone. */}
            <dd data-testid="tip-observed">
              {[tip.observedOn && format.day(tip.observedOn), tip.observedTime && enumLabel(t, 'TimeOfDay', tip.observedTime)].filter(Boolean).join(', ')}
            </dd>
          </>
        )}
        <dt>{t('triage.language')}</dt>
        <dd>{languageName}</dd>
        <dt>{t('triage.indicators')}</dt>
        <dd>{tip.indicators.length ? tip.indicators.map((flag) => t(`triage.flag_${flag}`)).join(' · ') : t('triage.noIndicators')}</dd>
      </dl>
    </section>
  );
}
