/** The sanitised image of an attachment, decrypted. Callers authorise (and audit) first. */
import { blobStore } from './blob-store';

export function readAttachment(storageKey: string): Promise<Buffer> {
  return blobStore().get(storageKey);
}
