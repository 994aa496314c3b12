/**
 * The route handlers called with real Requests carrying identifying headers, with the log
 * going to a file: even a request that fails inside (the upload folder is not a folder)
 * logs the error and nothing about the sender.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const files = vi.hoisted(() => {
  const base = `${process.env.TMPDIR ?? '/tmp'}/ee-routes-${process.pid}-${Date.now()}`;
  process.env.LOG_FILE = `${base}.log`;
  process.env.LOG_LEVEL = 'trace';
  // A file where the upload folder should be: storing a photo fails with an unexpected error.
  process.env.UPLOAD_DIR = `${base}-not-a-folder`;
  return { log: `${base}.log`, uploads: `${base}-not-a-folder` };
});

import { db } from '@/lib/db/client';
import { GET as powRoute } from '@/app/api/v1/pow/route';
import { POST as tipsRoute } from '@/app/api/v1/tips/route';
import { POST as statusRoute } from '@/app/api/v1/tips/status/route';
import { jpegOf } from '../../helpers/images';

const PROBES = ['198.51.100.23', 'RouteProbeAgent/3.1', 'yy-ROUTEPROBE', 'RouteCookie-8080'];
const headers = {
  'X-Forwarded-For': PROBES[0]!,
  'User-Agent': PROBES[1]!,
  'Accept-Language': PROBES[2]!,
  Cookie: `probe=${PROBES[3]}`,
};
const MARKER = `routes-test-${process.pid}-${Date.now()}`;
const tip = {
  category: 'OTHER',
  description: `Men with radios watch the road every night near the bridge. ${MARKER}`,
  location: { lat: 13.3633, lng: 103.8564, source: 'MANUAL' },
  language: 'ko',
};

describe('resident route handlers', () => {
  it('answer with no-store and without reading or logging who is asking, even on an internal error', async () => {
    writeFileSync(files.uploads, 'this is a file, not a folder');

    const pow = await powRoute(new Request('http://localhost/api/v1/pow', { headers }));
    expect(pow.status).toBe(200);
    expect(pow.headers.get('cache-control')).toBe('no-store');

    const ok = await tipsRoute(new Request('http://localhost/api/v1/tips', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(tip) }));
    expect(ok.status).toBe(201);

    const form = new FormData();
    form.set('data', JSON.stringify(tip));
    form.append('photos', new Blob([new Uint8Array(await jpegOf(91))], { type: 'image/jpeg' }), 'photo.jpg');
    const failed = await tipsRoute(new Request('http://localhost/api/v1/tips?lang=en', { method: 'POST', headers, body: form }));
    expect(failed.status).toBe(500);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    const answer = (await failed.json()) as { error: string; message: string };
    expect(answer.error).toBe('INTERNAL');
    expect(JSON.stringify(answer)).not.toMatch(/not-a-folder|ENOTDIR|EEXIST|at .*\.ts/);
    // Only the tip without a photo was stored.
    expect(await db.tip.count({ where: { description: { contains: MARKER } } })).toBe(1);

    const wrong = await statusRoute(new Request('http://localhost/api/v1/tips/status', { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify({ code: '1234-5678-9012', passphrase: '1' }) }));
    expect(wrong.status).toBe(401);

    const logged = readFileSync(files.log, 'utf8');
    expect(logged).toContain('"route":"api.v1.tips"');
    expect(logged).toContain('unhandled error in route');
    for (const probe of PROBES) expect(logged.includes(probe), `${probe} in the log`).toBe(false);
  });
});
