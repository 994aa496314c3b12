/** Time-based one-time codes (RFC 6238, 30 s, 6 digits) via otplib, with replay protection. */
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

const PERIOD = 30;
/** One step either side forgives a phone clock that is up to 30 s off. */
const TOLERANCE_S = PERIOD;

export const newTotpSecret = () => generateSecret({ length: 20 });

export const currentStep = (epochSeconds = Math.floor(Date.now() / 1000)) => Math.floor(epochSeconds / PERIOD);

/** The accepted time step, or null. A step at or before `lastStep` is refused (replayed code). */
export async function verifyTotp(secret: string, code: string, lastStep: number | null, epochSeconds = Math.floor(Date.now() / 1000)): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({
    secret,
    token,
    epoch: epochSeconds,
    epochTolerance: TOLERANCE_S,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  if (!result.valid) return null;
  return currentStep(epochSeconds) + ((result as { delta?: number }).delta ?? 0);
}

export async function enrolmentQr(email: string, secret: string): Promise<{ uri: string; dataUrl: string }> {
  const uri = generateURI({ issuer: 'Eyes & Ears', label: email, secret, period: PERIOD });
  return { uri, dataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}
