/**
 * Authenticated encryption (AES-256-GCM) with the settings key, for data at rest that must
 * be unreadable in a copied folder, bucket or database dump (photos, TOTP secrets).
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { requireSetting } from '@/lib/env';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function dataKey(purpose: string): Buffer {
  // One settings key, a separate derived key per purpose.
  return createHmac('sha256', Buffer.from(requireSetting('DATA_KEY'), 'base64')).update(`eyes-and-ears:${purpose}`).digest();
}

/** version(1) | iv(12) | tag(16) | ciphertext; `purpose` binds the data to its use. */
export function seal(plain: Buffer, purpose: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dataKey(purpose), iv);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function open(sealed: Buffer, purpose: string): Buffer {
  if (sealed[0] !== VERSION) throw new Error('unknown sealed-data version');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', dataKey(purpose), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]);
}

export const sealText = (text: string, purpose: string) => seal(Buffer.from(text, 'utf8'), purpose).toString('base64');
export const openText = (sealed: string, purpose: string) => open(Buffer.from(sealed, 'base64'), purpose).toString('utf8');

/** Keyed hash for lookups of secrets we must not store in the clear (throttle keys). */
export const keyedHash = (value: string, purpose: string) => createHmac('sha256', dataKey(purpose)).update(value).digest('hex');

export const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
