/**
 * Work on many items with at most `concurrency` in flight, results in the items' order. For
 * batches that hold a database connection or a remote connection each: a pool has a few
 * connections, and a burst of fifty transactions at once waits past Prisma's start-up limit.
 * The first failure rejects and starts nothing more; work already started runs to its end.
 */
export async function mapInParallel<Item, Result>(items: readonly Item[], concurrency: number, work: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = await work(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return results;
}
