import { describe, expect, it } from 'vitest';
import { db, poolSize } from '@/lib/db/client';
import { hashSecret } from '@/lib/security/password';
import { deriveTipsterKey } from '@/lib/tips/tipster-box';
import { checkTipsterCredentials } from '@/lib/tips/tipster-credentials';
import { submitTip } from '@/lib/tips/submit-tip';
import { AppError } from '@/lib/errors';

const fields = (marker: string) => ({
  category: 'SCAM_COMPOUND',
  description: `Walls, wire and guards at the gate; buses at night. ${marker}`,
  location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
  language: 'en',
});

describe('intake with one argon2id (decisions 0300, 0301)', () => {
  it('stores a tip without photos whose passphrase checks on /status', async () => {
    const receipt = await submitTip({ fields: fields(`kdf-${Date.now()}`), photos: [], requirePow: true });
    const tip = await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId } });
    expect(tip.passphraseHash.startsWith('$ee-tipster$v=1$')).toBe(true);
    const checked = await checkTipsterCredentials({ code: receipt.code, passphrase: receipt.passphrase });
    expect(checked.id).toBe(receipt.tipId);
    const wrong = receipt.passphrase.replace(/^\d/, (digit) => String((Number(digit) + 1) % 10));
    await expect(checkTipsterCredentials({ code: receipt.code, passphrase: wrong })).rejects.toBeInstanceOf(AppError);
  });

  it('still lets in a tipster whose tip was stored with the old $argon2id$ hash and key salt', async () => {
    const receipt = await submitTip({ fields: fields(`legacy-${Date.now()}`), photos: [], requirePow: true });
    const digits = receipt.passphrase.replace(/\D/g, '');
    const legacyKey = await deriveTipsterKey(digits);
    await db.tip.update({
      where: { id: receipt.tipId },
      data: { passphraseHash: await hashSecret(digits), tipsterPublicKey: legacyKey.publicKey, tipsterKeySalt: legacyKey.salt },
    });
    const checked = await checkTipsterCredentials({ code: receipt.code, passphrase: receipt.passphrase });
    expect(checked.tipsterKeySalt).toBe(legacyKey.salt);
  });

  it('sizes the pool from the cores unless DATABASE_POOL_MAX says otherwise', () => {
    expect(poolSize(2, undefined)).toBe(6);
    expect(poolSize(1, undefined)).toBe(4);
    expect(poolSize(64, undefined)).toBe(20);
    expect(poolSize(2, '3')).toBe(3);
    expect(poolSize(2, 'nonsense')).toBe(6);
  });
});
