import { verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { decoyHash } from '@/lib/security/password';
import { deriveTipsterSecrets, TIPSTER_DECOY_HASH } from '@/lib/security/tipster-kdf';

describe('decoy hashes', () => {
  it('the staff decoy is a well-formed argon2id hash with the real parameters, so verifying it does the full work', async () => {
    const decoy = await decoyHash();
    expect(decoy).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    // A malformed string would throw at once instead of hashing.
    await expect(verify(decoy, 'any-password')).resolves.toBe(false);
  });

  it('the tipster decoy has the shape and parameters of a real tip hash, and matches nothing', async () => {
    const real = await deriveTipsterSecrets('1234567890123456');
    const shape = (hash: string) => hash.replace(/\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, '');
    expect(shape(TIPSTER_DECOY_HASH)).toBe(shape(real.passphraseHash));
    expect(TIPSTER_DECOY_HASH).toMatch(/^\$ee-tipster\$v=1\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
  });
});
