/**
 * The pickers console forms share: a staff member to assign (tip page, case page, bulk form),
 * a case to link tips to (tip page, bulk form), and a value of an enum (a status, a priority, a
 * role, an answer kind, an audit action) by its one label (decision 0861). One markup, one
 * wording of an option ("Name (Role)", "REF: title", the enum's label).
 */
import type { ReactNode } from 'react';
import { enumLabel, type LabelledEnum, type LabelledEnums } from '@/lib/i18n/enums';

interface Field {
  id: string;
  /** The form field's name; the id when left out. */
  name?: string;
  label: string;
  /** Extra class on the field's wrapper (e.g. to let it grow in an inline form). */
  className?: string;
}

/** The wrapper, label and select every picker (and the GET filters' FilterSelect) renders. */
export function SelectField({ id, name = id, label, className, defaultValue, children }: Field & { defaultValue?: string; children: ReactNode }) {
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        {children}
      </select>
    </div>
  );
}

export function AssigneeSelect({ t, assignees, nobody, defaultValue = '', ...field }: Field & {
  t: (key: string) => string;
  assignees: readonly { id: string; name: string; role: string }[];
  /** The first option's text: no one assigned. */
  nobody: string;
  defaultValue?: string;
}) {
  return (
    <SelectField {...field} defaultValue={defaultValue}>
      <option value="">{nobody}</option>
      {assignees.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name} ({enumLabel(t, 'StaffRole', person.role)})
        </option>
      ))}
    </SelectField>
  );
}

export function CaseSelect({ cases, ...field }: Field & { cases: readonly { id: string; reference: string; title: string }[] }) {
  return (
    <SelectField {...field}>
      {cases.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.reference}: {choice.title}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * `<EnumSelect t={t} id="priority" label={...} of="Priority" values={PRIORITIES} />`: the
 * options are the values given (a subset when only some are allowed), each with its label.
 */
export function EnumSelect<E extends LabelledEnum>({ t, of, values, empty, defaultValue, ...field }: Field & {
  t: (key: string) => string;
  of: E;
  values: readonly LabelledEnums[E][];
  /** A first option with no value ("Any action"), for a filter. */
  empty?: string;
  /** A value from the query may be any text; one that is no option selects the first. */
  defaultValue?: string;
}) {
  return (
    <SelectField {...field} defaultValue={defaultValue ?? (empty === undefined ? undefined : '')}>
      {empty !== undefined && <option value="">{empty}</option>}
      {values.map((value) => (
        <option key={value} value={value}>
          {enumLabel(t, of, value)}
        </option>
      ))}
    </SelectField>
  );
}
