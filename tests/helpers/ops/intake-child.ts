/**
 * A real intake process for the crash test (tests/integration/ops/crash-safety.test.ts): does
 * what an app instance does at start-up (lib/jobs/start.ts: the orphan sweep), prints
 * `ready`, then sends tips with photos through the real intake function on CONCURRENCY
 * loops and prints `ack <tipId> <photos>` once each is acknowledged, until it is killed.
 */
import { readFileSync } from 'node:fs';
import { startInstanceJobs } from '@/lib/jobs/start';
import { submitTip } from '@/lib/tips/submit-tip';

const photos = JSON.parse(readFileSync(process.env.CRASH_PHOTOS_FILE!, 'utf8')) as string[];
const marker = process.env.CRASH_MARKER!;
const concurrency = Number(process.env.CRASH_CONCURRENCY ?? '4');

await startInstanceJobs();
process.stdout.write('ready\n');

let sent = 0;
async function loop(): Promise<void> {
  for (;;) {
    sent += 1;
    const count = 1 + (sent % 3);
    const receipt = await submitTip({
      fields: {
        category: 'SCAM_COMPOUND',
        description: `Guards and high walls near the port, buses at night. ${marker} #${sent}`,
        location: { lat: 10.6301, lng: 103.5202, accuracyM: 25, source: 'GPS' },
        provinceCode: 'KH-18',
        language: 'en',
      },
      photos: photos.slice(0, count).map((photo) => Buffer.from(photo, 'base64')),
      requirePow: false,
    });
    process.stdout.write(`ack ${receipt.tipId} ${count}\n`);
  }
}
await Promise.all(Array.from({ length: concurrency }, loop));
