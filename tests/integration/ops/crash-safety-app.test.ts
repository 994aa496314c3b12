/**
 * Issue 10 point 1 as it will be checked: tips with photos are sent over HTTP to the
 * production build (`next start`) while it is killed with SIGKILL three times and
 * restarted; every acknowledged tip is stored with its photos and the upload folder holds
 * nothing else once the restarted instance serves (its start-up sweep runs before it does).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureBuild } from '../../../scripts/lib/build';
import { db } from '@/lib/db/client';
import { jpegOf } from '../../helpers/images';
import { startAppInstance } from '../../helpers/ops/app-instance';

const PORT = Number(process.env.PORT ?? 3211);
const KILLS = 3;
const uploadDir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-crash-app-${process.pid}-${Date.now()}`;
const MARKER = `crash-app-${process.pid}-${Date.now()}`;

const files = () =>
  existsSync(uploadDir)
    ? readdirSync(uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.relative(uploadDir, path.join(entry.parentPath, entry.name)))
    : [];

describe('crash safety of the production build', () => {
  it(`keeps every acknowledged tip with its photos and nothing else through ${KILLS} kill -9`, { timeout: 900_000 }, async () => {
    await ensureBuild(() => {});
    const photos = await Promise.all([21, 22, 23].map((seed) => jpegOf(seed)));
    const acknowledged = new Map<string, number>();
    let sent = 0;

    const send = async (url: string): Promise<void> => {
      sent += 1;
      const count = 1 + (sent % 3);
      const form = new FormData();
      form.set('data', JSON.stringify({ category: 'SCAM_COMPOUND', description: `Guards and high walls, buses at night. ${MARKER} #${sent}`, location: { lat: 10.63, lng: 103.52, accuracyM: 25, source: 'GPS' }, provinceCode: 'KH-18', language: 'en' }));
      for (const photo of photos.slice(0, count)) form.append('photos', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'photo.jpg');
      const response = await fetch(`${url}/api/v1/tips`, { method: 'POST', body: form });
      if (response.status === 201) {
        const { code } = (await response.json()) as { code: string };
        acknowledged.set(code, count);
      }
    };

    for (let kill = 0; kill < KILLS; kill += 1) {
      const app = await startAppInstance(PORT, { UPLOAD_DIR: uploadDir, POW_DIFFICULTY: '0', LOG_LEVEL: 'warn' });
      const before = acknowledged.size;
      let running = true;
      const loops = Array.from({ length: 4 }, async () => {
        while (running) await send(app.url).catch(() => {});
      });
      // Kill it in full flight, once this run has had some tips acknowledged.
      while (acknowledged.size < before + 8) await new Promise((resolve) => setTimeout(resolve, 20));
      app.process.kill('SIGKILL');
      running = false;
      await Promise.all(loops);
      await app.stop();
    }
    const rowsBefore = await db.attachment.findMany({ where: { tip: { description: { contains: MARKER } } }, select: { storageKey: true } });
    const known = new Set(rowsBefore.map((row) => `${row.storageKey}.bin`));
    const leftBehind = files().filter((name) => !known.has(name)).length;

    const restarted = await startAppInstance(PORT, { UPLOAD_DIR: uploadDir, POW_DIFFICULTY: '0', LOG_LEVEL: 'warn' });
    try {
      const tips = await db.tip.findMany({ where: { code: { in: [...acknowledged.keys()] } }, select: { code: true, _count: { select: { attachments: true } } } });
      const lost = [...acknowledged].filter(([code, count]) => tips.find((tip) => tip.code === code)?._count.attachments !== count);
      expect(lost).toEqual([]);
      const rows = await db.attachment.findMany({ where: { tip: { description: { contains: MARKER } } }, select: { storageKey: true } });
      expect(files().sort()).toEqual(rows.map((row) => `${row.storageKey}.bin`).sort());
      console.log(`crash test (next start): ${KILLS} kills, ${acknowledged.size} tips acknowledged, ${lost.length} lost, ${leftBehind} stray files left by the kills, ${files().length - rows.length} after the restart`);
    } finally {
      await restarted.stop();
    }
  });
});
