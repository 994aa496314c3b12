import { describe, expect, it } from 'vitest';
import { budgetBurn } from '@/lib/stats/dashboard-stats';
import { countFormatter, minorToDecimal, moneyFormatter, monthFormatter } from '@/lib/stats/format';
import { completeMonths, completeQuarters, monthKey, monthStart, quarterOfMonth, quarterPeriod, recentMonths, recentWeeks, weekKey } from '@/lib/stats/periods';
import { linePath } from '@/lib/ui/charts/line-chart';
import { axisTicks, labelWidth, niceStep, percentOf, scaleLength } from '@/lib/ui/charts/scale';

describe('chart scales', () => {
  it('rounds the axis to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(7)).toBe(2); // 7 / 4 = 1.75 -> 2
    expect(axisTicks(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(axisTicks(100)).toEqual({ top: 100, ticks: [0, 50, 100] }); // 25 -> 50
    expect(axisTicks(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
    expect(axisTicks(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] }); // counts never step below 1
    expect(axisTicks(0)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('scales lengths to the axis and clamps outside it', () => {
    expect(scaleLength(5, 10, 200)).toBe(100);
    expect(scaleLength(1, 3, 100)).toBe(33.3);
    expect(scaleLength(12, 10, 200)).toBe(200);
    expect(scaleLength(-1, 10, 200)).toBe(0);
    expect(scaleLength(4, 0, 200)).toBe(0);
  });

  it('computes shares with one decimal, none of nothing', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(2, 0)).toBeNull();
  });

  it('estimates label widths to decide when to slant them (wide scripts count more)', () => {
    expect(labelWidth('Nov 2025')).toBe(56); // 8 characters x 7
    expect(labelWidth('金边')).toBe(24); // 2 x 12
  });

  it('lifts the pen over missing values', () => {
    expect(linePath([1, null, 3, 4], (index) => index * 10, (value) => value)).toBe('M0 1 M20 3 L30 4');
  });
});

describe('periods in Phnom Penh time (UTC+7)', () => {
  it('puts 00:00 on the 1st in Phnom Penh in the new month', () => {
    expect(monthKey(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03');
    expect(monthKey(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04');
    expect(monthStart('2026-04').toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });

  it('public figures cover the twelve complete months before the current one', () => {
    const period = completeMonths(new Date('2026-01-15T00:00:00Z'));
    expect(period.keys).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12']);
    expect(period.from.toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(period.to.toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('public province figures cover the four complete calendar quarters before the current one', () => {
    const quarters = completeQuarters(new Date('2026-11-30T05:00:00Z'));
    expect(quarters.map((quarter) => quarter.key)).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(quarters[0]!.keys).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(quarters[3]!.keys).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(quarters[0]!.from.toISOString()).toBe('2025-09-30T17:00:00.000Z');
    expect(quarters[3]!.to.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    // Consecutive, never overlapping.
    for (let index = 1; index < quarters.length; index++) expect(quarters[index]!.from.getTime()).toBe(quarters[index - 1]!.to.getTime());
  });

  it('keeps the same quarters all through a quarter and moves by one whole quarter at 00:00 on 1 January in Phnom Penh', () => {
    const keys = (now: string) => completeQuarters(new Date(now)).map((quarter) => quarter.key);
    // 1 October 00:00 and 31 December 23:59 in Phnom Penh: the same release.
    expect(keys('2026-09-30T17:00:00Z')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(keys('2026-12-31T16:59:59Z')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    // 17:00 UTC on 31 December is already 1 January in Phnom Penh: Q4 2026 is added, Q4 2025 dropped.
    expect(keys('2026-12-31T17:00:00Z')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    // 16:59 UTC on 30 September is still the third quarter in Phnom Penh.
    expect(keys('2026-09-30T16:59:59Z')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quarterOfMonth(monthKey(new Date('2026-03-31T16:59:59Z')))).toBe('2026-Q1');
    expect(quarterOfMonth(monthKey(new Date('2026-03-31T17:00:00Z')))).toBe('2026-Q2');
    expect(quarterPeriod('2027-Q1').from.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(quarterPeriod('2027-Q1').to.toISOString()).toBe('2027-03-31T17:00:00.000Z');
    expect(quarterPeriod('2026-Q4').keys).toEqual(['2026-10', '2026-11', '2026-12']);
  });

  it('staff figures include the month or week in progress', () => {
    const months = recentMonths(new Date('2026-01-15T00:00:00Z'), 3);
    expect(months.keys).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(months.to.toISOString()).toBe('2026-01-31T17:00:00.000Z');
    // Monday 30 November 2026, 06:00 in Phnom Penh.
    expect(weekKey(new Date('2026-11-29T23:00:00Z'))).toBe('2026-11-30');
    expect(weekKey(new Date('2026-11-29T16:59:00Z'))).toBe('2026-11-23');
    const weeks = recentWeeks(new Date('2026-12-02T00:00:00Z'), 2);
    expect(weeks.keys).toEqual(['2026-11-23', '2026-11-30']);
    expect(weeks.from.toISOString()).toBe('2026-11-22T17:00:00.000Z');
    expect(weeks.to.toISOString()).toBe('2026-12-06T17:00:00.000Z');
  });
});

describe('formatting per locale', () => {
  it('turns minor units into exact decimals', () => {
    expect(minorToDecimal(123456n, 'USD')).toBe('1234.56');
    expect(minorToDecimal('5', 'USD')).toBe('0.05');
    expect(minorToDecimal(-5n, 'USD')).toBe('-0.05');
    expect(minorToDecimal(4000n, 'KHR')).toBe('4000');
    expect(minorToDecimal(123456789012345678901n, 'USD')).toBe('1234567890123456789.01');
  });

  it("formats numbers, money and months in the reader's language", () => {
    expect(moneyFormatter('en', 'USD')('123456')).toBe('US$1,234.56');
    expect(moneyFormatter('km', 'KHR')(4000n)).toBe('4,000៛');
    // Western digits in every locale (decision 0801).
    expect(countFormatter('my')(1234)).toBe('1,234');
    expect(countFormatter('en')(1234)).toBe('1,234');
    expect(monthFormatter('en', 'long')('2026-03')).toBe('March 2026');
  });
});

describe('budget burn from journal movements (debits positive)', () => {
  it('runs balances from before the period through each bucket', () => {
    const burn = budgetBurn(
      ['2026-01', '2026-02'],
      [
        { bucket: null, kind: 'EXTERNAL', currency: 'USD', minor: '-100000' },
        { bucket: null, kind: 'FUNDING', currency: 'USD', minor: '100000' },
        { bucket: '2026-02', kind: 'COMMITTED', currency: 'USD', minor: '2500' },
        { bucket: '2026-02', kind: 'FUNDING', currency: 'USD', minor: '-2500' },
        { bucket: '2026-02', kind: 'PAID', currency: 'KHR', minor: '40000' },
        { bucket: '2026-02', kind: 'COMMITTED', currency: 'KHR', minor: '-40000' },
      ],
    );
    expect(burn.USD).toEqual([
      { fundedMinor: '100000', committedMinor: '0', paidMinor: '0' },
      { fundedMinor: '100000', committedMinor: '2500', paidMinor: '0' },
    ]);
    expect(burn.KHR[1]).toEqual({ fundedMinor: '0', committedMinor: '-40000', paidMinor: '40000' });
  });
});
