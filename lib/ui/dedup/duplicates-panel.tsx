/**
 * The tip page's "possible duplicates": the best PANEL_FIRST candidates first, each with its
 * reasons in plain words in the officer's language (lib/dedup/reason-message.ts panelReasons:
 * no "the names differ", no single-digit coincidences); the rest behind one "show more", one
 * line each, so a compound reported 20+ times keeps the page short on a laptop.
 */
import Link from 'next/link';
import type { DuplicateCandidate } from '@/lib/dedup/find-duplicates';
import { panelReasons, reasonMessage } from '@/lib/dedup/reason-message';
import type { Locale } from '@/lib/i18n/locales';
import { tipRef } from '@/lib/tips/staff-ref';
import styles from './duplicates-panel.module.css';
import { enumLabel } from '@/lib/i18n/enums';

export const PANEL_FIRST = 3;

type Translate = (key: string, vars?: Record<string, string | number>) => string;

interface Props {
  candidates: readonly DuplicateCandidate[];
  locale: Locale;
  t: Translate;
  /** The "not a duplicate" form for one candidate, when the officer may triage. */
  dismiss?: (candidate: DuplicateCandidate) => React.ReactNode;
}

function Reasons({ candidate, locale, t, limit }: { candidate: DuplicateCandidate; locale: Locale; t: Translate; limit: number }) {
  const shown = panelReasons(candidate.reasons, limit);
  if (shown.length === 0) return null;
  return (
    <ul className={styles.reasons}>
      {shown.map((reason) => {
        const message = reasonMessage(reason, locale);
        return (
          <li key={reason.code} className={reason.weight < 0 ? styles.against : undefined}>
            {t(message.key, message.vars)}
          </li>
        );
      })}
    </ul>
  );
}

function Head({ candidate, t }: { candidate: DuplicateCandidate; t: Translate }) {
  return (
    <p className={styles.badges}>
      <Link href={`/console/tips/${candidate.tipId}`} prefetch={false} aria-label={t('triage.openTip', { code: tipRef(candidate.tipId) })}>
        {tipRef(candidate.tipId)}
      </Link>
      <span className={`${styles.badge} ${candidate.flagged ? styles.flagged : ''}`}>{t(candidate.flagged ? 'dedup.flagged' : 'dedup.possible')}</span>
      <span className={styles.badge}>{t('dedup.score', { score: candidate.score.toFixed(2) })}</span>
      <span className={styles.badge}>{enumLabel(t, 'TipStatus', candidate.status)}</span>
    </p>
  );
}

export function DuplicatesPanel({ candidates, locale, t, dismiss }: Props) {
  if (candidates.length === 0) return <p>{t('dedup.none')}</p>;
  const first = candidates.slice(0, PANEL_FIRST);
  const rest = candidates.slice(PANEL_FIRST);
  return (
    <>
      <ul className={styles.duplicates} data-testid="duplicates">
        {first.map((candidate) => (
          <li key={candidate.tipId} data-testid="duplicate">
            <Head candidate={candidate} t={t} />
            <Reasons candidate={candidate} locale={locale} t={t} limit={4} />
            {dismiss?.(candidate)}
          </li>
        ))}
      </ul>
      {rest.length > 0 && (
        <details className={styles.more} data-testid="duplicates-more">
          <summary>{t('dedup.showMore', { count: rest.length })}</summary>
          <ul className={`${styles.duplicates} ${styles.compact}`}>
            {rest.map((candidate) => (
              <li key={candidate.tipId} data-testid="duplicate">
                <Head candidate={candidate} t={t} />
                <Reasons candidate={candidate} locale={locale} t={t} limit={2} />
                {dismiss?.(candidate)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
