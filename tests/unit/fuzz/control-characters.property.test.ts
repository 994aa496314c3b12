/**
 * No control characters get through the resident schemas (a NUL made PostgreSQL refuse the
 * row: a 500; the others hide text from an officer's screen). Whether a schema refuses them or
 * strips them, what it accepts holds none but tab and line breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replyBodySchema } from '@/lib/tips/reply-as-tipster';
import { tipInputSchema } from '@/lib/tips/schema';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const control = fc.integer({ min: 0, max: 0x1f }).filter((code) => ![0x09, 0x0a, 0x0d].includes(code)).map((code) => String.fromCharCode(code));
const textWithControl = fc.tuple(fc.string({ maxLength: 40 }), control, fc.string({ maxLength: 40 })).map(([before, char, after]) => `Guards at the gate ${before}${char}${after} every night`);
const tip = { category: 'OTHER', description: 'Men with radios watch the road every night.', location: { lat: 13.3633, lng: 103.8564, source: 'GPS' }, language: 'en' };

describe('control characters in resident text', () => {
  it('never come out of the tip schema (description, landmark)', () => {
    fc.assert(
      fc.property(fc.constantFrom('description', 'landmark'), textWithControl, (field, text) => {
        const result = tipInputSchema.safeParse({ ...tip, [field]: text });
        if (result.success) expect(result.data[field as 'description' | 'landmark']).not.toMatch(CONTROL);
      }),
      { numRuns: 200, seed: 752 },
    );
  });

  it('never come out of the tipster message schema', () => {
    fc.assert(
      fc.property(textWithControl, (text) => {
        const result = replyBodySchema.safeParse(text);
        if (result.success) expect(result.data).not.toMatch(CONTROL);
      }),
      { numRuns: 200, seed: 753 },
    );
  });
});
