import type { listCaseChoices } from '@/lib/triage/list-case-choices';
import { CaseSelect } from '@/lib/ui/console/pick-selects';
import styles from '@/lib/ui/triage/triage.module.css';
import { mergeIntoCaseAction, openCaseAction } from '../actions';
import { HiddenTipId } from './hidden-tip-id';
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
            <form action={mergeIntoCaseAction} className={styles.inline}>
              <HiddenTipId tipId={tip.id} />
              <CaseSelect id="caseId" name="caseId" label={t('triage.mergeInto')} className={styles.grow} cases={cases} />
              <button className="button button--small" type="submit">
                {t('triage.merge')}
              </button>
            </form>
          )}
          <form action={openCaseAction} className={styles.inline}>
            <HiddenTipId tipId={tip.id} />
            <div className={`form-field ${styles.grow}`}>
              <label htmlFor="title">{t('triage.caseTitleLabel')}</label>
              <input id="title" name="title" required maxLength={200} />
            </div>
            <button className="button button--small" type="submit">
              {t('triage.open')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
