'use client';

/**
 * The report form's fields (report-form.tsx decides when they are shown). Controls that need
 * JavaScript are small components that render again once hydrated, not the whole form (issue 9).
 * No Suspense boundary around the steps: React outlines a large one into a hidden <div> that
 * only JavaScript moves into place, which would leave the form empty without it.
 */
import { type ComponentType, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { type Control, type FieldErrors, type Resolver, useForm, type UseFormRegister, useWatch } from 'react-hook-form';
import type { MapViewProps } from '@/lib/ui/map/map-view';
import { enumLabel } from '@/lib/i18n/enums';
import { isUrgentTip, RED_FLAGS, TIMES_OF_DAY, TIP_CATEGORIES } from '@/lib/tips/categories';
import type { Locale } from '@/lib/i18n/locales';
import { EARLIEST_OBSERVED_ON } from '@/lib/tips/plain-text';
import type { ClientT } from './client-t';
import { EmergencyBox } from './emergency-box';
import { activeWorker, outboxSupported } from './outbox-client';
import { solveProofOfWork } from './proof-of-work';
import type { ReportFormProps } from './report-form';
import { type Areas, centreFinder, DESCRIPTION_MAX_CHARS as DESCRIPTION_MAX, DRAFT_FIELDS, DRAFT_KEY, EMPTY_REPORT, errorForField, MAX_PHOTO_BYTES, MAX_PHOTOS, type ReportState, type ReportValues, toTipFields } from './report-values';
import styles from './resident.module.css';
import { useBrowserCheck, useEnhanced } from './use-enhanced';

/**
 * The server's tip schema, loaded on the first focus into the form rather than with the page:
 * zod is most of the form's JavaScript, and the form works without it (the server validates
 * again with the same schema). In the browser the border check inside it is a bounding box
 * (lib/ui/resident/cambodia-bounds.ts, aliased in next.config.js).
 */
let schemaModule: Promise<typeof import('@/lib/tips/schema')> | undefined;
const loadSchema = () => (schemaModule ??= import('@/lib/tips/schema'));

/** zod issues -> react-hook-form errors, keyed by the schema's paths, messages translated. */
function schemaResolver(t: ClientT, language: Locale, areas: Areas): Resolver<ReportValues> {
  const centreOf = centreFinder(areas);
  return async (values) => {
    const { tipInputSchema } = await loadSchema();
    const parsed = tipInputSchema.safeParse(toTipFields(values, language, centreOf));
    if (parsed.success) return { values, errors: {} };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.') || 'root';
      errors[path] ??= { type: issue.code, message: issue.message.includes('.') && !issue.message.includes(' ') ? t(issue.message) : t('errors.BAD_REQUEST') };
    }
    return { values: {}, errors: errors as unknown as FieldErrors<ReportValues> };
  };
}

const flatErrors = (errors: FieldErrors<ReportValues>) =>
  Object.fromEntries(Object.entries(errors).flatMap(([key, value]) => (value && typeof value.message === 'string' ? [[key, value.message]] : [])));

export function ReportFields({ t, state, formAction, pending, language, areas, emergency, tileUrl, today, action, onResult, keep }: ReportFormProps & { t: ClientT; state: ReportState; formAction: (form: FormData) => void; pending: boolean; onResult: (state: ReportState) => void; keep: (fields: unknown, urgent: boolean) => Promise<void> }) {
  const initial = state?.values ?? EMPTY_REPORT;
  const serverFields = state && !state.ok ? state.fields : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState('');
  const [photoError, setPhotoError] = useState('');
  const [previews, setPreviews] = useState<string[]>([]);
  const [LazyMap, setLazyMap] = useState<ComponentType<MapViewProps> | null>(null);
  const [preparing, setPreparing] = useState(false);
  const [sending, setSending] = useState(false);
  const [keepOffline, setKeepOffline] = useState(false);
  const resolver = useMemo(() => schemaResolver(t, language, areas), [t, language, areas]);
  const { register, handleSubmit, watch, setValue, reset, formState, control } = useForm<ReportValues>({ defaultValues: initial, resolver, mode: 'onTouched', reValidateMode: 'onChange' });

  const clientErrors = flatErrors(formState.errors);
  const errorAt = (...paths: string[]) => errorForField(clientErrors, ...paths) ?? errorForField(serverFields, ...paths);
  const [lat, lng] = [watch('lat'), watch('lng')];

  useEffect(() => {
    if (state?.values) return;
    try {
      const saved = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null') as Partial<ReportValues> | null;
      if (saved) reset({ ...EMPTY_REPORT, ...saved });
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

  useEffect(() => () => previews.forEach((url) => URL.revokeObjectURL(url)), [previews]);

  const wipeDraft = () => {
    localStorage.removeItem(DRAFT_KEY);
    reset(EMPTY_REPORT);
    setPreviews([]);
    setNotice(t('report.draftWiped'));
  };

  const placePin = (point: { lat: number; lng: number }, source: 'GPS' | 'MAP_PIN', accuracy?: number) => {
    setValue('lat', point.lat.toFixed(5));
    setValue('lng', point.lng.toFixed(5));
    setValue('source', source);
    setValue('accuracyM', accuracy === undefined ? '' : String(Math.round(accuracy)), { shouldValidate: formState.isSubmitted });
  };

  const locateMe = () => {
    setNotice(t('report.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        placePin({ lat: position.coords.latitude, lng: position.coords.longitude }, 'GPS', position.coords.accuracy);
        setNotice(t('report.locationFound', { metres: Math.round(position.coords.accuracy) }));
      },
      () => setNotice(t('report.locationFailed')),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  };

  const openMap = async () => {
    const mapModule = await import('@/lib/ui/map/map-view');
    setLazyMap(() => mapModule.MapView);
  };

  const onPhotos = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    setPreviews(files.slice(0, MAX_PHOTOS).map((file) => URL.createObjectURL(file)));
    if (files.length > MAX_PHOTOS) setPhotoError(t('report.errors.tooManyPhotos'));
    else if (files.some((file) => file.size > MAX_PHOTO_BYTES)) setPhotoError(t('report.errors.photoTooLarge'));
    else setPhotoError('');
  };

  const send = handleSubmit(async (values) => {
    if (photoError) return;
    const form = new FormData(formRef.current!);
    // The pin lives in react-hook-form's state; hidden inputs are not always written back.
    for (const name of ['lat', 'lng', 'accuracyM', 'source'] as const) form.set(name, values[name] ?? '');
    const urgent = isUrgentTip(values);
    const keepForLater = () => keep(toTipFields(values, language, centreFinder(areas)), urgent).catch(() => setNotice(t('outbox.noConnection')));
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

  const fieldError = (id: string, message?: string) =>
    message ? (
      <span id={`${id}-error`} className="form-field__error">
        {message}
      </span>
    ) : null;
  const describedBy = (id: string, message?: string, hint = false) => [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  const categoryError = errorAt('category');
  const locationError = errorAt('location', 'provinceCode', 'districtCode');
  const dateError = errorAt('observedOn');
  const descriptionError = errorAt('description');
  const landmarkError = errorAt('landmark');
  const busy = pending || preparing || sending;

  // autoComplete off: a landmark or description typed here must not stay in the phone's autofill history.
  return (
    <form ref={formRef} action={formAction} onSubmit={send} onFocusCapture={() => void loadSchema()} noValidate autoComplete="off" className={styles.form} aria-busy={busy}>
      {state && !state.ok && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {state.error === 'BAD_REQUEST' ? t('report.fixErrors') : state.message}
        </p>
      )}
      {state && !state.ok && <p className="form-field__hint">{t('report.photosAgain')}</p>}

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
          {fieldError('category', categoryError)}
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

      <fieldset className={styles.fieldset} aria-describedby="where-hint">
        <legend>{t('report.stepWhere')}</legend>
        <p id="where-hint" className="form-field__hint">
          {t('report.whereHint')}
        </p>
        <input type="hidden" defaultValue={initial.lat} {...register('lat')} />
        <input type="hidden" defaultValue={initial.lng} {...register('lng')} />
        <input type="hidden" defaultValue={initial.accuracyM} {...register('accuracyM')} />
        <input type="hidden" defaultValue={initial.source} {...register('source')} />
        <LocationButtons t={t} onLocate={locateMe} onOpenMap={openMap} mapOpen={!!LazyMap} />
        <p role="status" aria-live="polite" className="form-field__hint">
          {notice}
          {lat && lng ? ` ${t('report.mapPicked', { lat, lng })}` : ''}
        </p>
        {LazyMap && (
          <LazyMap
            label={t('report.mapLabel')}
            zoomInLabel={t('report.zoomIn')}
            zoomOutLabel={t('report.zoomOut')}
            tileUrl={tileUrl}
            pins={lat && lng ? [{ lat: Number(lat), lng: Number(lng) }] : []}
            onPick={(point) => {
              placePin(point, 'MAP_PIN');
              setNotice('');
            }}
          />
        )}
        <div className="form-field">
          <label htmlFor="provinceCode">{t('report.province')}</label>
          <select id="provinceCode" defaultValue={initial.provinceCode} aria-invalid={locationError ? true : undefined} aria-describedby={describedBy('location', locationError)} {...register('provinceCode', { onChange: () => setValue('districtCode', '') })}>
            <option value="">{t('report.chooseProvince')}</option>
            {areas.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {province.name}
              </option>
            ))}
          </select>
        </div>
        {areas.districts.length > 0 && <DistrictSelect t={t} areas={areas} initial={initial} register={register} control={control} />}
        <div className="form-field">
          <label htmlFor="landmark">
            {t('report.landmark')} ({t('report.optional')})
          </label>
          <input id="landmark" defaultValue={initial.landmark} maxLength={300} aria-invalid={landmarkError ? true : undefined} aria-describedby={describedBy('landmark', landmarkError, true)} {...register('landmark')} />
          <span id="landmark-hint" className="form-field__hint">
            {t('report.landmarkHint')}
          </span>
          {fieldError('landmark', landmarkError)}
        </div>
        <div className="form-field">
          <label htmlFor="coordinates">
            {t('report.coordinates')} ({t('report.optional')})
          </label>
          <input id="coordinates" inputMode="decimal" autoComplete="off" defaultValue={initial.coordinates} aria-invalid={locationError ? true : undefined} aria-describedby={describedBy('coordinates', undefined, true)} {...register('coordinates')} />
          <span id="coordinates-hint" className="form-field__hint">
            {t('report.coordinatesHint')}
          </span>
        </div>
        {fieldError('location', locationError)}
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>{t('report.stepWhen')}</legend>
        <div className={styles.row}>
          <div className="form-field">
            <label htmlFor="observedOn">
              {t('report.observedOn')} ({t('report.optional')})
            </label>
            <input id="observedOn" type="date" min={EARLIEST_OBSERVED_ON} max={today} defaultValue={initial.observedOn} aria-invalid={dateError ? true : undefined} aria-describedby={describedBy('observedOn', dateError)} {...register('observedOn')} />
            {fieldError('observedOn', dateError)}
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
          {fieldError('description', descriptionError)}
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend>
          {t('report.stepEvidence')} ({t('report.optional')})
        </legend>
        <div className="form-field">
          <label htmlFor="photos">{t('report.photos')}</label>
          {/* No HEIC in the list: iPhones then hand over a JPEG, which the server can decode. */}
          <input id="photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple onChange={onPhotos} aria-describedby={describedBy('photos', photoError || undefined, true)} />
          <span id="photos-hint" className="form-field__hint">
            {t('report.photosHint')}
          </span>
          {fieldError('photos', photoError || undefined)}
          {previews.length > 0 && (
            <ul className={styles.thumbs} aria-label={t('report.photosChosen', { count: previews.length })}>
              {previews.map((url, index) => (
                <li key={url}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, never uploaded as is */}
                  <img src={url} alt={`${index + 1}`} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </fieldset>

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

      <KeepOffline t={t} checked={keepOffline} onChange={setKeepOffline} />
      <button className="button" type="submit" disabled={busy}>
        {busy ? t('report.sending') : t('report.submit')}
      </button>
      <DraftNote t={t} onWipe={wipeDraft} />
    </form>
  );
}

/** "Use my location" and "Show the map": JavaScript only. */
function LocationButtons({ t, onLocate, onOpenMap, mapOpen }: { t: ClientT; onLocate: () => void; onOpenMap: () => void; mapOpen: boolean }) {
  if (!useEnhanced()) return null;
  return (
    <div className={styles.row}>
      <button type="button" className="button button--secondary" onClick={onLocate}>
        {t('report.useLocation')}
      </button>
      <button type="button" className="button button--secondary" onClick={onOpenMap} aria-expanded={mapOpen}>
        {t('report.showMap')}
      </button>
    </div>
  );
}

/**
 * Districts grouped by province; once a province is chosen (as typed with JavaScript, or as
 * the server saw it without), only its own. The same markup on the server and while
 * hydrating, so nothing is rebuilt when the page comes alive (it used to drop every district
 * as the page hydrated, then add some back).
 */
function DistrictSelect({ t, areas, initial, register, control }: { t: ClientT; areas: Areas; initial: ReportValues; register: UseFormRegister<ReportValues>; control: Control<ReportValues> }) {
  const provinceCode = useWatch({ control, name: 'provinceCode', defaultValue: initial.provinceCode });
  return (
    <div className="form-field">
      <label htmlFor="districtCode">{t('report.district')}</label>
      <select id="districtCode" defaultValue={initial.districtCode} {...register('districtCode')}>
        <option value="">{t('report.chooseDistrict')}</option>
        {areas.provinces
          .filter((province) => !provinceCode || province.code === provinceCode)
          .map((province) => (
            <optgroup key={province.code} label={province.name}>
              {areas.districts
                .filter((district) => district.provinceCode === province.code)
                .map((district) => (
                  <option key={district.code} value={district.code}>
                    {district.name}
                  </option>
                ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}

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

/** "Keep it on this phone if there is no signal": only where the outbox can work. */
function KeepOffline({ t, checked, onChange }: { t: ClientT; checked: boolean; onChange: (checked: boolean) => void }) {
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
function DraftNote({ t, onWipe }: { t: ClientT; onWipe: () => void }) {
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
