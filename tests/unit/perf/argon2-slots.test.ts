import { describe, expect, it } from 'vitest';
import { argon2Load, argon2Slots, withArgon2Slot } from '@/lib/security/argon2-slots';

describe('argon2 slots', () => {
  it('runs at most argon2Slots() at once, the rest in arrival order, and frees every slot', async () => {
    const slots = argon2Slots();
    expect(slots).toBeGreaterThanOrEqual(1);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const jobs = Array.from({ length: slots + 3 }, (_, index) =>
      withArgon2Slot(async () => {
        active++;
        peak = Math.max(peak, active);
        order.push(index);
        await new Promise<void>((resolve) => releases.push(resolve));
        active--;
        return index;
      }),
    );
    // Let the first ones start.
    await new Promise((resolve) => setImmediate(resolve));
    expect(argon2Load()).toEqual({ running: slots, waiting: 3 });
    while (order.length < jobs.length || releases.length > 0) {
      const release = releases.shift();
      if (!release) {
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      release();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(jobs)).toEqual(jobs.map((_, index) => index));
    expect(peak).toBe(slots);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(argon2Load()).toEqual({ running: 0, waiting: 0 });
  });

  it('skips the work of a request whose sender gave up while it waited, and passes its slot on', async () => {
    const slots = argon2Slots();
    const releases: (() => void)[] = [];
    const busy = Array.from({ length: slots }, () => withArgon2Slot(() => new Promise<void>((resolve) => releases.push(resolve))));
    const gaveUp = new AbortController();
    let ranAbandoned = false;
    const abandoned = withArgon2Slot(async () => {
      ranAbandoned = true;
    }, gaveUp.signal);
    const next = withArgon2Slot(async () => 'next ran');
    await new Promise((resolve) => setImmediate(resolve));
    expect(argon2Load()).toEqual({ running: slots, waiting: 2 });
    gaveUp.abort(new Error('client gone'));
    releases.shift()!();
    await expect(abandoned).rejects.toThrow('client gone');
    expect(ranAbandoned).toBe(false);
    expect(await next).toBe('next ran');
    for (const release of releases) release();
    await Promise.all(busy);
    expect(argon2Load()).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when the work throws', async () => {
    await expect(withArgon2Slot(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(argon2Load()).toEqual({ running: 0, waiting: 0 });
  });

  it('follows ARGON2_CONCURRENCY when set', () => {
    process.env.ARGON2_CONCURRENCY = '3';
    try {
      expect(argon2Slots()).toBe(3);
    } finally {
      delete process.env.ARGON2_CONCURRENCY;
    }
  });
});
