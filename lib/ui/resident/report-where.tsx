'use client';

/**
 * Where it is: a pin from the phone's location or the map (JavaScript only), the province and
 * district, a landmark, typed coordinates. Any one of them is enough (report-values.ts).
 */
import { type ComponentType, memo, useState } from 'react';
import { type Control, type UseFormRegister, type UseFormSetValue, useWatch } from 'react-hook-form';
import type { MapViewProps } from '@/lib/ui/map/map-view';
import type { ClientT } from './client-t';
import { describedBy, FieldError, type StepProps } from './report-field-parts';
import type { Areas, ReportValues } from './report-values';
import styles from './resident.module.css';
import { useEnhanced } from './use-enhanced';

interface WhereProps extends StepProps {
  control: Control<ReportValues>;
  setValue: UseFormSetValue<ReportValues>;
  areas: Areas;
  tileUrl?: string;
  /** What "use my location" (or the form) last said, read out politely. */
  notice: string;
  setNotice: (notice: string) => void;
  /** After a first attempt to send, a new pin is checked at once. */
  submitted: boolean;
  locationError?: string;
  landmarkError?: string;
}

export const WhereStep = memo(function WhereStep({ t, initial, register, control, setValue, areas, tileUrl, notice, setNotice, submitted, locationError, landmarkError }: WhereProps) {
  const [LazyMap, setLazyMap] = useState<ComponentType<MapViewProps> | null>(null);
  const [lat, lng] = useWatch({ control, name: ['lat', 'lng'] });

  const placePin = (point: { lat: number; lng: number }, source: 'GPS' | 'MAP_PIN', accuracy?: number) => {
    setValue('lat', point.lat.toFixed(5));
    setValue('lng', point.lng.toFixed(5));
    setValue('source', source);
    setValue('accuracyM', accuracy === undefined ? '' : String(Math.round(accuracy)), { shouldValidate: submitted });
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

  return (
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
      {areas.districts.length > 0 && (
        <>
          {/* With scripting on, a browser keeps this as unparsed text and React never hydrates
              it: ~210 options cost neither style, layout nor hydration (decision 0322). */}
          <noscript>
            <AllDistricts t={t} areas={areas} initial={initial} />
          </noscript>
          <DistrictSelect t={t} areas={areas} initial={initial} register={register} control={control} />
        </>
      )}
      <div className="form-field">
        <label htmlFor="landmark">
          {t('report.landmark')} ({t('report.optional')})
        </label>
        <input id="landmark" defaultValue={initial.landmark} maxLength={300} aria-invalid={landmarkError ? true : undefined} aria-describedby={describedBy('landmark', landmarkError, true)} {...register('landmark')} />
        <span id="landmark-hint" className="form-field__hint">
          {t('report.landmarkHint')}
        </span>
        <FieldError id="landmark" message={landmarkError} />
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
      <FieldError id="location" message={locationError} />
    </fieldset>
  );
});

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
 * Without JavaScript (decision 0860): every district under its province, or after a round trip
 * with a province chosen, only its own; a district alone is enough to place the tip.
 */
function AllDistricts({ t, areas, initial }: { t: ClientT; areas: Areas; initial: ReportValues }) {
  return <DistrictField t={t} areas={areas} provinceCode={initial.provinceCode} defaultValue={initial.districtCode} />;
}

/**
 * With JavaScript: only the chosen province's districts, from the moment the page is alive (the
 * server's HTML has the no-JavaScript list only, inside <noscript>). Keyed by the province, so
 * a new select mounts whenever the province changes and react-hook-form writes the form's
 * district into it once its options exist (a restored draft's district would otherwise find no
 * option to select).
 */
function DistrictSelect({ t, areas, initial, register, control }: { t: ClientT; areas: Areas; initial: ReportValues; register: UseFormRegister<ReportValues>; control: Control<ReportValues> }) {
  const provinceCode = useWatch({ control, name: 'provinceCode', defaultValue: initial.provinceCode });
  const enhanced = useEnhanced();
  if (!enhanced) return null;
  return <DistrictField key={provinceCode} t={t} areas={areas} provinceCode={provinceCode} defaultValue={initial.districtCode} only {...register('districtCode')} />;
}

/** The district select: grouped by province, all of them or the chosen one's (`only` shows none until one is chosen). */
function DistrictField({ t, areas, provinceCode, defaultValue, only, ...field }: { t: ClientT; areas: Areas; provinceCode: string; defaultValue: string; only?: boolean } & Partial<ReturnType<UseFormRegister<ReportValues>>>) {
  return (
    <div className="form-field">
      <label htmlFor="districtCode">{t('report.district')}</label>
      <select id="districtCode" name="districtCode" defaultValue={defaultValue} {...field}>
        <option value="">{t('report.chooseDistrict')}</option>
        {areas.provinces
          .filter((province) => (provinceCode ? province.code === provinceCode : !only))
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
