/**
 * HTTP fuzz of every public endpoint that reads input (POST /api/v1/tips, /api/v1/tips/status,
 * /api/v1/tips/messages; GET /api/v1/pow), through the route handlers themselves with real
 * Requests on a database of this file's own: naughty strings in every field, wrong types, random
 * JSON, random bytes under every content type, huge, deep and wide bodies. No answer may be a
 * 5xx; a refused request stores nothing at all (rows and photo files counted before and after);
 * an accepted one stores exactly one row, which passes the schema it came through.
 * GET /api/health takes no input; /api/auth is next-auth's (tested by tests/e2e/auth).
 * The two inputs that answered 500 before issue 10 (a NUL character in text, the year 0000)
 * are sent like every other and must now be refused with a 400 that stores nothing.
 */
import fc from 'fast-check';
import { hasControlCharacters } from '@/lib/tips/plain-text';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const setup = vi.hoisted(() => {
  const server = new URL(process.env.DATABASE_URL!);
  server.pathname = `/ee_fuzz_http_${process.pid}_${Date.now()}`;
  process.env.DATABASE_URL = server.toString();
  const uploadDir = `${process.env.TMPDIR ?? '/tmp'}/ee-fuzz-http-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = uploadDir;
  return { url: server.toString(), uploadDir };
});

import { GET as powRoute } from '@/app/api/v1/pow/route';
import { POST as tipsRoute } from '@/app/api/v1/tips/route';
import { POST as statusRoute } from '@/app/api/v1/tips/status/route';
import { POST as messagesRoute } from '@/app/api/v1/tips/messages/route';
import { db } from '@/lib/db/client';
import { DESCRIPTION_MAX } from '@/lib/tips/schema';
import { assertNewestMessageValid, assertTipValid, counts, dropFuzzDatabase, NAUGHTY, prepareFuzzDatabase, Tally, type Counts } from './fuzz-harness';

const tally = new Tally();
const VALID_DESCRIPTION = 'Men with radios watch the road every night near the bridge.';
const validTip = () => ({
  category: 'OTHER',
  indicators: ['guards'],
  description: VALID_DESCRIPTION,
  location: { lat: 13.3633, lng: 103.8564, accuracyM: 30, source: 'GPS' },
  provinceCode: 'KH-17',
  landmark: 'Old bridge',
  observedOn: '2026-11-30',
  observedTime: 'NIGHT',
  urgent: false,
  wantsReward: false,
  language: 'en',
});


type Kind = 'tip' | 'message' | 'none';

/** Sends one request and checks what it changed: nothing when refused, one valid row when accepted. */
async function probe(label: string, route: (request: Request) => Promise<Response>, request: Request, accepts: Kind): Promise<number> {
  const before: Counts = await counts(setup.uploadDir);
  const response = await tally.record(label, await route(request));
  const after = await counts(setup.uploadDir);
  if (response.status >= 200 && response.status < 300 && accepts !== 'none') {
    if (accepts === 'tip') {
      expect(after.tips, label).toBe(before.tips + 1);
      const { code } = (await response.json()) as { code: string };
      const tip = await db.tip.findUniqueOrThrow({ where: { code }, select: { id: true } });
      await assertTipValid(tip.id);
    } else {
      expect(after.messages, label).toBeGreaterThan(before.messages);
      await assertNewestMessageValid();
    }
  } else {
    expect(after, label).toEqual(before);
  }
  return response.status;
}

const json = (path: string, body: unknown) =>
  new Request(`http://localhost${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const raw = (path: string, body: Uint8Array | string, type?: string) =>
  new Request(`http://localhost${path}`, { method: 'POST', headers: type ? { 'Content-Type': type } : {}, body: body as BodyInit });

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

const TIP_FIELDS = ['category', 'indicators', 'description', 'location', 'location.lat', 'location.lng', 'location.accuracyM', 'location.source', 'provinceCode', 'districtCode', 'landmark', 'observedOn', 'observedTime', 'urgent', 'wantsReward', 'language'];
const TEXT_FIELDS = ['category', 'description', 'provinceCode', 'districtCode', 'landmark', 'observedOn', 'observedTime', 'language', 'location.source', 'location.lat'];
const WRONG_TYPES: unknown[] = [null, 0, -1, 1e308, -1e308, 3.5, true, false, [], {}, 'x', [['deep']], { $gt: '' }, { __proto__: { admin: true } }, '1'.repeat(400)];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-16', 'multipart/form-data; boundary=XyZ', 'multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream', 'image/jpeg', undefined];
const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const randomBytes = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 4096 }), { seed: 10, numRuns: 15 });
const randomJson = fc.sample(fc.jsonValue(), { seed: 11, numRuns: 60 });
const randomObjects = fc.sample(fc.dictionary(fc.string(), fc.jsonValue()), { seed: 12, numRuns: 40 });

let owner: { code: string; passphrase: string };
let victim: { code: string; passphrase: string };

beforeAll(async () => {
  await prepareFuzzDatabase(setup.url);
  const make = async () => (await (await tipsRoute(json('/api/v1/tips', validTip()))).json()) as { code: string; passphrase: string };
  owner = await make();
  victim = await make();
}, 120_000);

afterAll(async () => {
  await dropFuzzDatabase(setup.url);
  // The figures for docs/SECURITY.md.
  console.log(`[http-fuzz] ${tally.requests} requests; by status ${JSON.stringify(tally.byStatus)}; 5xx: ${tally.serverErrors.length}`);
}, 60_000);

describe('HTTP fuzz of the public endpoints', () => {
  it('POST /api/v1/tips: naughty strings in every text field, as JSON and as a plain form', async () => {
    for (const naughty of NAUGHTY) {
      for (const field of TEXT_FIELDS) {
        const values = field === 'description' ? [naughty, `${VALID_DESCRIPTION} ${naughty}`, `${naughty} ${VALID_DESCRIPTION}`] : field === 'landmark' ? [naughty, `Bridge ${naughty}`] : [naughty];
        for (const value of values) {
          const body = validTip();
          setPath(body, field, value);
          await probe(`tips ${field}=${JSON.stringify(value).slice(0, 60)}`, tipsRoute, json('/api/v1/tips', body), 'tip');
        }
      }
      const form = new URLSearchParams({ category: 'OTHER', description: `${VALID_DESCRIPTION} ${naughty}`, lat: '13.3633', lng: '103.8564', source: 'MANUAL', language: 'en', landmark: naughty });
      await probe(`tips form ${JSON.stringify(naughty).slice(0, 60)}`, tipsRoute, raw('/api/v1/tips', form.toString(), 'application/x-www-form-urlencoded'), 'tip');
    }
    expect(tally.serverErrors).toEqual([]);
  }, 900_000);

  it('POST /api/v1/tips: wrong types in every field, random JSON, random bytes, every content type', async () => {
    for (const field of TIP_FIELDS) {
      for (const wrong of WRONG_TYPES) {
        const body = validTip();
        setPath(body, field, wrong);
        await probe(`tips ${field}=${JSON.stringify(wrong)?.slice(0, 40)}`, tipsRoute, json('/api/v1/tips', body), 'tip');
      }
      const missing = validTip() as Record<string, unknown>;
      if (!field.includes('.')) delete missing[field];
      await probe(`tips without ${field}`, tipsRoute, json('/api/v1/tips', missing), 'tip');
    }
    for (const [index, value] of [...randomJson, ...randomObjects].entries()) {
      await probe(`tips random JSON #${index}`, tipsRoute, json('/api/v1/tips', JSON.stringify(value)), 'tip');
      await probe(`tips random JSON over a valid tip #${index}`, tipsRoute, json('/api/v1/tips', { ...validTip(), ...(typeof value === 'object' && value !== null && !Array.isArray(value) ? value : { extra: value }) }), 'tip');
    }
    for (const type of CONTENT_TYPES) {
      for (const [index, bytes] of randomBytes.entries()) {
        await probe(`tips ${type} random bytes #${index}`, tipsRoute, raw('/api/v1/tips', bytes, type), 'tip');
      }
      await probe(`tips ${type} a valid tip as text`, tipsRoute, raw('/api/v1/tips', JSON.stringify(validTip()), type), type?.startsWith('application/json') ? 'tip' : 'none');
    }
    expect(tally.serverErrors).toEqual([]);
  }, 900_000);

  it('POST /api/v1/tips: huge, deep and wide bodies', async () => {
    const statuses = {
      hugeDescription: await probe('tips 1 MB description', tipsRoute, json('/api/v1/tips', { ...validTip(), description: 'A'.repeat(1_000_000) }), 'tip'),
      overLimit: await probe('tips 56 MB body', tipsRoute, raw('/api/v1/tips', new Uint8Array(56 * 1024 * 1024).fill(0x20), 'application/json'), 'tip'),
      lyingLength: await probe('tips Content-Length lies', tipsRoute, new Request('http://localhost/api/v1/tips', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '10' }, body: JSON.stringify(validTip()) }), 'tip'),
      deepBody: await probe('tips 100k-deep array', tipsRoute, json('/api/v1/tips', deepJson(100_000)), 'tip'),
      deepField: await probe('tips 5k-deep description', tipsRoute, json('/api/v1/tips', `{"category":"OTHER","description":${deepJson(5_000)}}`), 'tip'),
      deepIndicators: await probe('tips 5k-deep indicators', tipsRoute, json('/api/v1/tips', `${JSON.stringify(validTip()).slice(0, -1)},"indicators":${deepJson(5_000)}}`), 'tip'),
      wide: await probe('tips 100k keys', tipsRoute, json('/api/v1/tips', { ...validTip(), ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i])) }), 'tip'),
      manyIndicators: await probe('tips 100k indicators', tipsRoute, json('/api/v1/tips', { ...validTip(), indicators: Array(100_000).fill('guards') }), 'tip'),
    };
    expect(statuses).toEqual({ hugeDescription: 400, overLimit: 413, lyingLength: expect.any(Number), deepBody: 400, deepField: 400, deepIndicators: 400, wide: 201, manyIndicators: 400 });
    expect(tally.serverErrors).toEqual([]);
  }, 300_000);

  it('POST /api/v1/tips/status and /messages: naughty codes and passphrases, wrong types, random bytes', async () => {
    for (const naughty of NAUGHTY) {
      await probe(`status code=${JSON.stringify(naughty).slice(0, 40)}`, statusRoute, json('/api/v1/tips/status', { code: naughty, passphrase: owner.passphrase }), 'none');
      await probe(`messages code=${JSON.stringify(naughty).slice(0, 40)}`, messagesRoute, json('/api/v1/tips/messages', { code: naughty, passphrase: owner.passphrase, body: 'Hello' }), 'message');
    }
    for (const wrong of WRONG_TYPES) {
      for (const field of ['code', 'passphrase', 'body', 'answers']) {
        // A wrong passphrase is a guess: made on the victim's tip, so the owner's stays open.
        const who = field === 'passphrase' ? victim : owner;
        await probe(`status ${field}=${JSON.stringify(wrong)?.slice(0, 40)}`, statusRoute, json('/api/v1/tips/status', { ...who, [field]: wrong }), 'none');
        await probe(`messages ${field}=${JSON.stringify(wrong)?.slice(0, 40)}`, messagesRoute, json('/api/v1/tips/messages', { ...who, body: 'More detail: the gate opens at ten.', [field]: wrong }), 'message');
      }
    }
    for (const type of CONTENT_TYPES) {
      for (const [index, bytes] of randomBytes.entries()) {
        await probe(`status ${type} random bytes #${index}`, statusRoute, raw('/api/v1/tips/status', bytes, type), 'none');
        await probe(`messages ${type} random bytes #${index}`, messagesRoute, raw('/api/v1/tips/messages', bytes, type), 'message');
      }
    }
    for (const [index, value] of randomJson.entries()) {
      await probe(`status random JSON #${index}`, statusRoute, json('/api/v1/tips/status', JSON.stringify(value)), 'none');
      await probe(`messages random answers #${index}`, messagesRoute, json('/api/v1/tips/messages', { ...owner, answers: value }), 'message');
    }
    await probe('status 100k-deep', statusRoute, json('/api/v1/tips/status', deepJson(100_000)), 'none');
    await probe('status 1 MB', statusRoute, json('/api/v1/tips/status', { code: 'A'.repeat(1_000_000) }), 'none');
    await probe('messages 1 MB body', messagesRoute, json('/api/v1/tips/messages', { ...owner, body: 'A'.repeat(1_000_000) }), 'message');
    // Last: wrong passphrases for one tip lock it; the lock must not turn into a 5xx either.
    for (const naughty of NAUGHTY) {
      await probe(`status passphrase=${JSON.stringify(naughty).slice(0, 40)}`, statusRoute, json('/api/v1/tips/status', { code: victim.code, passphrase: naughty }), 'none');
    }
    expect(tally.serverErrors).toEqual([]);
  }, 900_000);

  it('POST /api/v1/tips/messages: naughty message bodies and answers from the rightful tipster', async () => {
    let accepted = 0;
    for (const naughty of NAUGHTY) {
      await probe(`messages body=${JSON.stringify(naughty).slice(0, 40)}`, messagesRoute, json('/api/v1/tips/messages', { ...owner, body: naughty }), 'message');
      const form = new FormData();
      form.set('code', owner.code);
      form.set('passphrase', owner.passphrase);
      form.set('body', `Seen again: ${naughty}`);
      const status = await probe(`messages form body=${JSON.stringify(naughty).slice(0, 40)}`, messagesRoute, new Request('http://localhost/api/v1/tips/messages', { method: 'POST', body: form }), 'message');
      if (status === 201) accepted += 1;
      await probe(`messages answers ${JSON.stringify(naughty).slice(0, 40)}`, messagesRoute, json('/api/v1/tips/messages', { ...owner, answers: { [naughty]: naughty } }), 'message');
    }
    // The owner's tip was never locked by the guesses above: every message within the limit got through.
    expect(accepted).toBe(NAUGHTY.filter((naughty) => !hasControlCharacters(naughty) && `Seen again: ${naughty}`.trim().length <= DESCRIPTION_MAX).length);
    expect(tally.serverErrors).toEqual([]);
  }, 900_000);

  it('GET /api/v1/pow: naughty query strings and headers are ignored', async () => {
    // A lone surrogate cannot be percent-encoded as UTF-8: it goes as the bytes of one, which are not UTF-8.
    const encode = (text: string) => {
      try {
        return encodeURIComponent(text);
      } catch {
        return '%ED%A0%80';
      }
    };
    for (const naughty of NAUGHTY) {
      const status = await probe(`pow ?q=${JSON.stringify(naughty).slice(0, 40)}`, powRoute, new Request(`http://localhost/api/v1/pow?lang=${encode(naughty)}&${encode(naughty)}=1`), 'none');
      expect(status).toBe(200);
    }
    expect(tally.serverErrors).toEqual([]);
  }, 300_000);
});
