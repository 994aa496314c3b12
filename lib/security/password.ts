/** argon2id for staff passwords and tipster passphrases (OWASP's 19 MiB, t=2 profile). */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let argon2Computations = 0;

/** Every argon2 computation goes through here, so the tests can assert on work done, not time. */
export async function countArgon2<T>(work: () => Promise<T>): Promise<T> {
  argon2Computations += 1;
  return work();
}

/** How many argon2 computations this process has run (for the tests). */
export const argon2WorkDone = () => argon2Computations;

export const hashSecret = (secret: string) => countArgon2(() => hash(secret.normalize('NFKC'), OPTIONS));

export async function verifySecret(storedHash: string, secret: string): Promise<boolean> {
  try {
    return await countArgon2(() => verify(storedHash, secret.normalize('NFKC')));
  } catch {
    return false;
  }
}

/**
 * What to verify against when the account does not exist, so timing says nothing: the
 * parameters of a real hash with a random output nothing hashes to. Built without hashing, so
 * the first unknown email costs one argon2 like every other attempt, not two.
 */
const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
const DECOY = `$argon2id$v=19$m=${OPTIONS.memoryCost},t=${OPTIONS.timeCost},p=${OPTIONS.parallelism}$${b64(randomBytes(16))}$${b64(randomBytes(32))}`;
export const decoyHash = async () => DECOY;
