'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/http/action';

type Enrolment = { ticket: string; secret: string; dataUrl: string };

export interface EnrolLabels {
  step1: string;
  email: string;
  password: string;
  continue: string;
  step2: string;
  key: string;
  code: string;
  finish: string;
}

export function EnrolForm({
  start,
  complete,
  labels,
}: {
  start: (state: ActionResult<Enrolment> | null, form: FormData) => Promise<ActionResult<Enrolment>>;
  complete: (state: ActionResult | null, form: FormData) => Promise<ActionResult>;
  labels: EnrolLabels;
}) {
  const [started, startAction, starting] = useActionState(start, null);
  const [completed, completeAction, completing] = useActionState(complete, null);
  const enrolment = started?.ok ? started.data : null;

  if (!enrolment) {
    const error = started && !started.ok ? started : null;
    return (
      <form action={startAction} noValidate>
        <p>{labels.step1}</p>
        {error && <p className="form-error" role="alert">{error.message}</p>}
        <div className="form-field">
          <label htmlFor="email">{labels.email}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="form-field">
          <label htmlFor="password">{labels.password}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button className="button" type="submit" disabled={starting}>
          {labels.continue}
        </button>
      </form>
    );
  }
  const error = completed && !completed.ok ? completed : null;
  return (
    <form action={completeAction} noValidate>
      <p>{labels.step2}</p>
      {/* A data: URL made on our server: the secret never goes to a third-party QR service. */}
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL holding a secret; it must not go through an image optimiser */}
      <img src={enrolment.dataUrl} alt="" width={220} height={220} />
      <p>
        {labels.key}: <code data-testid="totp-key">{enrolment.secret}</code>
      </p>
      {error && <p className="form-error" role="alert">{error.message}</p>}
      <input type="hidden" name="ticket" value={enrolment.ticket} />
      <div className="form-field">
        <label htmlFor="code">{labels.code}</label>
        <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required />
      </div>
      <button className="button" type="submit" disabled={completing}>
        {labels.finish}
      </button>
    </form>
  );
}
