/**
 * The one check of a tip code and passphrase, used by the status page, the mailbox and the
 * JSON API. A wrong code and a wrong passphrase get the same error after the same work (an
 * argon2id verification against a decoy hash when the code does not exist). A locked code
 * refuses wrong passphrases but never the right one (decision 0702): holding a tip code is
 * not enough to keep its tipster out.
 */
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { TIPSTER_DECOY_HASH, verifyTipsterPassphrase } from '@/lib/security/tipster-kdf';
import { recordFailure, recordSuccess, throttleKey } from './credential-throttle';
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
  // Counted before the check (see recordFailure); a lock does not skip the check.
  const attempt = await recordFailure(key);

  const tip = code
    ? await db.tip.findUnique({ where: { code }, select: { id: true, code: true, passphraseHash: true, tipsterPublicKey: true, tipsterKeySalt: true } })
    : null;
  // The decoy has the same shape and parameters as a tip's hash: one argon2id either way.
  const matches = await verifyTipsterPassphrase(tip?.passphraseHash ?? TIPSTER_DECOY_HASH, passphraseDigits || 'not-a-passphrase');
  if (!tip || !matches) {
    if (attempt.lockedUntil && attempt.lockedUntil.getTime() > Date.now()) throw lockedOut();
    throw wrongCredentials();
  }
  await recordSuccess(key);
  return { id: tip.id, code: tip.code, passphraseDigits, tipsterPublicKey: tip.tipsterPublicKey, tipsterKeySalt: tip.tipsterKeySalt };
}
