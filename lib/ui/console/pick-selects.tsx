/**
 * The two pickers several console forms share: a staff member to assign (tip page, case page,
 * bulk form) and a case to link tips to (tip page, bulk form). One markup, one wording of an
 * option ("Name (Role)", "REF: title").
 */
import { enumLabel } from '@/lib/i18n/enums';

interface Field {
  id: string;
  name: string;
  label: string;
  /** Extra class on the field's wrapper (e.g. to let it grow in an inline form). */
  className?: string;
}

export function AssigneeSelect({ t, id, name, label, className, assignees, nobody, defaultValue = '' }: Field & {
  t: (key: string) => string;
  assignees: readonly { id: string; name: string; role: string }[];
  /** The first option's text: no one assigned. */
  nobody: string;
  defaultValue?: string;
}) {
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{nobody}</option>
        {assignees.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name} ({enumLabel(t, 'StaffRole', person.role)})
          </option>
        ))}
      </select>
    </div>
  );
}

export function CaseSelect({ id, name, label, className, cases }: Field & { cases: readonly { id: string; reference: string; title: string }[] }) {
  return (
    <div className={className ? `form-field ${className}` : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name}>
        {cases.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.reference}: {choice.title}
          </option>
        ))}
      </select>
    </div>
  );
}
