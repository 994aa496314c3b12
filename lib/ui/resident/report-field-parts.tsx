import type { UseFormRegister } from 'react-hook-form';
import type { ClientT } from './client-t';
import type { ReportValues } from './report-values';

/**
 * What every step of the report form is given. The steps are memoised: react-hook-form
 * re-renders the form's root a few times as it comes alive, and these props (stable
 * functions, the first values, error strings) keep those renders out of the hundreds of
 * fields and options below it (issue 9: the report page's main-thread time).
 */
export interface StepProps {
  t: ClientT;
  initial: ReportValues;
  register: UseFormRegister<ReportValues>;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <span id={`${id}-error`} className="form-field__error">
      {message}
    </span>
  ) : null;
}

export const describedBy = (id: string, message?: string, hint = false) => [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
