import type { DuplicateCandidate } from '@/lib/dedup/find-duplicates';
import { DuplicatesPanel } from '@/lib/ui/dedup/duplicates-panel';
import { notDuplicateAction } from '../actions';
import { TipForm } from '@/lib/ui/triage/tip-form';
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
                <TipForm action={notDuplicateAction} tipId={tip.id} submit={t('dedup.notDuplicate')} secondary>
                  <input type="hidden" name="otherTipId" value={candidate.tipId} />
                </TipForm>
              )
            : undefined
        }
      />
    </section>
  );
}
