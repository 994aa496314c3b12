/**
 * A sealed box only the tipster can open. At intake an X25519 key pair is derived from the
 * passphrase (argon2id, per-tip salt, then HKDF: lib/security/tipster-kdf.ts, decision 0300)
 * and only the public key is stored. Anything the
 * programme must hand to the tipster and nobody else (the reward voucher code) is sealed to
 * that key: the database, the operators and the settings key cannot open it; the tipster's
 * passphrase, entered on /status, can.
 */
import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { countArgon2 } from '@/lib/security/password';
import { publicKeyFromRaw as publicFromRaw, rawPublicKey as rawPublic, tipsterBoxSeed, x25519PrivateKey } from '@/lib/security/tipster-kdf';

const ARGON2ID = 2;
const INFO = Buffer.from('eyes-and-ears:tipster-box:v1');

export interface TipsterKey {
  publicKey: string;
  salt: string;
}

const privateKeyFrom = async (passphraseDigits: string, tipsterKeySalt: string): Promise<KeyObject> =>
  x25519PrivateKey(await tipsterBoxSeed(passphraseDigits, tipsterKeySalt));

/**
 * The key shape of rows written before decision 0300 (a second argon2id whose output is the
 * seed). Intake no longer calls it (deriveTipsterSecrets does both from one); kept so the
 * old shape stays tested and old rows keep opening.
 */
export async function deriveTipsterKey(passphraseDigits: string): Promise<TipsterKey> {
  const salt = randomBytes(16);
  const seed = await countArgon2(() => hashRaw(passphraseDigits, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32, salt }));
  const privateKey = x25519PrivateKey(seed);
  return { publicKey: rawPublic(createPublicKey(privateKey)).toString('base64'), salt: salt.toString('base64') };
}

function boxKey(shared: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, recipientPublic]), INFO, 32));
}

/** ephemeral public key (32) | iv (12) | tag (16) | ciphertext, base64. */
export function sealForTipster(publicKey: string, plaintext: string): string {
  const recipientRaw = Buffer.from(publicKey, 'base64');
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralRaw = rawPublic(ephemeral.publicKey);
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicFromRaw(recipientRaw) });
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', boxKey(shared, ephemeralRaw, recipientRaw), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([ephemeralRaw, iv, cipher.getAuthTag(), body]).toString('base64');
}

/** Opens a sealed box with the passphrase; null when it does not open (wrong key or tampered). */
export async function openAsTipster(passphraseDigits: string, key: TipsterKey, sealed: string): Promise<string | null> {
  try {
    const bytes = Buffer.from(sealed, 'base64');
    const ephemeralRaw = bytes.subarray(0, 32);
    const iv = bytes.subarray(32, 44);
    const tag = bytes.subarray(44, 60);
    const privateKey = await privateKeyFrom(passphraseDigits, key.salt);
    const shared = diffieHellman({ privateKey, publicKey: publicFromRaw(ephemeralRaw) });
    const decipher = createDecipheriv('aes-256-gcm', boxKey(shared, ephemeralRaw, Buffer.from(key.publicKey, 'base64')), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(bytes.subarray(60)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
