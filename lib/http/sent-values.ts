/**
 * What a refused console form had in it, so the page can show it again (decision 0896): the
 * action keeps the form's text values in a short-lived cookie under a fresh id and the outcome
 * names that id in the address (`sent=`); the page reads the values back only when the id
 * matches, so another page, or the same page opened later, starts empty. The values stay in
 * the browser's cookie, never in the address (history, logs). Secrets (passwords, TOTP codes,
 * voucher codes, passphrases) are never kept, and files never (formEchoValues). Forms that show
 * their result in place get the same values in their ActionResult (runAction's `form`).
 */
import { randomBytes } from 'node:crypto';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { formEchoValues } from './form';

const COOKIE = 'ee.sent-form';
const MAX_AGE_S = 10 * 60;
/** Browsers keep at most about 4 KB per cookie; long values are dropped first to fit. */
const MAX_COOKIE_CHARS = 3_800;
const ID = /^[A-Za-z0-9_-]{16}$/;

export type SentValues = Readonly<Record<string, readonly string[]>>;

function encode(values: Record<string, string[]>): string | null {
  const entries = Object.entries(values).sort(([, a], [, b]) => a.join('').length - b.join('').length);
  while (entries.length > 0) {
    const encoded = Buffer.from(JSON.stringify(Object.fromEntries(entries)), 'utf8').toString('base64url');
    if (encoded.length <= MAX_COOKIE_CHARS) return encoded;
    entries.pop();
  }
  return null;
}

/** Keeps a refused form's text values for the page it goes back to; returns the id the outcome carries. */
export async function keepSentValues(form: FormData): Promise<string | undefined> {
  const encoded = encode(formEchoValues(form));
  if (!encoded) return undefined;
  const id = randomBytes(12).toString('base64url');
  const secure = (env().APP_URL ?? '').startsWith('https://');
  (await cookies()).set(COOKIE, `${id}.${encoded}`, { httpOnly: true, sameSite: 'strict', path: '/console', secure, maxAge: MAX_AGE_S });
  return id;
}

/** The values a refused form sent, when the page's address names them (`sent=<id>`); else none. */
export async function readSentValues(query: Record<string, string | string[] | undefined>): Promise<SentValues> {
  const id = Array.isArray(query.sent) ? query.sent[0] : query.sent;
  if (!id || !ID.test(id)) return {};
  const raw = (await cookies()).get(COOKIE)?.value ?? '';
  const [kept, encoded] = raw.split('.', 2);
  if (kept !== id || !encoded) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((value) => typeof value === 'string')),
    );
  } catch {
    return {};
  }
}

/** A field's first sent value, or `fallback` when the form was not sent back. */
export const sentText = (values: SentValues, name: string, fallback?: string): string | undefined => values[name]?.[0] ?? fallback;
