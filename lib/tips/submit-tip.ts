/**
 * A resident's tip from the JSON API or the report form, as named steps. Nothing about the
 * sender is accepted here (no request, header or address), so nothing can be stored; on any
 * error nothing is stored at all.
 */
import { enqueueUrgentTipAlert } from '@/lib/alerts/jobs';
import { AppError } from '@/lib/errors';
import { powDifficulty, verifyPow } from '@/lib/security/proof-of-work';
import { createAttachments, sanitisePhotos, withStoredPhotos } from '@/lib/uploads/store-photos';
import { coarseTime } from './coarse-time';
import { createTip, newTipsterCredentials, type Receipt } from './create-tip';
import { withProvinceAndDistrict } from './locate-tip';
import { tipInputSchema } from './schema';
import { claimUnverifiedPlace, refuseIfBudgetSpent } from './unverified-budget';

export interface SubmitTipOptions {
  /** The tip's fields as sent (JSON object or form fields already shaped), parsed with tipInputSchema. */
  fields: unknown;
  photos: Uint8Array[];
  /** The altcha solution (base64 payload), if the client solved one. */
  pow?: string | null;
  /** JSON API and JavaScript form: true. The no-JavaScript form: false (tip accepted, flagged). */
  requirePow: boolean;
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
  const credentials = await newTipsterCredentials();
  return withStoredPhotos(images, async (tx, photos) => {
    const receivedAt = coarseTime();
    if (!powVerified) await claimUnverifiedPlace(tx, receivedAt);
    const receipt = await createTip(tx, input, { powVerified, receivedAt, credentials });
    await createAttachments(tx, receipt.tipId, photos, receivedAt);
    // Officers are alerted within a minute (lib/alerts): the job carries the province only.
    if (input.urgent || input.category === 'PERSON_HELD') await enqueueUrgentTipAlert(tx, input.provinceCode ?? null);
    return receipt;
  });
}
