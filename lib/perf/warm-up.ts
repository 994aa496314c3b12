/**
 * A fresh production instance warms itself up before it reports ready (decision 0303).
 *
 * V8 compiles a function for speed only after it has run many times. A cold instance spends
 * its first few hundred requests in Next's request path and in the tip path half-compiled:
 * measured on the 2-core machine, the first 640 tips of a fresh instance came about 10% slower
 * than the next 640 (docs/BENCHMARKS.md), and a deploy or a crash restart during a campaign
 * meets its flood cold. So, before /api/health answers 200:
 *   1. in the process: the tip path as intake runs it (schema, place, duplicate keys, the
 *      tipster's secrets from a random master without argon2id, the tip's one statement, here
 *      through Prisma: intake's named one is prepared on each connection at its first tip, 0305) on
 *      sample tips in several scripts, each in a transaction that is rolled back;
 *   2. over HTTP, once the server listens: refused tips (an empty body) sent to the instance's
 *      own /api/v1/tips, which run Next's whole request path and store nothing.
 * Nothing is stored, logged per request, or sent anywhere but the instance itself.
 */
import { randomBytes } from 'node:crypto';
import { type Db, db } from '@/lib/db/client';
import { mapInParallel } from '@/lib/jobs/in-parallel';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { secretsFromMaster } from '@/lib/security/tipster-kdf';
import { createTip } from '@/lib/tips/create-tip';
import { withProvinceAndDistrict } from '@/lib/tips/locate-tip';
import { generatePassphrase } from '@/lib/tips/receipt';
import { tipInputSchema } from '@/lib/tips/schema';

/** Rounds of the tip path in the process, and refused tips over HTTP: chosen, not tuned (640 untimed requests closed the gap in decision 0303's experiments). */
const WARM_UP_TIPS = 200;
const WARM_UP_REQUESTS = 400;
const HTTP_CONCURRENCY = 8;
/** Transactions at a time: under the smallest pool (4), beside the job workers. */
const TIP_PATH_CONCURRENCY = 2;
/** How long to wait for the server to listen before warming without HTTP. */
const LISTEN_WAIT_MS = 30_000;

export const WARM_UP_SAMPLES = [
  { language: 'km', lat: 10.6301, lng: 103.5202, description: 'អគារពណ៌ស ៨ជាន់ មានរបងខ្ពស់ និងលួសបន្លា ឆ្មាំនៅមាត់ទ្វារ ឡានក្រុងមកពេលយប់' },
  { language: 'zh', lat: 11.0867, lng: 106.1315, description: '巴韦金凤凰赌场后面的七层楼，有保安和铁丝网，老板叫陈哥' },
  { language: 'en', lat: 11.5564, lng: 104.9282, description: 'Blue 12-floor building near the market, guards at the gate, buses arriving at night.' },
  { language: 'vi', lat: 13.6602, lng: 102.5635, description: 'Tòa nhà màu xanh 6 tầng gần cửa khẩu Poipet, có bảo vệ và hàng rào dây thép gai' },
  { language: 'th', lat: 13.6591, lng: 102.5568, description: 'ตึกสีแดง ๙ ชั้น ใกล้ตลาดโรงเกลือ มีรั้วสูงและยามเฝ้าประตู' },
] as const;

// On globalThis: instrumentation.ts and the route handlers are separate bundles, each with its own module copies.
const holder = globalThis as unknown as { eyesAndEarsWarmedUp?: boolean };
/** Whether this instance has warmed up (always, outside production: nothing to warm). */
export const instanceReady = (): boolean => holder.eyesAndEarsWarmedUp === true || env().NODE_ENV !== 'production';

class RollBack extends Error {}

/** The intake's work on one sample tip, its statement rolled back. */
async function warmTip(client: Db, index: number): Promise<void> {
  const sample = WARM_UP_SAMPLES[index % WARM_UP_SAMPLES.length]!;
  const input = withProvinceAndDistrict(
    tipInputSchema.parse({
      category: 'SCAM_COMPOUND',
      description: sample.description,
      location: { lat: sample.lat, lng: sample.lng, accuracyM: 20, source: 'GPS' },
      indicators: ['guards', 'buses_at_night'],
      language: sample.language,
    }),
  );
  const credentials = { passphrase: generatePassphrase(), ...secretsFromMaster(randomBytes(32), randomBytes(16)) };
  try {
    await client.$transaction(async (tx) => {
      await createTip(tx, input, { powVerified: true, credentials });
      throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
}

/** The tip path `rounds` times, on the app's client (a test passes one it can tell apart). */
export async function warmTipPath(rounds: number = WARM_UP_TIPS, client: Db = db): Promise<void> {
  await mapInParallel(Array.from({ length: rounds }, (_, index) => index), TIP_PATH_CONCURRENCY, (index) => warmTip(client, index));
}

/** Refused tips to the instance's own intake: Next's request path, nothing stored. */
export async function warmHttpPath(origin: string, requests: number = WARM_UP_REQUESTS): Promise<void> {
  await mapInParallel(Array.from({ length: requests }), HTTP_CONCURRENCY, async () => {
    const response = await fetch(`${origin}/api/v1/tips`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await response.arrayBuffer();
  });
}

/** The origin Next's server listens on: it sets this once listening (next start). */
async function listeningOrigin(): Promise<string | null> {
  const deadline = Date.now() + LISTEN_WAIT_MS;
  while (Date.now() < deadline) {
    const origin = process.env.__NEXT_PRIVATE_ORIGIN;
    if (origin) return origin;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/**
 * Called from instrumentation.ts: the tip path is warmed before the instance serves (awaited),
 * the HTTP path once it listens (in the background: those requests wait for start-up to end).
 * Ready either way at the end: a failed warm-up only costs speed, and /api/health says if the
 * database is down.
 */
export async function warmUpInstance(): Promise<void> {
  if (env().NODE_ENV !== 'production') return;
  const started = performance.now();
  try {
    if (env().DATABASE_URL) await warmTipPath();
  } catch (error) {
    log.warn({ err: error }, 'warm-up of the tip path failed; the instance serves cold');
  }
  const tipPathMs = Math.round(performance.now() - started);
  void (async () => {
    try {
      const origin = await listeningOrigin();
      if (origin) await warmHttpPath(origin);
    } catch (error) {
      log.warn({ err: error }, 'warm-up over HTTP failed; the instance serves cold');
    } finally {
      holder.eyesAndEarsWarmedUp = true;
      log.info({ tipPathMs, totalMs: Math.round(performance.now() - started) }, 'instance warmed up');
    }
  })();
}
