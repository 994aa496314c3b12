/**
 * Recomputes the duplicate-search features (Tip.dedupFeatures) and DedupKey rows of every tip
 * (or of a range of tip ids), in batches, ordered by id so a run can be repeated. Behind
 * `npm run dedup:refresh`, to run after a change of lib/dedup/keys.ts or the concepts; with
 * `onlyStale`, only tips whose stored features or place row are missing, or whose features are
 * of another FEATURES_VERSION (the dedup-refresh job does that at every start, so an upgrade
 * needs no manual step).
 */
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { CURRENT_FEATURES } from './find-candidates';
import { dedupText, type KeyedTip, keyRows, replaceKeys } from './keys';

type TipText = { id: string; lat: number; lng: number; receivedAt: Date; description: string; landmark: string | null };
const TIP_TEXT = Prisma.sql`id, lat, lng, "receivedAt", description, landmark`;

const keyed = (tip: TipText): KeyedTip => ({ id: tip.id, lat: tip.lat, lng: tip.lng, receivedAt: tip.receivedAt, text: dedupText(tip.description, tip.landmark) });

export async function refreshDedupKeys(
  client: Db,
  options: { batch?: number; onBatch?: (done: number) => void; after?: string; until?: string; onlyStale?: boolean } = {},
): Promise<number> {
  const batch = options.batch ?? 2_000;
  const until = options.until ?? 'ffffffff-ffff-ffff-ffff-ffffffffffff';
  let after = options.after ?? '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const tips = await client.$queryRaw<TipText[]>`
      SELECT ${TIP_TEXT} FROM "Tip" t WHERE id > ${after}::uuid AND id <= ${until}::uuid
        AND (${!options.onlyStale} OR t."dedupFeatures" IS NULL OR t."dedupFeatures" NOT LIKE ${CURRENT_FEATURES}
             OR NOT EXISTS (SELECT 1 FROM "DedupKey" d WHERE d.key = 't:' || t.id::text))
      ORDER BY id LIMIT ${batch}`;
    if (tips.length === 0) return done;
    await storeKeys(client, tips.map(keyed));
    done += tips.length;
    after = tips.at(-1)!.id;
    options.onBatch?.(done);
  }
}

/**
 * Writes the features and keys of tips read earlier, computed outside any transaction, then
 * written in one that first locks the tips' rows: a tip whose text changed meanwhile (retention
 * redacted it) is read again, and one deleted meanwhile is left out, so a refresh never writes
 * back what retention removed. With the features a batch writes megabytes, which on a busy
 * machine outlasts Prisma's default 5 s.
 */
export async function storeKeys(client: Db, read: readonly KeyedTip[]): Promise<void> {
  const computed = keyRows(read);
  const texts = new Map(read.map((tip) => [tip.id, tip.text]));
  await client.$transaction(
    async (tx) => {
      const current = await tx.$queryRaw<TipText[]>`
        SELECT ${TIP_TEXT} FROM "Tip" WHERE id = ANY(${[...texts.keys()]}::uuid[]) ORDER BY id FOR UPDATE`;
      const unchanged = current.length === read.length && current.every((tip) => texts.get(tip.id) === keyed(tip).text);
      for (const statement of replaceKeys(tx, unchanged ? computed : keyRows(current.map(keyed)))) await statement;
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}
