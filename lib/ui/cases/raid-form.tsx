/** The supervisor's raid form: a plain form posting to a server action, so it works without JavaScript. */
import type { Translate } from '@/lib/i18n/translate';
import { type SentValues, sentText } from '@/lib/http/sent-values';
import { todayInCambodia } from '@/lib/raids/schema';
import { DateField } from '@/lib/ui/console/date-field';
import styles from './cases.module.css';

const COUNTS = ['suspectsArrested', 'victimsRescued', 'foreignNationalsDetained', 'computersSeized', 'phonesSeized'] as const;

/** `sent`: what a refused attempt had in it (lib/http/sent-values.ts), shown again. */
export function RaidForm({ caseId, action, t, fields, sent }: { caseId: string; action: (form: FormData) => Promise<void>; t: Translate; fields: Record<string, string>; sent: SentValues }) {
  const value = (name: string, fallback?: string) => sentText(sent, name, fallback);
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
      <DateField id="raid-raidedOn" name="raidedOn" label={t('cases.raidedOn')} value={value('raidedOn', todayInCambodia())} t={t} required error={fields.raidedOn} />
      <div className="form-field">
        <label htmlFor="raid-unit">{t('cases.unit')}</label>
        <input id="raid-unit" name="unit" defaultValue={value('unit')} required minLength={2} maxLength={200} {...described('unit')} />
        {error('unit')}
      </div>
      <div className="form-field">
        <label htmlFor="raid-place">{t('cases.place')}</label>
        <input id="raid-place" name="place" defaultValue={value('place')} required minLength={2} maxLength={300} {...described('place')} />
        {error('place')}
      </div>
      <div className={styles.counts}>
        <div className="form-field">
          <label htmlFor="raid-lat">{t('cases.lat')}</label>
          <input id="raid-lat" name="lat" defaultValue={value('lat')} inputMode="decimal" {...described('lat')} />
          {error('lat')}
        </div>
        <div className="form-field">
          <label htmlFor="raid-lng">{t('cases.lng')}</label>
          <input id="raid-lng" name="lng" defaultValue={value('lng')} inputMode="decimal" {...described('lng')} />
          {error('lng')}
        </div>
        {COUNTS.map((name) => (
          <div className="form-field" key={name}>
            <label htmlFor={`raid-${name}`}>{t(`cases.${name}`)}</label>
            <input id={`raid-${name}`} name={name} type="number" min={0} step={1} defaultValue={value(name, '0')} required {...described(name)} />
            {error(name)}
          </div>
        ))}
      </div>
      <div className="checkbox-grid">
        <label>
          <input type="checkbox" name="compoundClosed" defaultChecked={sent.compoundClosed !== undefined} /> {t('cases.compoundClosed')}
        </label>
      </div>
      <div className="form-field">
        <label htmlFor="raid-notes">{t('cases.raidNotes')}</label>
        <textarea id="raid-notes" name="notes" defaultValue={value('notes')} rows={3} maxLength={4000} {...described('notes')} />
        {error('notes')}
      </div>
      <button className="button" type="submit">
        {t('cases.recordRaid')}
      </button>
    </form>
  );
}
