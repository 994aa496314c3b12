'use client';

/** The status page's two forms. Plain HTML forms posting to server actions: no JavaScript needed. */
import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/http/action';
import { clientTranslator } from './client-t';
import styles from './resident.module.css';

type Action = (state: ActionResult | null, form: FormData) => Promise<ActionResult>;

export function StatusSignInForm({ action, messages }: { action: (state: (ActionResult & { code?: string }) | null, form: FormData) => Promise<ActionResult & { code?: string }>; messages: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = clientTranslator(messages);
  const error = state && !state.ok ? state : null;
  return (
    <form action={formAction} className={styles.fieldset}>
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="form-field">
        <label htmlFor="code">{t('status.code')}</label>
        <input id="code" name="code" required autoComplete="off" inputMode="numeric" defaultValue={state?.code} aria-describedby="code-hint" aria-invalid={error ? true : undefined} />
        <span id="code-hint" className="form-field__hint">
          {t('status.codeHint')}
        </span>
      </div>
      <div className="form-field">
        <label htmlFor="passphrase">{t('status.passphrase')}</label>
        <input id="passphrase" name="passphrase" type="password" required autoComplete="off" inputMode="numeric" aria-describedby="passphrase-hint" aria-invalid={error ? true : undefined} />
        <span id="passphrase-hint" className="form-field__hint">
          {t('status.passphraseHint')}
        </span>
      </div>
      <button className="button" type="submit" disabled={pending}>
        {t('status.open')}
      </button>
    </form>
  );
}

export function ReplyForm({ action, messages }: { action: Action; messages: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const t = clientTranslator(messages);
  const error = state && !state.ok ? state : null;
  return (
    <form action={formAction} autoComplete="off" aria-labelledby="reply-title">
      <h2 id="reply-title">{t('status.replyTitle')}</h2>
      {error && (
        <p className="form-error" role="alert">
          {error.fields?.body ?? error.message}
        </p>
      )}
      <div className="form-field">
        <label htmlFor="body">{t('status.replyBody')}</label>
        <span id="body-hint" className="form-field__hint">
          {t('status.replyHint')}
        </span>
        <textarea id="body" name="body" rows={5} maxLength={5000} aria-describedby="body-hint" />
      </div>
      <div className="form-field">
        <label htmlFor="reply-photos">{t('status.replyPhotos')}</label>
        <input id="reply-photos" name="photos" type="file" multiple accept="image/jpeg,image/png,image/webp" />
      </div>
      <button className="button" type="submit" disabled={pending}>
        {t('status.replySend')}
      </button>
    </form>
  );
}

/**
 * Takes the open tip off the screen when the 15-minute session ends (JavaScript only; a
 * meta refresh would do it without, but fails WCAG 2.2.1 "timing adjustable" under axe).
 * Without JavaScript the expired cookie still closes the tip at the next click.
 */
export function SessionTimeout({ afterMs }: { afterMs: number }) {
  useEffect(() => {
    const timer = setTimeout(() => location.replace('/status'), afterMs);
    return () => clearTimeout(timer);
  }, [afterMs]);
  return null;
}
