/**
 * Every form on the tip page: the tip named the one way its action reads it
 * (formText(form, 'tipId')), the fields, one submit button. Plain HTML, so it works without
 * JavaScript (docs/decisions/0003).
 */
import type { ReactNode } from 'react';
import styles from './triage.module.css';

export function TipForm({ action, tipId, submit, inline = false, secondary = false, testId, children }: {
  action: (form: FormData) => Promise<void>;
  tipId: string;
  /** The button's text. */
  submit: string;
  /** Fields and button on one line (a select or a short input). */
  inline?: boolean;
  secondary?: boolean;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <form action={action} className={inline ? styles.inline : undefined} data-testid={testId}>
      <input type="hidden" name="tipId" value={tipId} />
      {children}
      <button className={secondary ? 'button button--secondary button--small' : 'button button--small'} type="submit">
        {submit}
      </button>
    </form>
  );
}
