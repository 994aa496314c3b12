/** The tips of one case on the server-drawn map; the first informant is ringed. No tip text. */
import type { CaseTipSummary } from '@/lib/cases/get-case';
import { env } from '@/lib/env';
import type { Formatters } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import styles from './cases.module.css';
import { SvgMap } from './svg-map';
import { caseMapViewport, toScreen } from './viewport';
import { enumLabel } from '@/lib/i18n/enums';

export function CaseTipsMap({ tips, t, format }: { tips: readonly CaseTipSummary[]; t: Translate; format: Formatters }) {
  const viewport = caseMapViewport(tips, Boolean(env().MAP_TILE_URL));
  return (
    <figure>
      <SvgMap viewport={viewport} label={t('cases.tipsMap')}>
        {tips.map((tip) => {
          const { x, y } = toScreen(viewport, tip.lat, tip.lng);
          const label = t('cases.mapTipLabel', { category: enumLabel(t, 'TipCategory', tip.category), date: format.date(tip.receivedAt) });
          return (
            <a key={tip.id} href={`/console/tips/${tip.id}`} aria-label={tip.isFirstInformant ? `${label} (${t('cases.firstInformant')})` : label}>
              <title>{label}</title>
              {tip.isFirstInformant && <circle className={styles.firstRing} cx={x} cy={y} r={13} data-first-informant="true" />}
              <circle className={styles.tipDot} cx={x} cy={y} r={7} />
            </a>
          );
        })}
      </SvgMap>
      <figcaption className={styles.legend}>{t('cases.tipsMapLegend')}</figcaption>
    </figure>
  );
}
