/** argon2id for staff passwords and tipster passphrases (OWASP's 19 MiB, t=2 profile). */
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashSecret = (secret: string) => hash(secret.normalize('NFKC'), OPTIONS);

export async function verifySecret(storedHash: string, secret: string): Promise<boolean> {
  try {
    return await verify(storedHash, secret.normalize('NFKC'));
  } catch {
    return false;
  }
}

/** A real hash to verify against when the account or tip does not exist, so timing says nothing. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashSecret('decoy-secret-never-matches'));
