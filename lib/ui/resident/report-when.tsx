'use client';

/** When it was seen: an optional day (not after today in Cambodia) and time of day. */
import { memo } from 'react';
import { enumLabel } from '@/lib/i18n/enums';
import { TIMES_OF_DAY } from '@/lib/tips/categories';
import { EARLIEST_OBSERVED_ON } from '@/lib/tips/plain-text';
import { describedBy, FieldError, type StepProps } from './report-field-parts';
import styles from './resident.module.css';

export const WhenStep = memo(function WhenStep({ t, initial, register, today, dateError }: StepProps & { today: string; dateError?: string }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('report.stepWhen')}</legend>
      <div className={styles.row}>
        <div className="form-field">
          <label htmlFor="observedOn">
            {t('report.observedOn')} ({t('report.optional')})
          </label>
          <input id="observedOn" type="date" min={EARLIEST_OBSERVED_ON} max={today} defaultValue={initial.observedOn} aria-invalid={dateError ? true : undefined} aria-describedby={describedBy('observedOn', dateError)} {...register('observedOn')} />
          <FieldError id="observedOn" message={dateError} />
        </div>
        <div className="form-field">
          <label htmlFor="observedTime">
            {t('report.observedTime')} ({t('report.optional')})
          </label>
          <select id="observedTime" defaultValue={initial.observedTime} {...register('observedTime')}>
            <option value="">{t('report.timeUnknown')}</option>
            {TIMES_OF_DAY.map((time) => (
              <option key={time} value={time}>
                {enumLabel(t, 'TimeOfDay', time)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
});
