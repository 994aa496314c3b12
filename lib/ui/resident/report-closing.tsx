'use client';

/** The end of the report form: the reward choice, "keep it on this phone", and the draft's note. */
import { memo } from 'react';
import type { ClientT } from './client-t';
import { activeWorker, outboxSupported } from './outbox-client';
import type { StepProps } from './report-field-parts';
import styles from './resident.module.css';
import { useBrowserCheck, useEnhanced } from './use-enhanced';

export const RewardStep = memo(function RewardStep({ t, initial, register }: StepProps) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('report.stepReward')}</legend>
      <label className={styles.choice}>
        <input type="checkbox" defaultChecked={initial.wantsReward} aria-describedby="reward-hint" {...register('wantsReward')} />
        {t('report.wantsReward')}
      </label>
      <p id="reward-hint" className="form-field__hint">
        {t('report.rewardHint')}
      </p>
    </fieldset>
  );
});

/** "Keep it on this phone if there is no signal": only where the outbox can work. */
export function KeepOffline({ t, checked, onChange }: { t: ClientT; checked: boolean; onChange: (checked: boolean) => void }) {
  if (!useBrowserCheck(outboxSupported)) return null;
  return (
    <div className="form-field">
      <label className={styles.choice}>
        <input
          type="checkbox"
          checked={checked}
          onChange={(event) => {
            onChange(event.target.checked);
            // The worker is fetched now, while there is signal, so it is there when there is none.
            if (event.target.checked) void activeWorker().catch(() => undefined);
          }}
          aria-describedby="keep-hint"
          data-testid="keep-offline"
        />
        {t('outbox.keepChoice')}
      </label>
      <span id="keep-hint" className="form-field__hint">
        {t('outbox.keepHint')}
      </span>
    </div>
  );
}

/** The draft kept on this phone, and how to wipe it: JavaScript only. */
export function DraftNote({ t, onWipe }: { t: ClientT; onWipe: () => void }) {
  if (!useEnhanced()) return null;
  return (
    <p className="form-field__hint">
      {t('report.draftNote')}{' '}
      <button type="button" className={styles.linkButton} onClick={onWipe}>
        {t('report.wipeDraft')}
      </button>
    </p>
  );
}
