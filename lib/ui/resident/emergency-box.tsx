import type { ClientT } from './client-t';
import type { EmergencyNumber } from './emergency-numbers';
import styles from './resident.module.css';

/** Emergency numbers as tap-to-call links. Rendered on the server too: visible without JavaScript. */
export function EmergencyBox({ t, numbers, id, className }: { t: ClientT; numbers: EmergencyNumber[]; id: string; className?: string }) {
  return (
    <section className={`card card--urgent ${className ?? ''}`} aria-labelledby={id} data-testid="emergency-numbers">
      <h2 id={id}>{t('report.urgentTitle')}</h2>
      <p>{t('report.urgentBody')}</p>
      <ul className={styles.phoneList}>
        {numbers.map((entry) => (
          <li key={entry.number}>
            <a className="button button--danger" href={`tel:${entry.number}`}>
              {t('report.labelValue', { label: t(`report.emergency_${entry.kind}`), value: entry.number })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
