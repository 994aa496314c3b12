import type { DuplicateCandidate } from '@/lib/dedup/find-duplicates';
import { DuplicatesPanel } from '@/lib/ui/dedup/duplicates-panel';
import { notDuplicateAction } from '../actions';
import { HiddenTipId } from './hidden-tip-id';
import type { TipSectionProps } from './props';

export function DuplicatesSection({ tip, locale, t, duplicates, mayTriage }: TipSectionProps & { duplicates: readonly DuplicateCandidate[]; mayTriage: boolean }) {
  return (
    <section className="card" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('dedup.title')}</h2>
      <DuplicatesPanel
        candidates={duplicates}
        locale={locale}
        t={t}
        dismiss={
          mayTriage
            ? (candidate) => (
                <form action={notDuplicateAction}>
                  <HiddenTipId tipId={tip.id} />
                  <input type="hidden" name="otherTipId" value={candidate.tipId} />
                  <button className="button button--secondary button--small" type="submit">
                    {t('dedup.notDuplicate')}
                  </button>
                </form>
              )
            : undefined
        }
      />
    </section>
  );
}
