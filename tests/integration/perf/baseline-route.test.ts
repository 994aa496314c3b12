import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import * as route from '@/app/api/bench/baseline/route';

const body = (marker: string) =>
  JSON.stringify({ category: 'SCAM_COMPOUND', description: `Baseline ${marker}`, location: { lat: 10.63, lng: 103.52, source: 'GPS' }, language: 'en' });
const post = () => new Request('http://localhost/api/bench/baseline', { method: 'POST', body: body(`off-${Date.now()}`) });

describe('/api/bench/baseline (bench:intake only)', () => {
  it('is a 404 for every method unless BENCH_BASELINE_ROUTE=true, and stores nothing', async () => {
    delete process.env.BENCH_BASELINE_ROUTE;
    const marker = `off-${Date.now()}`;
    const response = await route.POST(new Request('http://localhost/api/bench/baseline', { method: 'POST', body: body(marker) }));
    expect(response.status).toBe(404);
    for (const method of [route.GET, route.PUT, route.PATCH, route.DELETE]) expect((await method()).status).toBe(404);
    process.env.BENCH_BASELINE_ROUTE = 'yes';
    expect((await route.POST(post())).status).toBe(404);
    expect(await db.tip.count({ where: { description: { contains: marker } } })).toBe(0);
  });

  it('with the flag, does the irreducible work of a tip: one argon2id and one INSERT', async () => {
    process.env.BENCH_BASELINE_ROUTE = 'true';
    try {
      const marker = `on-${Date.now()}`;
      const response = await route.POST(new Request('http://localhost/api/bench/baseline', { method: 'POST', body: body(marker) }));
      expect(response.status).toBe(201);
      const stored = await db.tip.findFirstOrThrow({ where: { description: { contains: marker } } });
      expect(stored.passphraseHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    } finally {
      delete process.env.BENCH_BASELINE_ROUTE;
    }
  });
});
