/**
 * Photos from a resident, from bytes to stored attachments: all are sanitised first (so one
 * bad file refuses the lot before anything is written), the sealed blobs are written before
 * the database transaction, and removed again if it fails: no blob without a row, no row
 * without a blob.
 */
import { AppError } from '@/lib/errors';
import type { Tx } from '@/lib/db/client';
import { log } from '@/lib/log';
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

/** Writes the blobs, runs `work` with them, and takes the blobs back if `work` throws. */
export async function withStoredPhotos<T>(images: readonly SanitisedImage[], work: (photos: StoredPhoto[]) => Promise<T>): Promise<T> {
  const store = blobStore();
  const stored: StoredPhoto[] = [];
  try {
    for (const image of images) {
      const storageKey = newStorageKey();
      await store.put(storageKey, image.data);
      stored.push({ ...image, storageKey });
    }
    return await work(stored);
  } catch (error) {
    await Promise.all(
      stored.map((photo) => store.remove(photo.storageKey).catch((removeError: unknown) => log.error({ err: removeError }, 'could not remove an orphaned photo blob'))),
    );
    throw error;
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
