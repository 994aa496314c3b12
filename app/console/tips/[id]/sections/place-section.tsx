import { env } from '@/lib/env';
import { borderStatus } from '@/lib/geo/cambodia';
import { enumLabel } from '@/lib/i18n/enums';
import { MapView } from '@/lib/ui/map/map-view';
import { districtName, provinceName } from '@/lib/ui/place-names';
import styles from '@/lib/ui/triage/triage.module.css';
import type { TipSectionProps } from './props';

export function PlaceSection({ tip, locale, t }: TipSectionProps) {
  // A point accepted by the border margin (docs/decisions/0110-border-margin.md) is marked.
  const border = borderStatus(tip.lat, tip.lng);
  return (
    <section className="card" aria-labelledby="place-title">
      <h2 id="place-title">{t('triage.place')}</h2>
      <div className={styles.columns}>
        <dl className={styles.facts}>
          <dt>{t('triage.province')}</dt>
          <dd>{provinceName(tip.provinceCode, locale) ?? t('triage.unknownPlace')}</dd>
          {tip.districtCode && (
            <>
              <dt>{t('triage.district')}</dt>
              <dd>{districtName(tip.districtCode, locale)}</dd>
            </>
          )}
          <dt>{t('triage.coordinates')}</dt>
          <dd>
            {tip.lat.toFixed(5)}, {tip.lng.toFixed(5)}
            {border.status === 'beyond' || border.status === 'near' ? (
              <span className={styles.badge} data-testid="border-note">
                {' '}
                {t(`dedup.border_${border.status}`, { km: (border.metres / 1000).toFixed(1) })}
              </span>
            ) : null}
          </dd>
          {tip.accuracyM !== null && (
            <>
              <dt>{t('triage.accuracy')}</dt>
              <dd>{t('triage.accuracyValue', { metres: tip.accuracyM })}</dd>
            </>
          )}
          <dt>{t('triage.source')}</dt>
          <dd>{enumLabel(t, 'LocationSource', tip.locationSource)}</dd>
          {tip.landmark && (
            <>
              <dt>{t('triage.landmark')}</dt>
              <dd lang={tip.language} dir="auto">
                {tip.landmark}
              </dd>
            </>
          )}
        </dl>
        <div data-testid="tip-map">
          <MapView
            label={t('triage.mapLabel')}
            zoomInLabel={t('triage.zoomIn')}
            zoomOutLabel={t('triage.zoomOut')}
            pins={[{ lat: tip.lat, lng: tip.lng, label: tip.ref }]}
            tileUrl={env().MAP_TILE_URL}
          />
        </div>
      </div>
    </section>
  );
}
