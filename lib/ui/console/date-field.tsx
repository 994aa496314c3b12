/**
 * A day typed as DD/MM/YYYY in a text field (decision 0401): the browser's date input shows
 * mm/dd/yyyy on many phones. The server parses it (lib/dates/day-month-year.ts).
 */
import { DMY_PATTERN, formatDayMonthYear } from '@/lib/dates/day-month-year';
import type { Translate } from '@/lib/i18n/translate';

export function DateField({ id, name = id, label, value, t, required, error }: { id: string; name?: string; label: string; value: string | undefined; t: Translate; required?: boolean; error?: string }) {
  const hint = `${id}-hint`;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="text" inputMode="numeric" autoComplete="off" placeholder="dd/mm/yyyy" pattern={DMY_PATTERN} maxLength={14}
        required={required} defaultValue={formatDayMonthYear(value)} aria-describedby={error ? `${hint} ${id}-error` : hint} aria-invalid={error ? true : undefined} />
      <span id={hint} className="form-field__hint">{t('consolePhone.dateHint')}</span>
      {error && <span id={`${id}-error`} className="form-field__error">{error}</span>}
    </div>
  );
}
