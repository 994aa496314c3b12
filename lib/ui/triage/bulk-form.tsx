/**
 * The inbox's bulk triage form (issue 14). The row checkboxes sit in the table and join this
 * form through form="bulk-form", so the inbox markup (cards on a phone) is unchanged around
 * them. One select per kind of value; the action picks which one counts. No JavaScript.
 */
import type { Translate } from '@/lib/i18n/translate';
import { BULK_ACTIONS, BULK_CAP, BULK_STATUS_TARGETS } from '@/lib/triage/bulk-triage';
import { PRIORITIES } from '@/lib/triage/set-tip-priority';
import { isOutcomeParam } from '@/lib/http/outcome';
import { BULK_FILTER_FIELD } from './bulk-params';
import styles from './triage.module.css';
import { AssigneeSelect, CaseSelect, EnumSelect } from '@/lib/ui/console/pick-selects';

export const BULK_FORM_ID = 'bulk-form';

interface Props {
  t: Translate;
  action: (form: FormData) => Promise<void>;
  filter: Record<string, string | undefined>;
  assignees: { id: string; name: string; role: string }[];
  cases: { id: string; reference: string; title: string }[] | null;
}

export function BulkForm({ t, action, filter, assignees, cases }: Props) {
  const actions = BULK_ACTIONS.filter((name) => name !== 'link' || cases);
  return (
    <form id={BULK_FORM_ID} action={action} className={`card ${styles.bulk}`} data-testid="bulk-form">
      <fieldset>
        <legend>{t('bulk.legend')}</legend>
        {Object.entries(filter)
          .filter(([name, value]) => value && name !== 'after' && !isOutcomeParam(name))
          .map(([name, value]) => (
            <input key={name} type="hidden" name={`${BULK_FILTER_FIELD}${name}`} value={value} />
          ))}
        <div className={styles.bulkFields}>
          <div className="form-field">
            <label htmlFor="bulk-action">{t('bulk.action')}</label>
            <select id="bulk-action" name="action" required defaultValue="">
              <option value="" disabled>
                {t('bulk.action')}
              </option>
              {actions.map((name) => (
                <option key={name} value={name}>
                  {t(`bulk.action_${name}`)}
                </option>
              ))}
            </select>
          </div>
          <AssigneeSelect t={t} id="bulk-assign" name="value.assign" label={t('bulk.assignee')} nobody={t('triage.nobody')} assignees={assignees} />
          <EnumSelect t={t} id="bulk-status" name="value.status" label={t('bulk.status')} of="TipStatus" values={BULK_STATUS_TARGETS} defaultValue="TRIAGED" />
          <EnumSelect t={t} id="bulk-priority" name="value.priority" label={t('bulk.priority')} of="Priority" values={PRIORITIES} defaultValue="NORMAL" />
          {cases && <CaseSelect id="bulk-link" name="value.link" label={t('bulk.case')} cases={cases} />}
        </div>
        <label className={styles.bulkAll}>
          <input type="checkbox" name="allMatching" value="1" /> {t('bulk.allMatching', { cap: BULK_CAP })}
        </label>
        <p className="form-field__hint">{t('bulk.hint')}</p>
        <button className="button button--small" type="submit">
          {t('bulk.apply')}
        </button>
      </fieldset>
    </form>
  );
}
