/** A labelled drop-down of a console GET filter, its first choice meaning "any". */
export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect({ id, name = id, label, any, value, options }: { id: string; name?: string; label: string; any: string; value: string | undefined; options: readonly FilterOption[] }) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
