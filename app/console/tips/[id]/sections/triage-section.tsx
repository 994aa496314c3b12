import { enumLabel } from '@/lib/i18n/enums';
import type { listAssignees } from '@/lib/triage/assign-tip';
import { PRIORITIES } from '@/lib/triage/set-tip-priority';
import { AssigneeSelect } from '@/lib/ui/console/pick-selects';
import styles from '@/lib/ui/triage/triage.module.css';
import { assignTipAction, changeTipStatusAction, setTipPriorityAction } from '../actions';
import { HiddenTipId } from './hidden-tip-id';
import type { TipSectionProps } from './props';

type Assignees = Awaited<ReturnType<typeof listAssignees>>;

/** Status, priority and assignee: shown only to an officer who may triage. */
export function TriageSection({ tip, t, assignees }: TipSectionProps & { assignees: Assignees }) {
  const targets = tip.nextMoves.filter((next) => next.manual).map((next) => next.to);
  return (
    <section className="card" aria-labelledby="triage-title">
      <h2 id="triage-title">{t('triage.statusTitle')}</h2>
      {targets.length === 0 ? (
        <p>{t('triage.noTransitions')}</p>
      ) : (
        <form action={changeTipStatusAction} className={styles.inline}>
          <HiddenTipId tipId={tip.id} />
          <div className={`form-field ${styles.grow}`}>
            <label htmlFor="status">{t('triage.changeStatus')}</label>
            <select id="status" name="status">
              {targets.map((status) => (
                <option key={status} value={status}>
                  {enumLabel(t, 'TipStatus', status)}
                </option>
              ))}
            </select>
          </div>
          <button className="button button--small" type="submit">
            {t('triage.save')}
          </button>
        </form>
      )}
      <form action={setTipPriorityAction} className={styles.inline}>
        <HiddenTipId tipId={tip.id} />
        <div className={`form-field ${styles.grow}`}>
          <label htmlFor="priority">{t('triage.priority')}</label>
          <select id="priority" name="priority" defaultValue={tip.priority}>
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {enumLabel(t, 'Priority', priority)}
              </option>
            ))}
          </select>
        </div>
        <button className="button button--small" type="submit">
          {t('triage.save')}
        </button>
      </form>
      <form action={assignTipAction} className={styles.inline}>
        <HiddenTipId tipId={tip.id} />
        <AssigneeSelect t={t} id="assigneeId" name="assigneeId" label={t('triage.assignTitle')} className={styles.grow} nobody={t('triage.nobody')} assignees={assignees} defaultValue={tip.assignedTo?.id} />
        <button className="button button--small" type="submit">
          {t('triage.save')}
        </button>
      </form>
    </section>
  );
}
