/**
 * Solves the server's proof-of-work challenge (GET /api/v1/pow, ALTCHA format) in the
 * browser: find the number n with SHA-256(salt + n) = challenge. Runs in chunks on the main
 * thread with crypto.subtle, yielding between chunks so the page stays responsive; nothing
 * is sent anywhere but this origin. null when no challenge is needed or it cannot be solved:
 * the tip is then sent like one from a browser without JavaScript.
 */
interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number;
  maxNumber?: number;
  salt: string;
  signature: string;
}

const CHUNK = 2_000;
const hex = (buffer: ArrayBuffer) => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

export async function solveProofOfWork(url = '/api/v1/pow'): Promise<string | null> {
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) return null;
    const challenge = (await response.json()) as Challenge | null;
    if (!challenge?.challenge || !challenge.salt) return null;
    const limit = challenge.maxnumber ?? challenge.maxNumber ?? 1_000_000;
    const encoder = new TextEncoder();
    for (let number = 0; number <= limit; number++) {
      const digest = hex(await crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + number)));
      if (digest === challenge.challenge) {
        return btoa(JSON.stringify({ algorithm: challenge.algorithm, challenge: challenge.challenge, number, salt: challenge.salt, signature: challenge.signature }));
      }
      if (number % CHUNK === CHUNK - 1) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return null;
  } catch {
    return null;
  }
}
