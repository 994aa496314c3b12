/**
 * `npm run dedup:refresh`: recomputes the duplicate-search features (Tip.dedupFeatures) and keys
 * (DedupKey) of every tip on DATABASE_URL (or the embedded database). Run it after changing
 * lib/dedup/keys.ts or lib/dedup/concepts.ts. `--after=UUID --until=UUID` limits it
 * to a range of tip ids.
 */
import { createClient } from '@/lib/db/client';
import { refreshDedupKeys } from '@/lib/dedup/refresh-keys';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';

const server = await openDatabase(prepareSettings());
const client = createClient(server.url);
try {
  const started = Date.now();
  // --after=UUID --until=UUID: one range of tips, so several processes can share a big table.
  const range = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  // --stale: only tips whose keys are missing or of another FEATURES_VERSION (what the dedup-refresh job does at start).
  const done = await refreshDedupKeys(client, { after: range('after'), until: range('until'), onlyStale: process.argv.includes('--stale'), onBatch: (count) => count % 20_000 === 0 && console.log(`[dedup:refresh] ${count} tips`) });
  console.log(`[dedup:refresh] keys of ${done} tips recomputed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await client.$disconnect();
  await server.close();
}
