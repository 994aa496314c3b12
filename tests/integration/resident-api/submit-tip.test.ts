import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

// Each test file runs in its own process: this folder is the blob store of this file only.
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { readAttachment } from '@/lib/uploads/read-attachment';
import { submitTip } from '@/lib/tips/submit-tip';
import { CAMERA_TEXT, GPS_TEXT, heicStandIn, jpegOf, jpegWithGps, pngBombHeader, scene } from '../../helpers/images';


// Other test files share the database: rows are counted by this file's marker only.
const MARKER = `submit-tip-test-${process.pid}-${Date.now()}`;

const fields = (overrides: Record<string, unknown> = {}) => ({
  category: 'SCAM_COMPOUND',
  description: `Tall walls with wire, guards at the gate, buses arrive at night with new workers. ${MARKER}`,
  location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
  provinceCode: 'KH-18',
  language: 'km',
  ...overrides,
});

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

const mine = { description: { contains: MARKER } };
const counts = async () => ({
  tips: await db.tip.count({ where: mine }),
  attachments: await db.attachment.count({ where: { tip: mine } }),
  files: filesIn(uploadDir).length,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('submitTip', () => {
  it('stores the tip and its sanitised photos in one go and returns a receipt', async () => {
    const before = await counts();
    const receipt = await submitTip({ fields: fields({ indicators: ['guards'] }), photos: [await jpegOf(11), await (await scene(12)).png().toBuffer()], requirePow: true });
    expect(receipt.code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(receipt.passphrase).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);

    const tip = await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId }, include: { attachments: true } });
    expect(tip).toMatchObject({ code: receipt.code, category: 'SCAM_COMPOUND', provinceCode: 'KH-18', language: 'km', powVerified: true, indicators: ['guards'] });
    expect(tip.receivedAt.getTime() % 3_600_000).toBe(0);
    expect(tip.passphraseHash).toMatch(/^\$ee-tipster\$v=1\$/); // one argon2id, two HKDF outputs (decision 0300)
    expect(tip.tipsterKeySalt).toMatch(/^kdf1:/);
    expect(tip.attachments).toHaveLength(2);
    for (const attachment of tip.attachments) {
      expect(attachment).toMatchObject({ mimeType: 'image/jpeg', width: 800, height: 600, messageId: null });
      expect(attachment.phash).toMatch(/^[0-9a-f]{16}$/);
      expect(attachment.createdAt.getTime() % 3_600_000).toBe(0);
      const image = await readAttachment(attachment.storageKey);
      expect(image.byteLength).toBe(attachment.sizeBytes);
      expect((await sharp(image).metadata()).format).toBe('jpeg');
    }
    expect(await counts()).toEqual({ tips: before.tips + 1, attachments: before.attachments + 2, files: before.files + 2 });
  });

  it('strips every piece of metadata: a GPS-tagged photo comes back with none', async () => {
    const original = await jpegWithGps(21);
    const originalMeta = await sharp(original).metadata();
    expect(originalMeta.exif).toBeDefined();
    expect(originalMeta.icc).toBeDefined();
    expect(original.includes(GPS_TEXT)).toBe(true);

    const receipt = await submitTip({ fields: fields(), photos: [original], requirePow: true });
    const [attachment] = await db.attachment.findMany({ where: { tipId: receipt.tipId } });
    const stored = await readAttachment(attachment!.storageKey);
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    for (const needle of ['Exif', 'http://ns.adobe.com/xap', 'Photoshop 3.0', 'ICC_PROFILE', GPS_TEXT, CAMERA_TEXT]) {
      expect(stored.includes(needle), `stored photo contains ${needle}`).toBe(false);
    }
    expect(stored.equals(original)).toBe(false);

    // On disk the blob is sealed: not a JPEG, and none of the original's text.
    const onDisk = filesIn(uploadDir).map((file) => readFileSync(file));
    expect(onDisk.length).toBeGreaterThan(0);
    for (const blob of onDisk) {
      expect(blob.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
      expect(blob.includes('JFIF')).toBe(false);
      expect(blob.includes(GPS_TEXT)).toBe(false);
    }
    for (const file of filesIn(uploadDir)) expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('accepts WebP and AVIF by their content, whatever they claim to be, and stores JPEG', async () => {
    const webp = await (await scene(35)).webp().toBuffer();
    const avif = await (await scene(36)).avif().toBuffer();
    const receipt = await submitTip({ fields: fields(), photos: [webp, avif], requirePow: true });
    const attachments = await db.attachment.findMany({ where: { tipId: receipt.tipId } });
    expect(attachments.map((attachment) => attachment.mimeType)).toEqual(['image/jpeg', 'image/jpeg']);
    for (const attachment of attachments) expect((await sharp(await readAttachment(attachment.storageKey)).metadata()).format).toBe('jpeg');
  });

  it('turns photos upright and scales big ones down to 2048 px', async () => {
    const tall = await (await scene(31, { width: 3000, height: 1000 })).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const receipt = await submitTip({ fields: fields(), photos: [tall], requirePow: true });
    const [attachment] = await db.attachment.findMany({ where: { tipId: receipt.tipId } });
    // Orientation 6 means "rotate 90°": the stored picture is upright, 683 x 2048.
    expect(attachment).toMatchObject({ width: 683, height: 2048 });
  });

  const hostile: Array<[string, () => Promise<Uint8Array>, number, string]> = [
    ['a non-image (PDF)', async () => Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'), 415, 'uploads.errors.notImage'],
    ['an SVG with a script', async () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 415, 'uploads.errors.notImage'],
    ['a truncated JPEG', async () => (await jpegOf(41)).subarray(0, 3_000), 400, 'uploads.errors.corrupt'],
    ['a JPEG header on garbage', async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5_000, 0x41)]), 400, 'uploads.errors.corrupt'],
    ['a file over 10 MB', async () => Buffer.concat([await jpegOf(42), Buffer.alloc(10 * 1024 * 1024)]), 413, 'uploads.errors.tooLarge'],
    ['a decompression bomb (400 Mpx in a few bytes)', async () => pngBombHeader(20_000, 20_000), 413, 'uploads.errors.tooManyPixels'],
    ['an iPhone HEIC (HEVC), which this server cannot decode', heicStandIn, 415, 'uploads.errors.heicUnsupported'],
  ];
  for (const [name, make, status, key] of hostile) {
    it(`refuses ${name} and stores nothing, not even the good photo beside it`, async () => {
      const before = await counts();
      const error = await refusal(submitTip({ fields: fields(), photos: [await jpegOf(43), await make()], requirePow: true }));
      expect(error.status).toBe(status);
      expect(error.messageKey).toBe(key);
      expect(await counts()).toEqual(before);
    });
  }

  it('refuses a sixth photo and invalid fields, storing nothing', async () => {
    const before = await counts();
    const photo = await jpegOf(51);
    const tooMany = await refusal(submitTip({ fields: fields(), photos: [photo, photo, photo, photo, photo, photo], requirePow: true }));
    expect(tooMany.messageKey).toBe('uploads.errors.tooMany');
    const invalid = await submitTip({ fields: fields({ location: { lat: 13.7, lng: 100.5, source: 'GPS' } }), photos: [photo], requirePow: true }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((invalid as { name?: string })?.name).toBe('ZodError');
    expect(await counts()).toEqual(before);
  });

  it('removes the blobs again when the transaction fails', async () => {
    const before = await counts();
    // Input that breaks the database is refused before it gets there now, so the database is
    // made to refuse this one tip, inside the transaction, after its photo blob was written.
    const poison = `Poisoned-${MARKER}`;
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_poisoned_tip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.description LIKE '%${poison}%' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_poisoned_tip BEFORE INSERT ON "Tip" FOR EACH ROW EXECUTE FUNCTION refuse_poisoned_tip()`);
    try {
      const error = await submitTip({ fields: fields({ description: `Guards at the gate and buses at night ${poison}` }), photos: [await jpegOf(61)], requirePow: true }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(String(error)).toContain('refused by the test');
      expect(await counts()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_poisoned_tip ON "Tip"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_poisoned_tip()`);
    }
  });

  it('fills province and district from the point when the resident did not pick them', async () => {
    const { provinceCode: _omit, ...withoutProvince } = fields({ location: { lat: 11.5564, lng: 104.9282, source: 'GPS' } });
    const located = await submitTip({ fields: withoutProvince, photos: [], requirePow: true });
    const tip = await db.tip.findUniqueOrThrow({ where: { id: located.tipId } });
    expect(tip.provinceCode).toBe('KH-12');
    expect(tip.districtCode).toMatch(/^KH-12-\d\d$/);

    // A province the resident chose is kept; a district from the point is added only inside it.
    const chosen = await submitTip({ fields: fields({ provinceCode: 'KH-18' }), photos: [], requirePow: true });
    expect(await db.tip.findUniqueOrThrow({ where: { id: chosen.tipId }, select: { provinceCode: true, districtCode: true } })).toMatchObject({
      provinceCode: 'KH-18',
      districtCode: expect.stringMatching(/^KH-18-\d\d$/),
    });
    const elsewhere = await submitTip({ fields: fields({ provinceCode: 'KH-17' }), photos: [], requirePow: true });
    expect(await db.tip.findUniqueOrThrow({ where: { id: elsewhere.tipId }, select: { provinceCode: true, districtCode: true } })).toEqual({ provinceCode: 'KH-17', districtCode: null });
  });

  it('flags a tip sent without proof of work from the no-JavaScript form', async () => {
    const receipt = await submitTip({ fields: fields(), photos: [], requirePow: false });
    expect(await db.tip.findUniqueOrThrow({ where: { id: receipt.tipId }, select: { powVerified: true } })).toEqual({ powVerified: false });
  });
});
