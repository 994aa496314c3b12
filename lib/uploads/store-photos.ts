/**
 * Photos from a resident, from bytes to stored attachments: all are sanitised first (so one
 * bad file refuses the lot before anything is written), then, inside the database
 * transaction that writes their rows and holding the photo store's shared lock, the sealed
 * blobs are written (each flushed to disk); the rows commit after them. If the transaction
 * fails the blobs are removed again; if the process dies instead, the orphan sweep
 * (lib/uploads/sweep-orphans.ts), which takes the same lock exclusively, removes them. So an
 * acknowledged tip has all its photos and nothing else stays behind
 * (docs/decisions/0201-crash-safe-photos.md).
 */
import { AppError } from '@/lib/errors';
import { db, type Tx } from '@/lib/db/client';
import { residentLog } from '@/lib/log';
import { blobStore, newStorageKey } from './blob-store';
import { MAX_PHOTOS } from './limits';
import { sanitiseImage, type SanitisedImage } from './sanitise-image';

export interface StoredPhoto extends SanitisedImage {
  storageKey: string;
}

export async function sanitisePhotos(photos: readonly Uint8Array[]): Promise<SanitisedImage[]> {
  if (photos.length > MAX_PHOTOS) throw new AppError('BAD_REQUEST', 'uploads.errors.tooMany');
  const out: SanitisedImage[] = [];
  // One at a time: a decoded photo can take ~50 MB and a phone upload is never in a hurry.
  for (const photo of photos) out.push(await sanitiseImage(photo));
  return out;
}

/** Held shared by every writer of photos until its rows commit, exclusively by the sweep. */
export const PHOTO_STORE_LOCK = 'eyes-and-ears:photo-store';

export async function holdPhotoWriteLock(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(hashtext(${PHOTO_STORE_LOCK}))`;
}

/**
 * Opens a transaction, writes the blobs in it (under the shared lock), runs `work` with the
 * transaction and the stored photos, and commits. On failure, the blobs that have no row
 * are taken back (a row that did commit keeps its blob).
 */
export async function withStoredPhotos<T>(
  images: readonly SanitisedImage[],
  work: (tx: Tx, photos: StoredPhoto[]) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  const store = blobStore();
  const stored: StoredPhoto[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        if (images.length > 0) await holdPhotoWriteLock(tx);
        for (const image of images) {
          const storageKey = newStorageKey();
          stored.push({ ...image, storageKey });
          await store.put(storageKey, image.data);
        }
        return work(tx, stored);
      },
      { timeout: options.timeout ?? 20_000 },
    );
  } catch (error) {
    if (stored.length > 0) await takeBack(stored.map((photo) => photo.storageKey));
    throw error;
  }
}

/** Removes blobs whose rows did not commit; if the database cannot say, the sweep will. */
async function takeBack(keys: string[]): Promise<void> {
  const store = blobStore();
  try {
    const kept = new Set((await db.attachment.findMany({ where: { storageKey: { in: keys } }, select: { storageKey: true } })).map((row) => row.storageKey));
    await Promise.all(keys.filter((key) => !kept.has(key)).map((key) => store.remove(key)));
  } catch (error) {
    // Photos come from residents only (a tip or a reply).
    residentLog.error({ err: error }, 'could not remove orphaned photo blobs; the orphan sweep will');
  }
}

export async function createAttachments(tx: Tx, tipId: string, photos: readonly StoredPhoto[], at: Date, messageId: string | null = null): Promise<void> {
  if (photos.length === 0) return;
  await tx.attachment.createMany({
    data: photos.map((photo) => ({
      tipId,
      messageId,
      storageKey: photo.storageKey,
      mimeType: photo.mimeType,
      width: photo.width,
      height: photo.height,
      sizeBytes: photo.data.byteLength,
      sha256: photo.sha256,
      phash: photo.phash,
      createdAt: at,
    })),
  });
}
