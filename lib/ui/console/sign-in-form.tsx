'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/http/action';

export interface SignInLabels {
  email: string;
  password: string;
  code: string;
  codeHint: string;
  submit: string;
}

/** A refused sign-in keeps the email that was typed. */
export type SignInState = ActionResult & { email?: string };

/** Works without JavaScript too: the form posts to the server action and the page re-renders with its result. */
export function SignInForm({ action, labels }: { action: (state: SignInState | null, form: FormData) => Promise<SignInState>; labels: SignInLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate>
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="form-field">
        <label htmlFor="email">{labels.email}</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-invalid={!!error?.fields?.email} defaultValue={state?.email ?? ''} />
        {error?.fields?.email && <span className="form-field__error">{error.fields.email}</span>}
      </div>
      <div className="form-field">
        <label htmlFor="password">{labels.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        {error?.fields?.password && <span className="form-field__error">{error.fields.password}</span>}
      </div>
      <div className="form-field">
        <label htmlFor="code">{labels.code}</label>
        <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" pattern="\d{6}" maxLength={6} required aria-describedby="code-hint" />
        <span id="code-hint" className="form-field__hint">
          {labels.codeHint}
        </span>
        {error?.fields?.code && <span className="form-field__error">{error.fields.code}</span>}
      </div>
      <button className="button" type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
