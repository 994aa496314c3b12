'use client';

/**
 * The report form's fields (report-form.tsx decides when they are shown): this file holds the
 * form, its draft on the device and sending; each step is its own memoised component
 * (report-what, -where, -when, -photos, -closing), so the root's renders as react-hook-form
 * comes alive do not reach the fields (issue 9). Controls that need JavaScript are small
 * components that render again once hydrated.
 * No Suspense boundary around the steps: React outlines a large one into a hidden <div> that
 * only JavaScript moves into place, which would leave the form empty without it.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { isUrgentTip } from '@/lib/tips/categories';
import type { ClientT } from './client-t';
import { solveProofOfWork } from './proof-of-work';
import { DraftNote, KeepOffline, RewardStep } from './report-closing';
import type { ReportFormProps } from './report-form';
import { PhotoStep, usePhotoChoice } from './report-photos';
import { flatErrors, loadSchema, schemaResolver } from './report-resolver';
import { DRAFT_FIELDS, DRAFT_KEY, EMPTY_REPORT, errorForField, type ReportState, type ReportValues, toTipFields } from './report-values';
import { DetailsStep, WhatStep } from './report-what';
import { WhenStep } from './report-when';
import { WhereStep } from './report-where';
import styles from './resident.module.css';

/**
 * reset() otherwise forgets every field until it renders again, and the memoised steps do not
 * render again: this writes the values into the fields that are there.
 */
const KEEP_FIELDS = { keepFieldsRef: true };

export function ReportFields({ t, state, formAction, pending, language, areas, emergency, tileUrl, today, action, onResult, keep }: ReportFormProps & { t: ClientT; state: ReportState; formAction: (form: FormData) => void; pending: boolean; onResult: (state: ReportState) => void; keep: (fields: unknown, urgent: boolean) => Promise<void> }) {
  const initial = state?.values ?? EMPTY_REPORT;
  const serverFields = state && !state.ok ? state.fields : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState('');
  const [preparing, setPreparing] = useState(false);
  const [sending, setSending] = useState(false);
  const [keepOffline, setKeepOffline] = useState(false);
  const photos = usePhotoChoice(t);
  const resolver = useMemo(() => schemaResolver(t, language), [t, language]);
  const { register, handleSubmit, watch, setValue, reset, formState, control } = useForm<ReportValues>({ defaultValues: initial, resolver, mode: 'onTouched', reValidateMode: 'onChange' });

  const clientErrors = flatErrors(formState.errors);
  const errorAt = (...paths: string[]) => errorForField(clientErrors, ...paths) ?? errorForField(serverFields, ...paths);

  useEffect(() => {
    if (state?.values) return;
    try {
      const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<ReportValues> | null;
      if (saved) reset({ ...EMPTY_REPORT, ...saved }, KEEP_FIELDS);
    } catch {
      localStorage.removeItem(DRAFT_KEY);
    }
  }, [reset, state?.values]);

  // The draft keeps text answers only: never photos, never the exact pin.
  useEffect(() => {
    // A subscription, not a render-time read: the compiler's warning about watch() does not apply.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = watch((values) => {
      const draft = Object.fromEntries(DRAFT_FIELDS.map((name) => [name, values[name]]));
      const empty = Object.values(draft).every((value) => !value || (Array.isArray(value) && value.length === 0));
      if (empty) localStorage.removeItem(DRAFT_KEY);
      else localStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  const { clearPreviews } = photos;
  const wipeDraft = useCallback(() => {
    localStorage.removeItem(DRAFT_KEY);
    reset(EMPTY_REPORT, KEEP_FIELDS);
    clearPreviews();
    setNotice(t('report.draftWiped'));
  }, [reset, clearPreviews, t]);

  const send = handleSubmit(async (values) => {
    if (photos.error) return;
    const form = new FormData(formRef.current!);
    // The pin lives in react-hook-form's state; hidden inputs are not always written back.
    for (const name of ['lat', 'lng', 'accuracyM', 'source'] as const) form.set(name, values[name] ?? '');
    const urgent = isUrgentTip(values);
    const keepForLater = () =>
      loadSchema()
        .then(([, { areaCentre }]) => keep(toTipFields(values, language, areaCentre), urgent))
        .catch(() => setNotice(t('outbox.noConnection')));
    if (keepOffline && !navigator.onLine) return keepForLater();
    setPreparing(true);
    const solution = await solveProofOfWork().finally(() => setPreparing(false));
    if (solution !== null) form.set('pow', solution);
    setSending(true);
    try {
      const result = await action(null, form);
      startTransition(() => onResult(result));
    } catch {
      // The request never got an answer: no signal (or it dropped on the way).
      if (keepOffline) await keepForLater();
      else setNotice(t('outbox.noConnection'));
    } finally {
      setSending(false);
    }
  });

  useEffect(() => {
    if (state?.ok === false) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]')?.focus();
  }, [state]);

  const busy = pending || preparing || sending;
  const step = { t, initial, register };

  // autoComplete off: a landmark or description typed here must not stay in the phone's autofill history.
  return (
    <form ref={formRef} action={formAction} onSubmit={send} onFocusCapture={() => void loadSchema()} noValidate autoComplete="off" className={styles.form} aria-busy={busy}>
      {state && !state.ok && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {state.error === 'BAD_REQUEST' ? t('report.fixErrors') : state.message}
        </p>
      )}
      {state && !state.ok && <p className="form-field__hint">{t('report.photosAgain')}</p>}
      <WhatStep {...step} emergency={emergency} categoryError={errorAt('category')} />
      <WhereStep {...step} control={control} setValue={setValue} areas={areas} tileUrl={tileUrl} notice={notice} setNotice={setNotice} submitted={formState.isSubmitted} locationError={errorAt('location', 'provinceCode', 'districtCode')} landmarkError={errorAt('landmark')} />
      <WhenStep {...step} today={today} dateError={errorAt('observedOn')} />
      <DetailsStep {...step} control={control} descriptionError={errorAt('description')} />
      <PhotoStep t={t} error={photos.error} previews={photos.previews} onChange={photos.onChange} />
      <RewardStep {...step} />
      <KeepOffline t={t} checked={keepOffline} onChange={setKeepOffline} />
      <button className="button" type="submit" disabled={busy}>
        {busy ? t('report.sending') : t('report.submit')}
      </button>
      <DraftNote t={t} onWipe={wipeDraft} />
    </form>
  );
}
