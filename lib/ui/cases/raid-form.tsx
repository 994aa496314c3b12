/** The supervisor's raid form: a plain form posting to a server action, so it works without JavaScript. */
import type { Translate } from '@/lib/i18n/translate';
import { todayInCambodia } from '@/lib/raids/schema';
import { DateField } from '@/lib/ui/console/date-field';
import styles from './cases.module.css';

const COUNTS = ['suspectsArrested', 'victimsRescued', 'foreignNationalsDetained', 'computersSeized', 'phonesSeized'] as const;

export function RaidForm({ caseId, action, t, fields }: { caseId: string; action: (form: FormData) => Promise<void>; t: Translate; fields: Record<string, string> }) {
  const error = (name: string) =>
    fields[name] ? (
      <span className="form-field__error" id={`raid-${name}-error`}>
        {fields[name]}
      </span>
    ) : null;
  const described = (name: string) => (fields[name] ? { 'aria-describedby': `raid-${name}-error`, 'aria-invalid': true } : {});
  return (
    <form action={action} aria-labelledby="record-raid-title">
      <input type="hidden" name="caseId" value={caseId} />
      <DateField id="raid-raidedOn" name="raidedOn" label={t('cases.raidedOn')} value={todayInCambodia()} t={t} required error={fields.raidedOn} />
      <div className="form-field">
        <label htmlFor="raid-unit">{t('cases.unit')}</label>
        <input id="raid-unit" name="unit" required minLength={2} maxLength={200} {...described('unit')} />
        {error('unit')}
      </div>
      <div className="form-field">
        <label htmlFor="raid-place">{t('cases.place')}</label>
        <input id="raid-place" name="place" required minLength={2} maxLength={300} {...described('place')} />
        {error('place')}
      </div>
      <div className={styles.counts}>
        <div className="form-field">
          <label htmlFor="raid-lat">{t('cases.lat')}</label>
          <input id="raid-lat" name="lat" inputMode="decimal" {...described('lat')} />
          {error('lat')}
        </div>
        <div className="form-field">
          <label htmlFor="raid-lng">{t('cases.lng')}</label>
          <input id="raid-lng" name="lng" inputMode="decimal" {...described('lng')} />
          {error('lng')}
        </div>
        {COUNTS.map((name) => (
          <div className="form-field" key={name}>
            <label htmlFor={`raid-${name}`}>{t(`cases.${name}`)}</label>
            <input id={`raid-${name}`} name={name} type="number" min={0} step={1} defaultValue={0} required {...described(name)} />
            {error(name)}
          </div>
        ))}
      </div>
      <div className="checkbox-grid">
        <label>
          <input type="checkbox" name="compoundClosed" /> {t('cases.compoundClosed')}
        </label>
      </div>
      <div className="form-field">
        <label htmlFor="raid-notes">{t('cases.raidNotes')}</label>
        <textarea id="raid-notes" name="notes" rows={3} maxLength={4000} {...described('notes')} />
        {error('notes')}
      </div>
      <button className="button" type="submit">
        {t('cases.recordRaid')}
      </button>
    </form>
  );
}
