'use client';

/** What happened: the category, "urgent", the warning signs (first step) and the description (fourth). */
import { memo } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { enumLabel } from '@/lib/i18n/enums';
import { RED_FLAGS, TIP_CATEGORIES } from '@/lib/tips/categories';
import type { ClientT } from './client-t';
import { EmergencyBox } from './emergency-box';
import type { EmergencyNumber } from './emergency-numbers';
import { describedBy, FieldError, type StepProps } from './report-field-parts';
import { DESCRIPTION_MAX_CHARS as DESCRIPTION_MAX, type ReportValues } from './report-values';
import styles from './resident.module.css';
import { useEnhanced } from './use-enhanced';

export const WhatStep = memo(function WhatStep({ t, initial, register, emergency, categoryError }: StepProps & { emergency: EmergencyNumber[]; categoryError?: string }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('report.stepWhat')}</legend>
      <fieldset className={styles.fieldset} role="radiogroup" aria-invalid={categoryError ? true : undefined} aria-describedby={categoryError ? 'category-error' : undefined}>
        <legend>
          {t('report.category')} ({t('report.required')})
        </legend>
        <ul className={styles.choices}>
          {TIP_CATEGORIES.map((category) => (
            <li key={category}>
              <label className={styles.choice}>
                <input type="radio" value={category} defaultChecked={initial.category === category} {...register('category')} />
                {enumLabel(t, 'TipCategory', category)}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="category" message={categoryError} />
      </fieldset>
      <label className={`${styles.choice} ${styles.urgentChoice}`}>
        <input type="checkbox" defaultChecked={initial.urgent} {...register('urgent')} />
        {t('report.urgentNow')}
      </label>
      <EmergencyBox t={t} numbers={emergency} id="urgent-before" className={styles.urgentBox} />
      <fieldset className={styles.fieldset}>
        <legend>
          {t('report.redFlags')} ({t('report.optional')})
        </legend>
        <ul className={styles.choices}>
          {RED_FLAGS.map((flag) => (
            <li key={flag}>
              <label className={styles.choice}>
                <input type="checkbox" value={flag} defaultChecked={initial.indicators.includes(flag)} {...register('indicators')} />
                {t(`report.flag_${flag}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </fieldset>
  );
});

export const DetailsStep = memo(function DetailsStep({ t, initial, register, control, descriptionError }: StepProps & { control: Control<ReportValues>; descriptionError?: string }) {
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('report.stepDetails')}</legend>
      <div className="form-field">
        <label htmlFor="description">
          {t('report.description')} ({t('report.required')})
        </label>
        <span id="description-hint" className="form-field__hint">
          {t('report.descriptionHint')}
        </span>
        <textarea id="description" rows={7} maxLength={DESCRIPTION_MAX} defaultValue={initial.description} aria-invalid={descriptionError ? true : undefined} aria-describedby={describedBy('description', descriptionError, true)} {...register('description')} />
        <DescriptionCounter t={t} control={control} />
        <FieldError id="description" message={descriptionError} />
      </div>
    </fieldset>
  );
});

/** Characters left in the description: JavaScript only, and only it renders on each keystroke. */
function DescriptionCounter({ t, control }: { t: ClientT; control: Control<ReportValues> }) {
  const description = useWatch({ control, name: 'description' }) ?? '';
  if (!useEnhanced()) return null;
  return (
    <span className={styles.counter} aria-live="polite">
      {t('report.charactersLeft', { count: DESCRIPTION_MAX - description.length })}
    </span>
  );
}
