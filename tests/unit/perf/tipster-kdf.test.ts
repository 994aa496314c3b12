import { createHmac, createPublicKey, diffieHellman } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { deriveTipsterSecrets, publicKeyFromRaw, rawPublicKey, splitMaster, tipsterBoxSeed, verifyTipsterPassphrase, x25519PrivateKey } from '@/lib/security/tipster-kdf';
import { deriveTipsterKey, openAsTipster, sealForTipster } from '@/lib/tips/tipster-box';

const SALT = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');

describe('one argon2id per tip (decision 0300)', () => {
  it('makes X25519 keys from raw bytes as RFC 7748 says (its section 6.1 test vector)', () => {
    const hex = (text: string) => Buffer.from(text, 'hex');
    const alice = x25519PrivateKey(hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'));
    const bob = x25519PrivateKey(hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb'));
    expect(rawPublicKey(createPublicKey(alice)).toString('hex')).toBe('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
    expect(rawPublicKey(createPublicKey(bob)).toString('hex')).toBe('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f');
    const bobPublic = publicKeyFromRaw(hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'));
    // The secret both sides share.
    expect(diffieHellman({ privateKey: alice, publicKey: bobPublic }).toString('hex')).toBe('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
  });

  it('gives the same verifier and key for the same passphrase and salt, and different ones otherwise', async () => {
    const a = await deriveTipsterSecrets('1234567890123456', SALT);
    const b = await deriveTipsterSecrets('1234567890123456', SALT);
    expect(b).toEqual(a);
    expect(a.passphraseHash).toMatch(/^\$ee-tipster\$v=1\$m=19456,t=2,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]{44}$/);
    expect(a.tipsterKeySalt).toBe(`kdf1:${SALT.toString('base64')}`);
    const other = await deriveTipsterSecrets('1234567890123457', SALT);
    expect(other.passphraseHash).not.toBe(a.passphraseHash);
    expect(other.tipsterPublicKey).not.toBe(a.tipsterPublicKey);
    const fresh = await deriveTipsterSecrets('1234567890123456');
    expect(fresh.passphraseHash).not.toBe(a.passphraseHash);
  });

  it('splits one master into two outputs that differ and neither of which gives the other', () => {
    const master = Buffer.alloc(32, 7);
    const { verifier, boxSeed } = splitMaster(master, SALT);
    expect(verifier).toHaveLength(32);
    expect(boxSeed).toHaveLength(32);
    expect(verifier.equals(boxSeed)).toBe(false);
    expect(verifier.equals(master)).toBe(false);
    expect(boxSeed.equals(master)).toBe(false);
    // Neither output is a function of the other: each is HKDF-Expand of the master with its own
    // label, so feeding one output in as the key yields something else entirely.
    const { verifier: fromSeed, boxSeed: seedFromSeed } = splitMaster(boxSeed, SALT);
    const { verifier: fromVerifier, boxSeed: seedFromVerifier } = splitMaster(verifier, SALT);
    for (const guess of [fromSeed, seedFromSeed, fromVerifier, seedFromVerifier]) {
      expect(guess.equals(verifier)).toBe(false);
      expect(guess.equals(boxSeed)).toBe(false);
    }
    // And they are the HKDF-Expand blocks of RFC 5869 with the two labels (first block: T(1)).
    const prk = createHmac('sha256', SALT).update(master).digest();
    const t1 = (info: string) => createHmac('sha256', prk).update(Buffer.concat([Buffer.from(info), Buffer.from([1])])).digest();
    expect(verifier.equals(t1('eyes-and-ears:tipster-verifier:v1'))).toBe(true);
    expect(boxSeed.equals(t1('eyes-and-ears:tipster-box-key:v1'))).toBe(true);
  });

  it('verifies the passphrase that made it and nothing else, and the stored hash does not hold the box key', async () => {
    const secrets = await deriveTipsterSecrets('5555444433332222');
    expect(await verifyTipsterPassphrase(secrets.passphraseHash, '5555444433332222')).toBe(true);
    expect(await verifyTipsterPassphrase(secrets.passphraseHash, '5555444433332223')).toBe(false);
    expect(await verifyTipsterPassphrase(secrets.passphraseHash.replace(/.\$/, 'A$'), '5555444433332222')).toBe(false);
    const seed = await tipsterBoxSeed('5555444433332222', secrets.tipsterKeySalt);
    expect(secrets.passphraseHash).not.toContain(seed.toString('base64'));
    // Sealed to the public key, opened with the passphrase: the key pair is the HKDF one.
    const sealed = sealForTipster(secrets.tipsterPublicKey, 'VOUCHER-NEW-1');
    expect(await openAsTipster('5555444433332222', { publicKey: secrets.tipsterPublicKey, salt: secrets.tipsterKeySalt }, sealed)).toBe('VOUCHER-NEW-1');
    expect(await openAsTipster('5555444433332223', { publicKey: secrets.tipsterPublicKey, salt: secrets.tipsterKeySalt }, sealed)).toBeNull();
  });

  it('still verifies $argon2id$ rows and still opens boxes sealed to keys of the old shape', async () => {
    const legacyHash = await hash('1111222233334444', { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(legacyHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyTipsterPassphrase(legacyHash, '1111222233334444')).toBe(true);
    expect(await verifyTipsterPassphrase(legacyHash, '1111222233334445')).toBe(false);
    const legacyKey = await deriveTipsterKey('1111222233334444');
    expect(legacyKey.salt.startsWith('kdf1:')).toBe(false);
    const sealed = sealForTipster(legacyKey.publicKey, 'VOUCHER-OLD-1');
    expect(await openAsTipster('1111222233334444', legacyKey, sealed)).toBe('VOUCHER-OLD-1');
  });

  it('refuses malformed stored hashes instead of throwing', async () => {
    expect(await verifyTipsterPassphrase('$ee-tipster$v=1$m=x$$', '1')).toBe(false);
    expect(await verifyTipsterPassphrase('not a hash', '1')).toBe(false);
  });
});
