/**
 * What a tip needs from the tipster's passphrase, from ONE argon2id computation
 * (docs/decisions/0300-one-argon2id-per-tip.md):
 *
 *   master   = argon2id(passphrase digits, salt)                  (19 MiB, t=2, p=1, 32 bytes)
 *   verifier = HKDF-SHA256(master, salt, "eyes-and-ears:tipster-verifier:v1", 32)
 *   box seed = HKDF-SHA256(master, salt, "eyes-and-ears:tipster-box-key:v1", 32)  -> X25519 key
 *
 * HKDF-Expand with distinct info labels gives independent pseudo-random outputs: the stored
 * verifier says nothing about the box key (and so nothing about what is sealed to the tipster),
 * and the public key says nothing about the verifier. Both still need the argon2id work per guess.
 *
 * Stored shapes:
 *   passphraseHash  `$ee-tipster$v=1$m=19456,t=2,p=1$<salt b64>$<verifier b64>`
 *   tipsterKeySalt  `kdf1:<salt b64>` (the same salt; the prefix says the seed went through HKDF)
 * Rows written before this (`$argon2id$...` hashes and a bare base64 salt whose argon2id output
 * was the X25519 seed itself) still verify and still open: see verifyTipsterPassphrase and
 * tipsterBoxSeed.
 */
import { createPrivateKey, createPublicKey, hkdfSync, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { withArgon2Slot } from './argon2-slots';
import { countArgon2, verifySecret } from './password';

const ARGON2ID = 2;
export const TIPSTER_KDF_PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const PREFIX = '$ee-tipster$v=1$';
const SALT_PREFIX = 'kdf1:';
const VERIFIER_INFO = Buffer.from('eyes-and-ears:tipster-verifier:v1');
const BOX_INFO = Buffer.from('eyes-and-ears:tipster-box-key:v1');

// X25519 keys to and from their 32 raw bytes as JWK (RFC 8037), not PKCS#8/SPKI DER: Node
// imports a JWK's bytes directly, while DER goes through OpenSSL 3's decoder search, which
// took ~1.4 ms of the main thread per tip on the loaded 2-core machine against ~0.15 ms
// (docs/BENCHMARKS.md). A private JWK needs an `x` string, which Node does not read: the
// public key is derived from `d` (checked against RFC 7748's test vector in the unit tests).
const jwk = (raw: Buffer, part: 'd' | 'x') => ({ kty: 'OKP', crv: 'X25519', x: '', [part]: raw.toString('base64url') });
export const x25519PrivateKey = (seed: Buffer): KeyObject => createPrivateKey({ key: jwk(seed, 'd'), format: 'jwk' });
export const rawPublicKey = (key: KeyObject): Buffer => Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url');
export const publicKeyFromRaw = (raw: Buffer): KeyObject => createPublicKey({ key: jwk(raw, 'x'), format: 'jwk' });

interface Params {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

const argon2idRaw = (digits: string, salt: Buffer, params: Params = TIPSTER_KDF_PARAMS, signal?: AbortSignal): Promise<Buffer> =>
  withArgon2Slot(() => countArgon2(() => hashRaw(digits, { algorithm: ARGON2ID, ...params, outputLen: 32, salt })), signal);

const expand = (master: Buffer, salt: Buffer, info: Buffer) => Buffer.from(hkdfSync('sha256', master, salt, info, 32));

/** The two independent outputs of one master secret (exported for the tests). */
export function splitMaster(master: Buffer, salt: Buffer): { verifier: Buffer; boxSeed: Buffer } {
  return { verifier: expand(master, salt, VERIFIER_INFO), boxSeed: expand(master, salt, BOX_INFO) };
}

export interface TipsterSecrets {
  passphraseHash: string;
  tipsterPublicKey: string;
  tipsterKeySalt: string;
}

/**
 * What an unknown tip code is checked against: the shape and parameters of a real tip's hash
 * with a random verifier nothing derives, so it never matches and costs exactly the argon2id
 * of a real check (no hashing when it is made, unlike a lazily hashed decoy).
 */
export const TIPSTER_DECOY_HASH = (() => {
  const { memoryCost: m, timeCost: t, parallelism: p } = TIPSTER_KDF_PARAMS;
  return `${PREFIX}m=${m},t=${t},p=${p}$${randomBytes(16).toString('base64')}$${randomBytes(32).toString('base64')}`;
})();

/**
 * One argon2id: the stored verifier and the public half of the tipster's sealing key. Skipped
 * (throwing the signal's reason) if `signal` aborts before its argon2 slot comes.
 */
export async function deriveTipsterSecrets(passphraseDigits: string, salt: Buffer = randomBytes(16), signal?: AbortSignal): Promise<TipsterSecrets> {
  return secretsFromMaster(await argon2idRaw(passphraseDigits, salt, TIPSTER_KDF_PARAMS, signal), salt);
}

/** What is stored of a master secret (exported for the instance's warm-up, lib/perf/warm-up.ts). */
export function secretsFromMaster(master: Buffer, salt: Buffer): TipsterSecrets {
  const { verifier, boxSeed } = splitMaster(master, salt);
  const publicKey = rawPublicKey(createPublicKey(x25519PrivateKey(boxSeed)));
  const { memoryCost: m, timeCost: t, parallelism: p } = TIPSTER_KDF_PARAMS;
  return {
    passphraseHash: `${PREFIX}m=${m},t=${t},p=${p}$${salt.toString('base64')}$${verifier.toString('base64')}`,
    tipsterPublicKey: publicKey.toString('base64'),
    tipsterKeySalt: `${SALT_PREFIX}${salt.toString('base64')}`,
  };
}

function parseHash(stored: string): { params: Params; salt: Buffer; verifier: Buffer } | null {
  if (!stored.startsWith(PREFIX)) return null;
  const [paramText, saltText, verifierText] = stored.slice(PREFIX.length).split('$');
  const match = /^m=(\d+),t=(\d+),p=(\d+)$/.exec(paramText ?? '');
  if (!match || !saltText || !verifierText) return null;
  return {
    params: { memoryCost: Number(match[1]), timeCost: Number(match[2]), parallelism: Number(match[3]) },
    salt: Buffer.from(saltText, 'base64'),
    verifier: Buffer.from(verifierText, 'base64'),
  };
}

/**
 * Checks a passphrase against either stored shape: the one-argon2id verifier above, or a
 * plain `$argon2id$` PHC hash (rows from before decision 0300, and the decoy hash). The same
 * work either way: one argon2id with the same parameters.
 */
export async function verifyTipsterPassphrase(storedHash: string, passphraseDigits: string): Promise<boolean> {
  const parsed = parseHash(storedHash);
  if (!parsed) return withArgon2Slot(() => verifySecret(storedHash, passphraseDigits));
  try {
    const master = await argon2idRaw(passphraseDigits, parsed.salt, parsed.params);
    const { verifier } = splitMaster(master, parsed.salt);
    return verifier.length === parsed.verifier.length && timingSafeEqual(verifier, parsed.verifier);
  } catch {
    return false;
  }
}

/** The X25519 seed of the tipster's sealing key, for either stored salt shape. */
export async function tipsterBoxSeed(passphraseDigits: string, tipsterKeySalt: string): Promise<Buffer> {
  if (tipsterKeySalt.startsWith(SALT_PREFIX)) {
    const salt = Buffer.from(tipsterKeySalt.slice(SALT_PREFIX.length), 'base64');
    return splitMaster(await argon2idRaw(passphraseDigits, salt), salt).boxSeed;
  }
  // Before decision 0300: a separate argon2id whose output was the seed itself.
  return argon2idRaw(passphraseDigits, Buffer.from(tipsterKeySalt, 'base64'));
}
