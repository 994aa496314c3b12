/**
 * `npm run bench:intake [-- --tips=200 --concurrency=4]`: tips per second through submitTip
 * (validation, locate, argon2id hashing of the passphrase, tipster key, one transaction),
 * without a photo and with one ~1 MB phone-sized JPEG (sanitise, pHash, seal, write), one
 * at a time and with a few at once. Scratch database (DATABASE_URL's server, else the
 * embedded one) and a scratch upload folder, both removed afterwards; proof of work off.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TIPS = option('tips', 200);
const CONCURRENCY = option('concurrency', 4);
const say = (line: string) => console.log(`[bench:intake] ${line}`);

const settings = prepareSettings();
const server = await openDatabase(settings);
const scratch = databaseUrl(server.url, `intake_bench_${randomBytes(6).toString('hex')}`);
const uploads = mkdtempSync(path.join(tmpdir(), 'intake-bench-'));
// Before anything reads the settings: this process works on the scratch database and folder.
process.env.DATABASE_URL = scratch;
process.env.UPLOAD_DIR = uploads;
process.env.POW_DIFFICULTY = '0';
process.env.LOG_LEVEL = 'warn';

/** A noisy 1600x1200 JPEG near 1 MB, like a phone photo of a street at dusk. */
async function phonePhoto(): Promise<Buffer> {
  const width = 1600;
  const height = 1200;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = ((i * 2654435761) >>> 24) ^ (i % 97);
  return sharp(pixels, { raw: { width, height, channels: 3 } }).blur(0.5).jpeg({ quality: 84 }).toBuffer();
}

const fields = (index: number) => ({
  category: 'SCAM_COMPOUND',
  description: `Bench tip ${index}: high walls with barbed wire, guards at the gate, buses arriving at night.`,
  location: { lat: 10.62 + (index % 100) / 5000, lng: 103.51 + (index % 73) / 5000, accuracyM: 20, source: 'GPS' },
  indicators: ['guards', 'buses_at_night'],
  language: 'km',
});

try {
  await ensureDatabase(scratch);
  await applyMigrations(scratch);
  const { submitTip } = await import('@/lib/tips/submit-tip');
  const { disconnectDb } = await import('@/lib/db/client');
  const photo = await phonePhoto();
  say(`machine: 2 cores shared; photo ${(photo.byteLength / 1024 / 1024).toFixed(2)} MB 1600x1200 JPEG; ${TIPS} tips per run`);

  async function run(label: string, photos: Uint8Array[], concurrency: number) {
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < TIPS) await submitTip({ fields: fields(next++), photos, requirePow: true });
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    say(`${label}, ${concurrency} at a time: ${(TIPS / seconds).toFixed(1)} tips/s (${((seconds * 1000) / TIPS).toFixed(1)} ms per tip)`);
  }

  await submitTip({ fields: fields(0), photos: [photo], requirePow: true }); // warm up
  await run('no photo', [], 1);
  await run('no photo', [], CONCURRENCY);
  await run('one 1 MB photo', [photo], 1);
  await run('one 1 MB photo', [photo], CONCURRENCY);
  await disconnectDb();
} finally {
  await dropDatabase(scratch).catch(() => {});
  rmSync(uploads, { recursive: true, force: true });
  await server.close();
}
