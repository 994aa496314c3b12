/**
 * The one check of a tip code and passphrase, used by the status page, the mailbox and the
 * JSON API. A wrong code and a wrong passphrase get the same error after the same work (an
 * argon2id verification against a decoy hash when the code does not exist).
 */
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { decoyHash } from '@/lib/security/password';
import { verifyTipsterPassphrase } from '@/lib/security/tipster-kdf';
import { claimAttempt, recordSuccess, throttleKey } from './credential-throttle';
import { normalisePassphrase, normaliseTipCode } from './receipt';

export interface CheckedTip {
  id: string;
  code: string;
  /** The passphrase's digits, for opening what was sealed to the tipster. */
  passphraseDigits: string;
  tipsterPublicKey: string;
  tipsterKeySalt: string;
}

export const wrongCredentials = () => new AppError('UNAUTHENTICATED', 'status.errors.credentials');
export const lockedOut = () => new AppError('LOCKED', 'status.errors.locked');

export async function checkTipsterCredentials(credentials: { code: string; passphrase: string }): Promise<CheckedTip> {
  const code = normaliseTipCode(String(credentials.code ?? '')) ;
  const passphraseDigits = normalisePassphrase(String(credentials.passphrase ?? '')) ?? '';
  const key = throttleKey(String(credentials.code ?? ''));
  // Counted before the check, in one statement with the lock test (see claimAttempt).
  const attempt = await claimAttempt(key);
  if (!attempt) throw lockedOut();

  const tip = code
    ? await db.tip.findUnique({ where: { code }, select: { id: true, code: true, passphraseHash: true, tipsterPublicKey: true, tipsterKeySalt: true } })
    : null;
  const matches = await verifyTipsterPassphrase(tip?.passphraseHash ?? (await decoyHash()), passphraseDigits || 'not-a-passphrase');
  if (!tip || !matches) {
    // The attempt that earns the lock is told so: the next one would be refused anyway.
    if (attempt.lockedUntil) throw lockedOut();
    throw wrongCredentials();
  }
  await recordSuccess(key);
  return { id: tip.id, code: tip.code, passphraseDigits, tipsterPublicKey: tip.tipsterPublicKey, tipsterKeySalt: tip.tipsterKeySalt };
}
