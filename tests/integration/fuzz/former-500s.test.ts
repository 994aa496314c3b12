/**
 * The inputs an outside review found answered with a 500 (issue 10): a NUL character in stored
 * text (PostgreSQL refuses it) and the year 0000 (no such date in PostgreSQL), through every
 * field and endpoint that takes them: each must be a 400 that stores nothing.
 */
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? '/tmp'}/ee-former-500s-${process.pid}-${Date.now()}`;
});

import { POST as tipsRoute } from '@/app/api/v1/tips/route';
import { POST as messagesRoute } from '@/app/api/v1/tips/messages/route';
import { db } from '@/lib/db/client';

const MARKER = `former-500s-${process.pid}-${Date.now()}`;
const tip = (overrides: Record<string, unknown> = {}) => ({
  category: 'OTHER',
  description: `Men with radios watch the road every night near the bridge. ${MARKER}`,
  location: { lat: 13.3633, lng: 103.8564, source: 'MANUAL' },
  language: 'en',
  ...overrides,
});
const post = (route: (request: Request) => Promise<Response>, path: string, body: unknown) =>
  route(new Request(`http://localhost${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
const mine = () => db.tip.count({ where: { description: { contains: MARKER } } });

describe('inputs that gave a 500', () => {
  const tipCases: Array<[string, Record<string, unknown>]> = [
    ['a NUL character in the description', { description: `Guards at the gate \u0000 and buses at night ${MARKER}` }],
    ['a NUL character in the landmark', { landmark: 'Old\u0000bridge' }],
    ['the year 0000 in observedOn', { observedOn: '0000-01-01' }],
  ];
  for (const [name, overrides] of tipCases) {
    it(`refuses ${name} with a 400 and stores nothing`, async () => {
      const before = await mine();
      const response = await post(tipsRoute, '/api/v1/tips', tip(overrides));
      expect(response.status).toBe(400);
      expect(await mine()).toBe(before);
    });
  }

  it('refuses a NUL character in a message from the tipster with a 400 and stores nothing', async () => {
    const receipt = (await (await post(tipsRoute, '/api/v1/tips', tip())).json()) as { code: string; passphrase: string };
    const messages = () => db.message.count({ where: { tip: { code: receipt.code } } });
    const before = await messages();
    const response = await post(messagesRoute, '/api/v1/tips/messages', { ...receipt, body: 'The buses came \u0000 again' });
    expect(response.status).toBe(400);
    expect(await messages()).toBe(before);
  });
});
