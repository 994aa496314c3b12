import type { listAssignees } from '@/lib/triage/assign-tip';
import { PRIORITIES } from '@/lib/triage/set-tip-priority';
import { AssigneeSelect, EnumSelect } from '@/lib/ui/console/pick-selects';
import styles from '@/lib/ui/triage/triage.module.css';
import { assignTipAction, changeTipStatusAction, setTipPriorityAction } from '../actions';
import { TipForm } from '@/lib/ui/triage/tip-form';
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
        <TipForm action={changeTipStatusAction} tipId={tip.id} submit={t('triage.save')} inline>
          <EnumSelect t={t} id="status" label={t('triage.changeStatus')} className={styles.grow} of="TipStatus" values={targets} />
        </TipForm>
      )}
      <TipForm action={setTipPriorityAction} tipId={tip.id} submit={t('triage.save')} inline>
        <EnumSelect t={t} id="priority" label={t('triage.priority')} className={styles.grow} of="Priority" values={PRIORITIES} defaultValue={tip.priority} />
      </TipForm>
      <TipForm action={assignTipAction} tipId={tip.id} submit={t('triage.save')} inline>
        <AssigneeSelect t={t} id="assigneeId" name="assigneeId" label={t('triage.assignTitle')} className={styles.grow} nobody={t('triage.nobody')} assignees={assignees} defaultValue={tip.assignedTo?.id} />
      </TipForm>
    </section>
  );
}
