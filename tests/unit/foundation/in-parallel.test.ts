import { describe, expect, it } from 'vitest';
import { mapInParallel } from '@/lib/jobs/in-parallel';

/** Work whose promises the test settles by hand, counting how many are in flight. */
function controlledWork() {
  const pending: Array<() => void> = [];
  let inFlight = 0;
  let most = 0;
  const work = (item: number) =>
    new Promise<number>((resolve) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      pending.push(() => {
        inFlight -= 1;
        resolve(item * 10);
      });
    });
  return { work, pending, inFlight: () => inFlight, most: () => most };
}

describe('mapInParallel', () => {
  it('keeps at most the given number in flight and returns results in the items\' order', async () => {
    const controlled = controlledWork();
    const done = mapInParallel([1, 2, 3, 4, 5, 6, 7], 3, controlled.work);
    await expect.poll(() => controlled.inFlight()).toBe(3);
    // Finish the last started first: the next item starts in its place, order is kept in the results.
    while (controlled.pending.length) {
      controlled.pending.pop()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await done).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(controlled.most()).toBe(3);
  });

  it('rejects with the first failure, starts nothing after it, and takes an empty list', async () => {
    const started: number[] = [];
    await expect(mapInParallel([1, 2, 3, 4, 5], 2, async (item) => {
      started.push(item);
      await new Promise((resolve) => setImmediate(resolve));
      if (item === 2) throw new Error('two failed');
      return item;
    })).rejects.toThrow('two failed');
    // 1 and 2 start together; 1's lane takes 3 before 2 fails; nothing starts after the failure.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2, 3]);
    expect(await mapInParallel([], 4, async (item: number) => item)).toEqual([]);
  });
});
