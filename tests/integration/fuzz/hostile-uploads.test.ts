/**
 * Hostile photos through the HTTP endpoints (multipart, as a phone or a script sends them),
 * adding to tests/integration/resident-api/submit-tip.test.ts (PDF, SVG, truncated JPEG, bomb,
 * HEIC, oversize, sixth photo at the library level): polyglots come out as a plain JPEG with
 * nothing of their payload, a ZIP or SVG named .jpg, a bomb, a truncated JPEG and too many
 * files are refused with their message and store nothing, an empty file input is ignored.
 */
import { readdirSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-hostile-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { POST as tipsRoute } from '@/app/api/v1/tips/route';
import { POST as messagesRoute } from '@/app/api/v1/tips/messages/route';
import { db } from '@/lib/db/client';
import { readAttachment } from '@/lib/uploads/read-attachment';
import { jpegOf, pngBombHeader } from '../../helpers/images';

const MARKER = `hostile-uploads-${process.pid}-${Date.now()}`;
const tip = {
  category: 'SCAM_COMPOUND',
  description: `Tall walls with wire, buses arrive at night with new workers. ${MARKER}`,
  location: { lat: 10.6301, lng: 103.5202, source: 'GPS' },
  language: 'en',
};
const ZIP = Buffer.from(zipSync({ 'payload.txt': strToU8('ZIP-PAYLOAD-7731 run me'), 'evil.sh': strToU8('#!/bin/sh\nrm -rf /\n') }));
const HTML = Buffer.from('<html><body><script>alert("HTML-PAYLOAD-7731")</script></body></html>');

function files(): number {
  try {
    return readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  } catch {
    return 0;
  }
}
const counts = async () => ({
  tips: await db.tip.count({ where: { description: { contains: MARKER } } }),
  attachments: await db.attachment.count({ where: { tip: { description: { contains: MARKER } } } }),
  messages: await db.message.count({ where: { tip: { description: { contains: MARKER } } } }),
  files: files(),
});

type Upload = { bytes: Uint8Array; name: string; type: string };
function tipForm(uploads: Upload[]): FormData {
  const form = new FormData();
  form.set('data', JSON.stringify(tip));
  for (const upload of uploads) form.append('photos', new Blob([new Uint8Array(upload.bytes)], { type: upload.type }), upload.name);
  return form;
}
const send = (form: FormData, route = tipsRoute, at = '/api/v1/tips') => route(new Request(`http://localhost${at}?lang=en`, { method: 'POST', body: form }));
const jpeg = async (seed: number): Promise<Upload> => ({ bytes: await jpegOf(seed), name: 'photo.jpg', type: 'image/jpeg' });

describe('hostile uploads through the HTTP endpoints', () => {
  for (const [name, payload, marker] of [
    ['a JPEG+ZIP polyglot', ZIP, 'ZIP-PAYLOAD-7731'],
    ['a JPEG+HTML polyglot', HTML, 'HTML-PAYLOAD-7731'],
  ] as const) {
    it(`stores ${name} as a plain re-drawn JPEG with nothing of its payload`, async () => {
      const before = await counts();
      const polyglot = Buffer.concat([await jpegOf(71), payload]);
      const response = await send(tipForm([{ bytes: polyglot, name: 'photo.jpg', type: 'image/jpeg' }]));
      expect(response.status).toBe(201);
      const { code } = (await response.json()) as { code: string };
      const stored = await db.tip.findUniqueOrThrow({ where: { code }, include: { attachments: true } });
      expect(stored.attachments).toHaveLength(1);
      const image = await readAttachment(stored.attachments[0]!.storageKey);
      expect(image.includes(marker)).toBe(false);
      expect(image.includes('PK\u0003\u0004')).toBe(false);
      expect(image.includes('<script')).toBe(false);
      expect((await sharp(image).metadata()).format).toBe('jpeg');
      // Nothing after the JPEG's end-of-image marker.
      expect(image.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
      expect(await counts()).toEqual({ ...before, tips: before.tips + 1, attachments: before.attachments + 1, files: before.files + 1 });
    });
  }

  const refused: Array<[string, () => Promise<Upload[]>, number]> = [
    ['a ZIP named photo.jpg', async () => [{ bytes: ZIP, name: 'photo.jpg', type: 'image/jpeg' }], 415],
    ['an SVG named photo.jpg', async () => [{ bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), name: 'photo.jpg', type: 'image/jpeg' }], 415],
    ['an HTML page with a JPEG name', async () => [{ bytes: HTML, name: 'photo.jpeg', type: 'image/jpeg' }], 415],
    ['a decompression bomb (400 Mpx PNG)', async () => [await jpeg(72), { bytes: pngBombHeader(20_000, 20_000), name: 'bomb.png', type: 'image/png' }], 413],
    ['a bomb of 65535 x 65535 claimed pixels', async () => [{ bytes: pngBombHeader(65_535, 65_535), name: 'bomb.png', type: 'image/png' }], 413],
    ['a truncated JPEG', async () => [{ bytes: (await jpegOf(73)).subarray(0, 2_000), name: 'photo.jpg', type: 'image/jpeg' }], 400],
    ['six photos', async () => Promise.all([74, 75, 76, 77, 78, 79].map(jpeg)), 400],
    ['fifty tiny files', async () => Array.from({ length: 50 }, () => ({ bytes: Buffer.from([0xff, 0xd8, 0xff]), name: 'x.jpg', type: 'image/jpeg' })), 400],
  ];
  for (const [name, make, status] of refused) {
    it(`refuses ${name} with a translated message and stores nothing`, async () => {
      const before = await counts();
      const response = await send(tipForm(await make()));
      expect(response.status).toBe(status);
      const answer = (await response.json()) as { error: string; message: string };
      expect(answer.message).toMatch(/\w/);
      expect(answer.message).not.toMatch(/uploads\.errors|sharp|vips|Error:/);
      expect(await counts()).toEqual(before);
    });
  }

  it('ignores an empty file input (what a browser sends with no photo chosen) and stores the tip alone', async () => {
    const before = await counts();
    const response = await send(tipForm([{ bytes: new Uint8Array(0), name: '', type: 'application/octet-stream' }, { bytes: new Uint8Array(0), name: 'empty.jpg', type: 'image/jpeg' }]));
    expect(response.status).toBe(201);
    expect(await counts()).toEqual({ ...before, tips: before.tips + 1 });
  });

  it('refuses a ZIP named .jpg sent with a message from the tipster, storing neither message nor file', async () => {
    const receipt = (await (await send(tipForm([]))).json()) as { code: string; passphrase: string };
    const before = await counts();
    const form = new FormData();
    form.set('code', receipt.code);
    form.set('passphrase', receipt.passphrase);
    form.set('body', 'Another photo of the gate');
    form.append('photos', new Blob([new Uint8Array(ZIP)], { type: 'image/jpeg' }), 'gate.jpg');
    const response = await send(form, messagesRoute, '/api/v1/tips/messages');
    expect(response.status).toBe(415);
    expect(await counts()).toEqual(before);
  });
});
