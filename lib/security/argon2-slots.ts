/**
 * At most (thread pool size - 1) argon2id at a time (decision 0301). @node-rs/argon2 runs on libuv's
 * thread pool (4 threads), which the server also needs for every file read, DNS look-up and
 * compression. Under a flood of tips, unbounded hashing fills the pool's queue, and a request
 * that only needs to read a file waits behind every queued hash: throughput collapses and the
 * tail latency grows to seconds. Queuing the hashes here, in arrival order, keeps one thread
 * free for everything else. (Fewer slots, one per core, measured worse on the shared 2-core
 * machine: fewer threads get a smaller share of an oversubscribed CPU; docs/BENCHMARKS.md.)
 */

export function argon2Slots(): number {
  const asked = Number(process.env.ARGON2_CONCURRENCY);
  if (Number.isInteger(asked) && asked > 0) return asked;
  // Leave one of libuv's threads (UV_THREADPOOL_SIZE, default 4) to other work.
  const pool = Number(process.env.UV_THREADPOOL_SIZE) || 4;
  return Math.max(1, pool - 1);
}

let running = 0;
const waiting: (() => void)[] = [];

/**
 * Runs `work` when a slot is free; slots are handed out first come, first served. With a
 * `signal` that has aborted by then (the sender of the request gave up), the work is skipped
 * and the slot passed on: under a flood, queued hashes for requests nobody waits for any more
 * would otherwise delay every live one past its own client's time-out.
 */
export async function withArgon2Slot<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  if (running >= argon2Slots()) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    signal?.throwIfAborted();
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** For tests: how many are running and waiting now. */
export const argon2Load = () => ({ running, waiting: waiting.length });
