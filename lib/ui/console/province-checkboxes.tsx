import { PROVINCES } from '@/lib/geo/provinces';
import type { Locale } from '@/lib/i18n/locales';

export function ProvinceCheckboxes({ locale, selected, legend, error }: { locale: Locale; selected: readonly string[]; legend: string; error?: string }) {
  return (
    <fieldset className="form-field" aria-describedby={error ? 'provinceCodes-error' : undefined}>
      <legend>{legend}</legend>
      {error && (
        <span className="form-field__error" id="provinceCodes-error">
          {error}
        </span>
      )}
      <div className="checkbox-grid">
        {PROVINCES.map((province) => (
          <label key={province.code}>
            <input type="checkbox" name="provinceCodes" value={province.code} defaultChecked={selected.includes(province.code)} />{' '}
            {locale === 'km' ? province.km : province.en}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
