import type { listCaseChoices } from '@/lib/triage/list-case-choices';
import { CaseSelect } from '@/lib/ui/console/pick-selects';
import styles from '@/lib/ui/triage/triage.module.css';
import { mergeIntoCaseAction, openCaseAction } from '../actions';
import { TipForm } from '@/lib/ui/triage/tip-form';
import type { TipSectionProps } from './props';

type CaseChoices = Awaited<ReturnType<typeof listCaseChoices>>;

export function CaseSection({ tip, t, mayJoinCase, cases }: TipSectionProps & { mayJoinCase: boolean; cases: CaseChoices }) {
  return (
    <section className="card" aria-labelledby="case-title">
      <h2 id="case-title">{t('triage.caseTitle')}</h2>
      {tip.case && <p>{t('triage.inCase', { reference: tip.case.reference, title: tip.case.title })}</p>}
      {mayJoinCase && (
        <>
          {cases.length === 0 ? (
            <p>{t('triage.noCases')}</p>
          ) : (
            <TipForm action={mergeIntoCaseAction} tipId={tip.id} submit={t('triage.merge')} inline>
              <CaseSelect id="caseId" label={t('triage.mergeInto')} className={styles.grow} cases={cases} />
            </TipForm>
          )}
          <TipForm action={openCaseAction} tipId={tip.id} submit={t('triage.open')} inline>
            <div className={`form-field ${styles.grow}`}>
              <label htmlFor="title">{t('triage.caseTitleLabel')}</label>
              <input id="title" name="title" required maxLength={200} />
            </div>
          </TipForm>
        </>
      )}
    </section>
  );
}
