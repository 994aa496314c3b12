/**
 * The JSON API against the running server, and the anonymity proof of issue 3: a tip sent
 * with a distinctive address, user agent, language and cookie leaves none of them in any
 * text column of any table, nor in any line the server logged.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { db } from '@/lib/db/client';
import { jpegWithGps } from '../../helpers/images';

const PROBES = {
  forwardedFor: '203.0.113.77',
  userAgent: 'AnonProbe/9.9-zz',
  acceptLanguage: 'xx-PROBE',
  cookie: 'CookieProbe-5150',
};
const PROBE_HEADERS = {
  'X-Forwarded-For': PROBES.forwardedFor,
  'X-Real-IP': PROBES.forwardedFor,
  Forwarded: `for=${PROBES.forwardedFor}`,
  'User-Agent': PROBES.userAgent,
  'Accept-Language': PROBES.acceptLanguage,
  Cookie: `probe=${PROBES.cookie}; lang=km`,
};
const LOG_FILE = path.resolve(process.env.E2E_LOG_FILE ?? '.data/test-results/server.log');

const tip = (description: string) => ({
  category: 'SCAM_COMPOUND',
  description,
  location: { lat: 10.6275, lng: 103.5221, accuracyM: 30, source: 'GPS' },
  indicators: ['guards', 'buses_at_night'],
  wantsReward: true,
  language: 'th',
});

/** Every text-like column of every table (found from information_schema, not listed by hand). */
async function textColumns(): Promise<{ table: string; column: string }[]> {
  return db.$queryRaw<{ table: string; column: string }[]>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = 'public'
      AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED', 'bytea'))
    ORDER BY table_name, column_name`;
}

async function rowsContaining(needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns()) {
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM ${quoted(table)} WHERE position(lower($1) IN lower(${quoted(column)}::text)) > 0`,
      needle,
    );
    if (Number(rows[0]!.n) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

test.describe('resident JSON API', () => {
  test('a tip with identifying headers leaves no trace of them in the database or the logs', async ({ request }) => {
    const description = `Anonymity probe ${Date.now()}: guards with radios at the gate, buses at night.`;
    const challenge = await request.get('/api/v1/pow', { headers: PROBE_HEADERS });
    expect(challenge.status()).toBe(200);
    expect(challenge.headers()['cache-control']).toBe('no-store');

    // JSON and multipart with a GPS-tagged photo, both with the probe headers.
    const json = await request.post('/api/v1/tips', { headers: PROBE_HEADERS, data: tip(description) });
    expect(json.status()).toBe(201);
    expect(json.headers()['cache-control']).toBe('no-store');
    expect(json.headers()['set-cookie']).toBeUndefined();
    const receipt = (await json.json()) as { code: string; passphrase: string };
    expect(receipt.code).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(receipt.passphrase).toMatch(/^\d{4}-\d{4}-\d{4}-\d{4}$/);

    const multipart = await request.post('/api/v1/tips', {
      headers: PROBE_HEADERS,
      multipart: {
        data: JSON.stringify(tip(`${description} With a photo.`)),
        photos: { name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await jpegWithGps(5) },
      },
    });
    expect(multipart.status()).toBe(201);
    const withPhoto = (await multipart.json()) as { code: string; passphrase: string };

    const status = await request.post('/api/v1/tips/status', { headers: PROBE_HEADERS, data: withPhoto });
    expect(status.status()).toBe(200);
    expect(await status.json()).toMatchObject({ code: withPhoto.code, status: 'RECEIVED', category: 'SCAM_COMPOUND', language: 'th', reward: null });

    const reply = await request.post('/api/v1/tips/messages', { headers: PROBE_HEADERS, data: { ...withPhoto, body: 'There are about twenty guards.' } });
    expect(reply.status()).toBe(201);
    const wrong = await request.post('/api/v1/tips/status', { headers: PROBE_HEADERS, data: { code: withPhoto.code, passphrase: '0000-0000-0000-0000' } });
    expect(wrong.status()).toBe(401);

    const stored = await db.tip.findMany({ where: { code: { in: [receipt.code, withPhoto.code] } }, include: { attachments: true, messages: true } });
    expect(stored).toHaveLength(2);
    expect(stored.find((row) => row.code === withPhoto.code)!.attachments).toHaveLength(1);
    expect(stored.find((row) => row.code === withPhoto.code)!.messages).toHaveLength(1);
    expect(stored.every((row) => row.receivedAt.getTime() % 3_600_000 === 0)).toBe(true);

    const columns = await textColumns();
    expect(columns.map((column) => `${column.table}.${column.column}`)).toEqual(expect.arrayContaining(['Tip.description', 'Message.body', 'AuditEvent.detail']));
    for (const [name, value] of Object.entries(PROBES)) {
      expect(await rowsContaining(value), `${name} found in the database`).toEqual([]);
    }
    // The probe values are findable when present: the search itself works.
    expect(await rowsContaining(description.slice(0, 40))).toEqual(['Tip.description']);

    // The server writes its log here at level info (playwright.config.ts). The resident path
    // logs nothing on success (a log line's exact time would date the tip); whatever else
    // was logged during the run must not hold any of the probes either.
    const logged = existsSync(LOG_FILE) ? readFileSync(LOG_FILE, 'utf8') : '';
    expect(logged).not.toContain('tip received');
    for (const [name, value] of Object.entries(PROBES)) expect(logged.includes(value), `${name} found in the server log`).toBe(false);
    expect(logged).not.toContain(receipt.code);
    expect(logged).not.toContain(withPhoto.passphrase);
  });

  test('answers field errors, wrong types, oversized bodies and bad credentials with clear statuses', async ({ request }) => {
    const invalid = await request.post('/api/v1/tips?lang=en', { data: { ...tip('short'), location: { lat: 13.75, lng: 100.5, source: 'GPS' } } });
    expect(invalid.status()).toBe(400);
    const body = (await invalid.json()) as { error: string; fields: Record<string, string> };
    expect(body.error).toBe('BAD_REQUEST');
    expect(Object.keys(body.fields)).toEqual(expect.arrayContaining(['description', 'location.lat']));
    expect(invalid.headers()['cache-control']).toBe('no-store');

    const text = await request.post('/api/v1/tips', { headers: { 'Content-Type': 'text/plain' }, data: 'hello' });
    expect(text.status()).toBe(415);

    const huge = await request.post('/api/v1/tips', {
      multipart: { data: JSON.stringify(tip('A tip with far too much attached to it.')), photos: { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(56 * 1024 * 1024, 1) } },
    });
    expect(huge.status()).toBe(413);
    expect(huge.headers()['cache-control']).toBe('no-store');

    const notAPhoto = await request.post('/api/v1/tips?lang=en', {
      multipart: { data: JSON.stringify(tip('A tip with a document instead of a photo.')), photos: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7 not a photo') } },
    });
    expect(notAPhoto.status()).toBe(415);
    expect(((await notAPhoto.json()) as { message: string }).message).toContain('not a photo');

    const flat = await request.post('/api/v1/tips', {
      form: { category: 'MONEY_MULE', description: 'They buy bank accounts and SIM cards outside the market.', lat: '11.5564', lng: '104.9282', source: 'MAP_PIN', language: 'en', wantsReward: 'on' },
    });
    expect(flat.status()).toBe(201);
    const flatTip = await db.tip.findUniqueOrThrow({ where: { code: ((await flat.json()) as { code: string }).code } });
    expect(flatTip).toMatchObject({ category: 'MONEY_MULE', provinceCode: 'KH-12', wantsReward: true, locationSource: 'MAP_PIN' });

    const unknown = await request.post('/api/v1/tips/status', { data: { code: '0000-1111-2222', passphrase: '1234-5678-9012-3456' } });
    expect(unknown.status()).toBe(401);
    expect(unknown.headers()['cache-control']).toBe('no-store');
  });
});
