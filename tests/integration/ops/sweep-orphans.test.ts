import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-sweep-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/lib/db/client';
import { newStorageKey } from '@/lib/uploads/blob-store';
import { createAttachments, PHOTO_STORE_LOCK, sanitisePhotos, withStoredPhotos } from '@/lib/uploads/store-photos';
import { sweepOrphanBlobs } from '@/lib/uploads/sweep-orphans';
import { submitTip } from '@/lib/tips/submit-tip';
import { jpegOf } from '../../helpers/images';

const fields = () => ({
  category: 'SCAM_COMPOUND',
  description: 'Tall walls with wire, guards at the gate, buses arrive at night with new workers.',
  location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
  provinceCode: 'KH-18',
  language: 'km',
});

const files = () =>
  existsSync(uploadDir)
    ? readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir, path.join(entry.parentPath, entry.name)))
    : [];

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('orphan photo sweep', () => {
  it('removes blobs without a row and partial files, and keeps every blob of a stored tip', async () => {
    const receipt = await submitTip({ fields: fields(), photos: [await jpegOf(1), await jpegOf(2)], requirePow: false });
    const kept = await db.attachment.findMany({ where: { tipId: receipt.tipId }, select: { storageKey: true } });
    mkdirSync(path.join(uploadDir, 'p'), { recursive: true });
    const orphan = newStorageKey();
    writeFileSync(path.join(uploadDir, `${orphan}.bin`), 'sealed bytes of a tip that never committed');
    writeFileSync(path.join(uploadDir, `${newStorageKey()}.bin.0a1b2c3d4e5f.tmp`), 'half a blob');

    const result = await sweepOrphanBlobs();

    expect(result.removedBlobs).toBeGreaterThanOrEqual(1);
    expect(result.removedPartial).toBe(1);
    expect(files().sort()).toEqual(kept.map((row) => `${row.storageKey}.bin`).sort());
  });

  it('waits for a tip whose photos are written but whose rows have not committed yet, and keeps them', async () => {
    const images = await sanitisePhotos([await jpegOf(3)]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let written: string[] = [];
    const tipId = (await submitTip({ fields: fields(), photos: [], requirePow: false })).tipId;
    const writing = withStoredPhotos(images, async (tx, photos) => {
      written = photos.map((photo) => photo.storageKey);
      await gate;
      await createAttachments(tx, tipId, photos, new Date());
    });
    await waitFor(async () => written.length === 1 && files().includes(`${written[0]}.bin`), 'the blob to be written');

    const sweeping = sweepOrphanBlobs();
    // The sweep is blocked on the photo store lock while the writer holds it.
    await waitFor(async () => {
      const waiting = await db.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_locks
         WHERE locktype = 'advisory' AND NOT granted AND mode = 'ExclusiveLock'
           AND objid::text::bigint = (hashtext(${PHOTO_STORE_LOCK})::bigint & 4294967295)`;
      return waiting[0]!.n >= 1;
    }, 'the sweep to wait for the lock');
    release();
    await writing;
    await sweeping;

    expect(files()).toContain(`${written[0]}.bin`);
    expect(await db.attachment.count({ where: { storageKey: written[0]! } })).toBe(1);
  });

  it('takes back the blobs of a transaction that fails', async () => {
    const images = await sanitisePhotos([await jpegOf(4)]);
    const before = files();
    await expect(
      withStoredPhotos(images, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(files()).toEqual(before);
  });
});
