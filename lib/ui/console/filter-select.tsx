/** A labelled drop-down of a console GET filter, its first choice meaning "any". */
import { SelectField } from './pick-selects';

export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect({ any, value, options, ...field }: { id: string; name?: string; label: string; any: string; value: string | undefined; options: readonly FilterOption[] }) {
  return (
    <SelectField {...field} defaultValue={value ?? ''}>
      <option value="">{any}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
