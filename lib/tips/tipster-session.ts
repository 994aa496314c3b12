/**
 * The short-lived status-page session: the code and passphrase sealed with the settings key
 * (AES-256-GCM) with a 15-minute expiry inside, for the HttpOnly, SameSite=Strict,
 * Path=/status cookie `tip_session`. It holds nothing beyond the tip's own credentials and
 * the language the tip was written in (already stored with the tip), and every use goes
 * through the same credential check (and lockout) again.
 */
import { open, seal } from '@/lib/security/crypto';

export const TIPSTER_SESSION_COOKIE = 'tip_session';
export const TIPSTER_SESSION_TTL_MS = 15 * 60 * 1000;
const PURPOSE = 'tipster-session';

export interface TipsterCredentials {
  code: string;
  passphrase: string;
}

/** `language`: the tip's own, so /status speaks it to a phone that never chose one (decision 0890). */
export function sealTipsterSession(credentials: TipsterCredentials & { language?: string }, now: Date = new Date()): string {
  const plain = JSON.stringify({ c: credentials.code, p: credentials.passphrase, e: now.getTime() + TIPSTER_SESSION_TTL_MS, ...(credentials.language ? { l: credentials.language } : {}) });
  return seal(Buffer.from(plain, 'utf8'), PURPOSE).toString('base64url');
}

function openSealed(value: string | null | undefined, now: Date): { c: string; p: string; l?: unknown } | null {
  if (!value || value.length > 1_000) return null;
  try {
    const parsed = JSON.parse(open(Buffer.from(value, 'base64url'), PURPOSE).toString('utf8')) as { c?: unknown; p?: unknown; e?: unknown; l?: unknown };
    if (typeof parsed.c !== 'string' || typeof parsed.p !== 'string' || typeof parsed.e !== 'number') return null;
    if (parsed.e <= now.getTime()) return null;
    return { c: parsed.c, p: parsed.p, l: parsed.l };
  } catch {
    return null;
  }
}

/** The credentials, or null when the value is expired, tampered with or not ours. */
export function openTipsterSession(value: string | null | undefined, now: Date = new Date()): TipsterCredentials | null {
  const sealed = openSealed(value, now);
  return sealed && { code: sealed.c, passphrase: sealed.p };
}

/** The open tip's language, or null (no session, expired, or sealed before the language was kept). */
export function tipsterSessionLanguage(value: string | null | undefined, now: Date = new Date()): string | null {
  const language = openSealed(value, now)?.l;
  return typeof language === 'string' ? language : null;
}
