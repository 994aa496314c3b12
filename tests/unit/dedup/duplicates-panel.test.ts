import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '@/lib/dedup/find-duplicates';
import { translator } from '@/lib/i18n/translate';
import { DuplicatesPanel, PANEL_FIRST } from '@/lib/ui/dedup/duplicates-panel';

const candidate = (index: number): DuplicateCandidate => ({
  tipId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  score: 0.95 - index * 0.01,
  flagged: true,
  distanceM: 100 + index,
  reasons: [
    { code: 'script_names', names: ['golden fortune'], weight: 0.4 },
    { code: 'names_differ', weight: -0.12 },
    { code: 'numbers', numbers: ['4'], weight: 0.04 },
    { code: 'floors', floors: [9], weight: 0.12 },
    { code: 'time', days: 2, weight: 0.05 },
  ],
  caseId: null,
  category: 'SCAM_COMPOUND',
  status: 'NEW',
  language: 'km',
  receivedAt: new Date('2026-11-01T00:00:00Z'),
});

describe('DuplicatesPanel', () => {
  it('shows the best three with plain reasons and puts a cluster of 22 behind one "show more"', () => {
    const html = renderToStaticMarkup(createElement(DuplicatesPanel, { candidates: Array.from({ length: 22 }, (_, i) => candidate(i)), locale: 'th', t: translator('th') }));
    const [first, more] = html.split('<details');
    expect(first!.match(/data-testid="duplicate"/g)).toHaveLength(PANEL_FIRST);
    expect(more!.match(/data-testid="duplicate"/g)).toHaveLength(22 - PANEL_FIRST);
    expect(html.match(/<details/g)).toHaveLength(1);
    expect(more).toContain('แสดงอีก 19 รายการ');
    expect(first).toContain('ชื่อเดียวกันในอักษรอื่น: golden fortune');
    expect(first).toContain('จำนวนชั้นเท่ากัน: 9');
    // no noise: "the names differ", a single shared digit, the time
    expect(html).not.toContain('ชื่อต่างกัน');
    expect(html).not.toContain('ตัวเลขเดียวกัน');
    expect(html).not.toContain('ห่างกัน 2 วัน');
  });

  it('has no "show more" for three or fewer', () => {
    const html = renderToStaticMarkup(createElement(DuplicatesPanel, { candidates: [candidate(1), candidate(2)], locale: 'en', t: translator('en') }));
    expect(html).not.toContain('<details');
    expect(html).toContain('Same number of floors: 9');
  });
});
