/**
 * Recomputes the DedupKey rows of every tip (or of the tips received since a date), in
 * batches, ordered by id so a run can be repeated. Behind `npm run dedup:refresh`, to run after
 * migrating (the table starts empty) or after a change of lib/dedup/keys.ts or the concepts;
 * with `onlyStale`, only tips whose stored features are missing or of another FEATURES_VERSION
 * (the dedup-refresh job does that at every start, so an upgrade needs no manual step).
 */
import type { Db } from '@/lib/db/client';
import { CURRENT_FEATURES } from './find-candidates';
import { dedupText, keyRows, replaceKeys } from './keys';

export async function refreshDedupKeys(
  client: Db,
  options: { batch?: number; onBatch?: (done: number) => void; after?: string; until?: string; onlyStale?: boolean } = {},
): Promise<number> {
  const batch = options.batch ?? 2_000;
  const until = options.until ?? 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  let after = options.after ?? '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const tips = await client.$queryRaw<{ id: string; lat: number; lng: number; receivedAt: Date; description: string; landmark: string | null }[]>`
      SELECT id, lat, lng, "receivedAt", description, landmark FROM "Tip" t WHERE id > ${after}::uuid AND id <= ${until}::uuid
        AND (${!options.onlyStale} OR t."dedupFeatures" IS NULL OR t."dedupFeatures" NOT LIKE ${CURRENT_FEATURES})
      ORDER BY id LIMIT ${batch}`;
    if (tips.length === 0) return done;
    const rows = keyRows(tips.map((tip) => ({ id: tip.id, lat: tip.lat, lng: tip.lng, receivedAt: tip.receivedAt, text: dedupText(tip.description, tip.landmark) })));
    // Computed first, then replaced in one transaction; with the features rows a batch writes
    // megabytes, which on a busy machine outlasts Prisma's default 5 s.
    await client.$transaction([...replaceKeys(client, rows)], { maxWait: 60_000, timeout: 120_000 });
    done += tips.length;
    after = tips.at(-1)!.id;
    options.onBatch?.(done);
  }
}
