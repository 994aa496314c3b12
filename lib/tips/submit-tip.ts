/**
 * A resident's tip from the JSON API or the report form, as named steps. Nothing about the
 * sender is accepted here (no request, header or address), so nothing can be stored; on any
 * error nothing is stored at all.
 */
import { enqueueUrgentTipAlert } from '@/lib/alerts/jobs';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { powDifficulty, verifyPow } from '@/lib/security/proof-of-work';
import type { SanitisedImage } from '@/lib/uploads/sanitise-image';
import { createAttachments, sanitisePhotos, withStoredPhotos } from '@/lib/uploads/store-photos';
import { coarseTime } from './coarse-time';
import { createTip, newTipsterCredentials, type Receipt, type TipsterCredentials } from './create-tip';
import { withProvinceAndDistrict } from './locate-tip';
import { type TipInput, tipInputSchema } from './schema';
import { claimUnverifiedPlace, refuseIfBudgetSpent } from './unverified-budget';
import { isUrgentTip } from './categories';

export interface SubmitTipOptions {
  /** The tip's fields as sent (JSON object or form fields already shaped), parsed with tipInputSchema. */
  fields: unknown;
  photos: Uint8Array[];
  /** The altcha solution (base64 payload), if the client solved one. */
  pow?: string | null;
  /** JSON API and JavaScript form: true. The no-JavaScript form: false (tip accepted, flagged). */
  requirePow: boolean;
  /** Aborts when the sender has gone: nothing is stored for them and their argon2id is skipped. */
  signal?: AbortSignal;
}

/**
 * Whether the tip carries a valid proof of work. A solution that is sent is always checked
 * (and spent); without one, the tip is refused only when the caller requires one.
 * POW_DIFFICULTY=0 checks nothing: tips count as verified where a solution would have been required.
 */
async function checkProofOfWork(pow: string | null | undefined, requirePow: boolean): Promise<boolean> {
  if (powDifficulty() === 0) return requirePow;
  if (pow) {
    if (!(await verifyPow(pow))) throw new AppError('BAD_REQUEST', 'intake.errors.powInvalid');
    return true;
  }
  if (requirePow) throw new AppError('BAD_REQUEST', 'intake.errors.powRequired');
  return false;
}

export async function submitTip(options: SubmitTipOptions): Promise<Receipt> {
  const powVerified = await checkProofOfWork(options.pow, options.requirePow);
  const input = withProvinceAndDistrict(tipInputSchema.parse(options.fields));
  if (!powVerified) await refuseIfBudgetSpent(coarseTime());
  const images = await sanitisePhotos(options.photos);
  // The memory-hard work before any database connection is taken (decision 0301).
  const credentials = await newTipsterCredentials(options.signal);
  // Nobody would see the receipt: store nothing.
  options.signal?.throwIfAborted();
  const receipt = await storeTip(input, images, { powVerified, credentials });
  // Officers are alerted within a minute (lib/alerts): the job carries the province only.
  if (isUrgentTip(input)) await enqueueUrgentTipAlert(input.provinceCode ?? null);
  return receipt;
}

/**
 * One statement, the tip with its keys (createTip), when nothing else must commit with it;
 * a transaction only for photos (rows committed after their blobs) or a tip without proof of
 * work (the budget's lock and count).
 */
async function storeTip(input: TipInput, images: SanitisedImage[], options: { powVerified: boolean; credentials: TipsterCredentials }): Promise<Receipt> {
  const receivedAt = coarseTime();
  if (images.length === 0 && options.powVerified) return createTip(db, input, { ...options, receivedAt });
  return withStoredPhotos(images, async (tx, photos) => {
    if (!options.powVerified) await claimUnverifiedPlace(tx, receivedAt);
    const receipt = await createTip(tx, input, { ...options, receivedAt });
    await createAttachments(tx, receipt.tipId, photos, receivedAt);
    return receipt;
  });
}
