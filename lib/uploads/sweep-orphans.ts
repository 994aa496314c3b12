/**
 * The orphan sweep: removes blobs that no attachment row names, and partial files of writes
 * that never finished (a process killed mid-write). It lists the store first, then takes the
 * photo store's lock exclusively: every writer holds it shared from before its first blob
 * until its rows commit (lib/uploads/store-photos.ts), so once the sweep holds it no listed
 * blob can still be waiting for its row. Keys are random and never reused, so a blob found
 * without a row then is an orphan for good. Run at every instance's start-up and hourly
 * (lib/jobs/jobs/sweep-uploads.ts).
 */
import { type Db, db as defaultDb } from '@/lib/db/client';
import { rawStore, type RawStore } from './blob-store';
import { PHOTO_STORE_LOCK } from './store-photos';

export interface SweepResult {
  blobs: number;
  removedBlobs: number;
  removedPartial: number;
}

export async function sweepOrphanBlobs(options: { client?: Db; store?: RawStore } = {}): Promise<SweepResult> {
  const client = options.client ?? defaultDb;
  const store = options.store ?? rawStore();
  const listing = await store.list();
  if (listing.keys.length === 0 && listing.temporary.length === 0) return { blobs: 0, removedBlobs: 0, removedPartial: 0 };
  const orphans = await client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${PHOTO_STORE_LOCK}))`;
      const known = new Set<string>();
      for (let start = 0; start < listing.keys.length; start += 10_000) {
        const batch = listing.keys.slice(start, start + 10_000);
        const rows = await tx.$queryRaw<{ storageKey: string }[]>`SELECT "storageKey" FROM "Attachment" WHERE "storageKey" = ANY(${batch})`;
        for (const row of rows) known.add(row.storageKey);
      }
      // Partial files are removed while the lock is held: no writer is mid-write now.
      for (const name of listing.temporary) await store.deleteTemporary(name);
      return listing.keys.filter((key) => !known.has(key));
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
  for (const key of orphans) await store.delete(key);
  return { blobs: listing.keys.length, removedBlobs: orphans.length, removedPartial: listing.temporary.length };
}
