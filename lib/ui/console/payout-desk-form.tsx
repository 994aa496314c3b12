'use client';
/**
 * The payout desk in two steps (drive finding 2): the code is checked first and the desk shows
 * the amount to hand over; only "Pay <amount>" pays, and the receipt repeats the amount. Works
 * without JavaScript too: the form posts to the server action and the page re-renders with
 * its state. Once the amount is shown the code is read-only, and the payment names the checked
 * reward, so a changed code cannot pay another voucher.
 */
import Link from 'next/link';
import { useActionState } from 'react';

export interface PayoutDeskValues {
  code: string;
  method: string;
  reference: string;
}

export type PayoutDeskState =
  | { step: 'check'; values: PayoutDeskValues; error?: string; fields?: Record<string, string> }
  | { step: 'confirm'; values: PayoutDeskValues; rewardId: string; summary: string; pay: string }
  | { step: 'paid'; rewardId: string; notice: string };

export interface PayoutDeskLabels {
  code: string;
  codeHint: string;
  method: string;
  methods: { value: string; label: string }[];
  reference: string;
  referenceHint: string;
  check: string;
  other: string;
  history: string;
}

const EMPTY: PayoutDeskValues = { code: '', method: 'CASH_OFFICE', reference: '' };

export function PayoutDeskForm({ action, labels }: { action: (state: PayoutDeskState | null, form: FormData) => Promise<PayoutDeskState>; labels: PayoutDeskLabels }) {
  const [state, formAction, pending] = useActionState(action, null);
  const values = state && state.step !== 'paid' ? state.values : EMPTY;
  const confirming = state?.step === 'confirm';
  const fields = state?.step === 'check' ? (state.fields ?? {}) : {};
  return (
    <>
      {state?.step === 'check' && state.error && (
        <p className="form-error" role="alert" data-testid="payout-error">
          {state.error}
        </p>
      )}
      {state?.step === 'paid' && (
        <p className="notice" role="status" data-testid="payout-done">
          {state.notice} <Link href={`/console/rewards/${encodeURIComponent(state.rewardId)}`}>{labels.history}</Link>
        </p>
      )}
      {/* A new key per step: the fields take the state's values, not what the browser kept. */}
      <form action={formAction} className="card" key={state ? `${state.step}:${'rewardId' in state ? state.rewardId : ''}:${values.code}` : 'new'}>
        <div className="form-field">
          <label htmlFor="code">{labels.code}</label>
          <input id="code" name="code" required autoComplete="off" spellCheck={false} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX" maxLength={40}
            defaultValue={values.code} readOnly={confirming} aria-invalid={!!fields.code} aria-describedby="code-hint" />
          <p className="form-field__hint" id="code-hint">{labels.codeHint}</p>
          {fields.code && <span className="form-field__error">{fields.code}</span>}
        </div>
        <fieldset className="form-field">
          <legend>{labels.method}</legend>
          {labels.methods.map((method) => (
            <label key={method.value}>
              <input type="radio" name="method" value={method.value} required defaultChecked={values.method === method.value} /> {method.label}
            </label>
          ))}
        </fieldset>
        <div className="form-field">
          <label htmlFor="reference">{labels.reference}</label>
          <input id="reference" name="reference" required minLength={2} maxLength={200} autoComplete="off" defaultValue={values.reference} aria-invalid={!!fields.reference} />
          <p className="form-field__hint">{labels.referenceHint}</p>
          {fields.reference && <span className="form-field__error">{fields.reference}</span>}
        </div>
        {state?.step === 'confirm' ? (
          <>
            <p className="notice" data-testid="payout-amount">
              <strong>{state.summary}</strong>
            </p>
            <input type="hidden" name="rewardId" value={state.rewardId} />
            <input type="hidden" name="confirm" value="1" />
            <button className="button" type="submit" disabled={pending}>
              {state.pay}
            </button>{' '}
            <Link href="/console/rewards/payout">{labels.other}</Link>
          </>
        ) : (
          <button className="button" type="submit" disabled={pending}>
            {labels.check}
          </button>
        )}
      </form>
    </>
  );
}
