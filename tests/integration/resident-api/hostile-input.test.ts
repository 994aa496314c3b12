/**
 * Inputs that used to end in a 500 (issue 10): a year 0000 and a NUL character, in every field
 * and endpoint that takes them (the tip's description, landmark and date; the tipster's reply).
 * They are refused as field errors in the sender's language, storing nothing, through the JSON
 * API and the form; any data the database still refuses is a 400; and the log of a failing
 * resident request holds neither what was sent nor a time finer than the hour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const logFile = vi.hoisted(() => {
  const file = `${process.env.TMPDIR ?? '/tmp'}/ee-hostile-${process.pid}-${Date.now()}.log`;
  process.env.LOG_FILE = file;
  process.env.LOG_LEVEL = 'trace';
  return file;
});

import { POST as tipsRoute } from '@/app/api/v1/tips/route';
import { POST as messagesRoute } from '@/app/api/v1/tips/messages/route';
import { db } from '@/lib/db/client';
import { runAction } from '@/lib/http/action';
import { withResidentRoute } from '@/lib/tips/resident-route';
import { submitTip } from '@/lib/tips/submit-tip';
import { areaCentre } from '@/lib/geo/area-centre';
import { readReportForm, toTipFields } from '@/lib/ui/resident/report-values';

const MARKER = `hostile-test-${process.pid}-${Date.now()}`;
const tip = (overrides: Record<string, unknown> = {}) => ({
  category: 'SCAM_COMPOUND',
  description: `Guards at the gate and buses at night near the river. ${MARKER}`,
  location: { lat: 10.6301, lng: 103.5202, source: 'MAP_PIN' },
  language: 'en',
  ...overrides,
});
const stored = () => db.tip.count({ where: { description: { contains: MARKER } } });
const postTip = (body: unknown, lang = 'en') =>
  tipsRoute(new Request(`http://localhost/api/v1/tips?lang=${lang}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));

describe('hostile input on the resident path', () => {
  it('refuses a year 0000, a date before 2000 and control characters in every free-text field of a tip, with field errors in the sender language', async () => {
    const before = await stored();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ observedOn: '0000-01-01' }, 'observedOn', 'Enter a date from the year 2000 onwards.'],
      [{ observedOn: '1999-12-31' }, 'observedOn', 'Enter a date from the year 2000 onwards.'],
      [{ description: `Nul byte here \u0000 in the description text. ${MARKER}` }, 'description', 'Remove the invisible control characters from this text.'],
      [{ description: `Escape \u001b[31m and bell \u0007 in the text. ${MARKER}` }, 'description', 'Remove the invisible control characters from this text.'],
      [{ landmark: 'By the \u0000 bridge' }, 'landmark', 'Remove the invisible control characters from this text.'],
    ];
    for (const [overrides, field, message] of cases) {
      const response = await postTip(tip(overrides));
      expect(response.status, JSON.stringify(overrides)).toBe(400);
      const answer = (await response.json()) as { error: string; fields: Record<string, string> };
      expect(answer.error).toBe('BAD_REQUEST');
      expect(answer.fields[field]).toBe(message);
    }
    // In Khmer too.
    const khmer = (await (await postTip(tip({ observedOn: '0000-01-01' }), 'km')).json()) as { fields: Record<string, string> };
    expect(khmer.fields.observedOn).toBe('សូមបញ្ចូលកាលបរិច្ឆេទចាប់ពីឆ្នាំ 2000 តទៅ។');
    expect(await stored()).toBe(before);

    // Line breaks and tabs are text: kept (a form sends a textarea's line breaks as CR LF).
    const fine = await postTip(tip({ description: `First line\r\nsecond line\tand a tab. ${MARKER}`, observedOn: '2000-01-01' }));
    expect(fine.status).toBe(201);
    expect(await stored()).toBe(before + 1);
  });

  it('refuses the same through the report form, with the message at the field', async () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ category: 'SCAM_COMPOUND', description: `Nul \u0000 byte in the form text ${MARKER}`, provinceCode: 'KH-18', observedOn: '0000-01-01' })) form.set(name, value);
    const result = await runAction('submitReport', 'vi', async () =>
      submitTip({ fields: toTipFields(readReportForm(form), 'vi', areaCentre), photos: [], pow: null, requirePow: false }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: 'BAD_REQUEST',
      fields: { description: 'Hãy xóa các ký tự điều khiển vô hình khỏi đoạn văn này.', observedOn: 'Hãy nhập một ngày từ năm 2000 trở đi.' },
    });
  });

  it('refuses control characters in a reply to the officers', async () => {
    const receipt = await submitTip({ fields: tip(), photos: [], requirePow: true });
    const response = await messagesRoute(
      new Request('http://localhost/api/v1/tips/messages?lang=en', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: receipt.code, passphrase: receipt.passphrase, body: 'The gate \u0000 opens at night' }),
      }),
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields.body).toBe('Remove the invisible control characters from this text.');
    expect(await db.message.count({ where: { tipId: receipt.tipId } })).toBe(0);
  });

  it('answers data the database refuses with a 400, and logs neither what was sent nor the exact time', async () => {
    const secret = `SecretWordsOfTheTipster-${MARKER}`;
    // Whatever a schema misses: the database's own refusal (22021: a NUL byte) is the sender's fault.
    const route = withResidentRoute('api.v1.test', async () => {
      await db.tip.findFirst({ where: { description: `${secret}\u0000` } });
      return new Response(null, { status: 204 });
    });
    const response = await route(new Request('http://localhost/api/v1/test?lang=en', { method: 'POST' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'BAD_REQUEST', message: 'Something in what you sent cannot be stored. Check the text and the dates, then send again.' });
    expect(response.headers.get('cache-control')).toBe('no-store');

    // Too long for the database (54000), through a server action of the resident path.
    const action = await runAction('probe', 'en', () => db.$queryRaw`SELECT repeat(${secret}, 2000000000) AS x`, { resident: true });
    expect(action).toMatchObject({ ok: false, error: 'BAD_REQUEST' });

    // An unexpected failure is still a 500, logged by class and code only.
    const failing = withResidentRoute('api.v1.test', async () => {
      await db.$queryRaw`SELECT ${secret}::int AS x`.catch((error: unknown) => {
        throw Object.assign(new Error(`wrapped: ${secret}`), { cause: error });
      });
      throw new Error(`unreachable ${secret}`);
    });
    expect((await failing(new Request('http://localhost/api/v1/test', { method: 'POST' }))).status).toBe(400);
    const crash = withResidentRoute('api.v1.crash', async () => {
      throw new TypeError(`cannot read ${secret}`);
    });
    expect((await crash(new Request('http://localhost/api/v1/crash', { method: 'POST' }))).status).toBe(500);

    const logged = readFileSync(logFile, 'utf8');
    const lines = logged.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = lines.filter((line) => line.route === 'api.v1.test' || line.route === 'api.v1.crash' || line.action === 'probe');
    expect(mine).toHaveLength(4);
    expect(logged).not.toContain('SecretWordsOfTheTipster');
    expect(logged).not.toContain('invalid byte sequence');
    for (const line of mine) {
      // The hour, as every resident time: never the millisecond.
      expect(typeof line.time).toBe('string');
      expect(new Date(line.time as string).getTime() % 3_600_000).toBe(0);
    }
    expect(mine.map((line) => (line.err as { sqlState?: string }).sqlState)).toEqual(['22021', '54000', '22P02', undefined]);
    expect(mine.at(-1)).toMatchObject({ level: 50, err: { type: 'TypeError' } });
  });
});
