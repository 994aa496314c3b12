import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, inboxSegments, safeExcerpt } from '@/lib/triage/list-inbox';
import { isTriageOverdue, triageDueAt } from '@/lib/triage/triage-due';

const DUE = { urgentMinutes: 60, otherHours: 72 };

describe('triage due times', () => {
  const received = new Date('2026-03-01T08:00:00Z');

  it('urgent tips are due an hour after receipt', () => {
    expect(triageDueAt({ urgent: true, receivedAt: received }, DUE).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    // 08:59 not yet, 09:00 exactly not yet (due *at* 09:00), 09:01 overdue.
    expect(isTriageOverdue({ status: 'NEW', urgent: true, receivedAt: received }, new Date('2026-03-01T08:59:00Z'), DUE)).toBe(false);
    expect(isTriageOverdue({ status: 'NEW', urgent: true, receivedAt: received }, new Date('2026-03-01T09:00:00Z'), DUE)).toBe(false);
    expect(isTriageOverdue({ status: 'NEW', urgent: true, receivedAt: received }, new Date('2026-03-01T09:01:00Z'), DUE)).toBe(true);
  });

  it('other tips are due 72 hours after receipt', () => {
    expect(triageDueAt({ urgent: false, receivedAt: received }, DUE).toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(isTriageOverdue({ status: 'NEW', urgent: false, receivedAt: received }, new Date('2026-03-04T07:59:00Z'), DUE)).toBe(false);
    expect(isTriageOverdue({ status: 'NEW', urgent: false, receivedAt: received }, new Date('2026-03-04T08:01:00Z'), DUE)).toBe(true);
  });

  it('a triaged tip is never overdue, however late', () => {
    expect(isTriageOverdue({ status: 'TRIAGED', urgent: true, receivedAt: received }, new Date('2026-06-01T00:00:00Z'), DUE)).toBe(false);
  });

  it('follows the settings', () => {
    expect(triageDueAt({ urgent: true, receivedAt: received }, { urgentMinutes: 30, otherHours: 24 }).toISOString()).toBe('2026-03-01T08:30:00.000Z');
    expect(triageDueAt({ urgent: false, receivedAt: received }, { urgentMinutes: 30, otherHours: 24 }).toISOString()).toBe('2026-03-02T08:00:00.000Z');
  });
});

describe('inbox helpers', () => {
  it('orders segments NEW urgent, NEW other (each with proof of work, then without), then the rest of the workflow', () => {
    const segments = inboxSegments();
    expect(segments.slice(0, 5)).toEqual([
      { status: 'NEW', urgent: true, powVerified: true },
      { status: 'NEW', urgent: true, powVerified: false },
      { status: 'NEW', urgent: false, powVerified: true },
      { status: 'NEW', urgent: false, powVerified: false },
      { status: 'TRIAGED', urgent: true },
    ]);
    expect(segments).toHaveLength(14);
    expect(inboxSegments('LINKED')).toEqual([
      { status: 'LINKED', urgent: true },
      { status: 'LINKED', urgent: false },
    ]);
  });

  it('round-trips a cursor and refuses a forged one with a field error', () => {
    const cursor = { s: 1, t: '2026-03-01T08:00:00.000Z', id: '11111111-1111-4111-8111-111111111111' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(() => decodeCursor('not-a-cursor')).toThrow('triage.errors.cursor');
  });

  it('excerpts are short, flattened and mask long digit runs', () => {
    expect(safeExcerpt('Call   me on\n012 345 678 please')).toBe('Call me on ••• ••• ••• please');
    // Khmer digits too; a short number (a street, a floor) stays.
    expect(safeExcerpt('ទូរសព្ទ ០១២ ៣៤៥ ៦៧៨ ផ្លូវ 271')).toBe('ទូរសព្ទ ••• ••• ••• ផ្លូវ 271');
    const long = 'The compound behind the market has high walls and guards at every gate day and night';
    const excerpt = safeExcerpt(long, 40);
    expect(excerpt.endsWith('…')).toBe(true);
    expect([...excerpt].length).toBeLessThanOrEqual(41);
    expect(excerpt).toBe('The compound behind the market has high…');
    // Khmer has no spaces between words: cut at the length.
    expect([...safeExcerpt('អគារខ្ពស់មានរបងលួសបន្លានិងអ្នកយាមនៅមាត់ទ្វារពេលយប់មានឡានក្រុងចូលចេញ', 10)]).toHaveLength(11);
  });
});
