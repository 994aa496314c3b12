/**
 * Public statistics against real PostgreSQL. Each test works in a year of its own (far from
 * today), so rows written by other tests sharing the database never fall in its period.
 */
import { describe, expect, it } from 'vitest';
import { computePublicStats, type PublicRow, type PublicStats } from '@/lib/stats/public-stats';
import { makeTip } from '../../helpers/factories';
import { makeCase, makeRaid, makeReward } from '../../helpers/factories-stats';

const tips = (count: number, provinceCode: string, receivedAt: Date) => Promise.all(Array.from({ length: count }, () => makeTip({ provinceCode }, { receivedAt })));
const row = (rows: PublicRow[], key: string) => rows.find((entry) => entry.key === key)!;
const quarter = (stats: PublicStats, key: string) => stats.quarters.find((entry) => entry.key === key)!;
const province = (stats: PublicStats, quarterKey: string, code: string) => row(quarter(stats, quarterKey).byProvince, code);

describe('computePublicStats', () => {
  it('counts tips, raids, people rescued and paid rewards by month and by province per quarter, suppressing small counts', async () => {
    // Period: the four quarters of 2030 (the complete quarters before 15 January 2031).
    const now = new Date('2031-01-15T05:00:00Z');
    await tips(7, 'KH-12', new Date('2030-03-10T03:00:00Z'));
    await tips(6, 'KH-2', new Date('2030-03-12T03:00:00Z'));
    await tips(3, 'KH-24', new Date('2030-02-02T03:00:00Z'));
    await tips(1, 'KH-12', new Date('2031-01-02T03:00:00Z')); // the month in progress: not published
    await tips(1, 'KH-12', new Date('2029-12-20T03:00:00Z')); // before the period

    const phnomPenh = await makeCase({ provinceCode: 'KH-12' });
    const battambang = await makeCase({ provinceCode: 'KH-2' });
    const phnomPenhRaids = await Promise.all(Array.from({ length: 5 }, () => makeRaid({ caseId: phnomPenh.id, raidedOn: '2030-04-30', victimsRescued: 3 })));
    await Promise.all(Array.from({ length: 6 }, () => makeRaid({ caseId: battambang.id, raidedOn: '2030-06-01', victimsRescued: 2 })));
    await makeRaid({ caseId: battambang.id, raidedOn: '2031-01-03', victimsRescued: 50 }); // in progress: not published

    // Rewards: tips from before the period, paid 00:30 on 1 May in Phnom Penh (17:30 UTC on 30 April).
    const rewardTips = await tips(8, 'KH-12', new Date('2029-06-01T03:00:00Z'));
    for (const [index, tip] of rewardTips.slice(0, 5).entries()) {
      await makeReward({ tipId: tip.tipId, raidId: phnomPenhRaids[index]!.id, amountMinor: 1_000n, state: 'PAID', paidAt: new Date('2030-04-30T17:30:00Z') });
    }
    await makeReward({ tipId: rewardTips[5]!.tipId, raidId: phnomPenhRaids[0]!.id, amountMinor: 99_999n, state: 'APPROVED' });
    await makeReward({ tipId: rewardTips[6]!.tipId, raidId: phnomPenhRaids[0]!.id, amountMinor: 77_777n, state: 'VOUCHER_ISSUED' });
    await makeReward({ tipId: rewardTips[7]!.tipId, raidId: phnomPenhRaids[0]!.id, amountMinor: 55_555n, state: 'PAID', paidAt: new Date('2031-01-05T03:00:00Z') });

    const stats = await computePublicStats({ now, minCount: 5 });
    expect(stats.months[0]).toBe('2030-01');
    expect(stats.months[11]).toBe('2030-12');
    expect(stats.quarters.map((entry) => entry.key)).toEqual(['2030-Q1', '2030-Q2', '2030-Q3', '2030-Q4']);

    // Tips: 16 in the first quarter. By province 7 / 6 / 3: the 3 is "fewer than 5" and the 6
    // is hidden too, or 16 - 7 would give the 3 away.
    expect(quarter(stats, '2030-Q1').total.tips).toEqual({ kind: 'value', value: 16 });
    expect(stats.total.tips).toEqual({ kind: 'value', value: 16 });
    expect(province(stats, '2030-Q1', 'KH-24').tips).toEqual({ kind: 'fewer' });
    expect(province(stats, '2030-Q1', 'KH-2').tips).toEqual({ kind: 'hidden' });
    expect(province(stats, '2030-Q1', 'KH-12').tips).toEqual({ kind: 'value', value: 7 });
    expect(province(stats, '2030-Q1', 'KH-1').tips).toEqual({ kind: 'value', value: 0 });
    expect(province(stats, '2030-Q2', 'KH-12').tips).toEqual({ kind: 'value', value: 0 });
    // By month 3 in February and 13 in March: the same protection along the other table.
    expect(row(stats.byMonth, '2030-02').tips).toEqual({ kind: 'fewer' });
    expect(row(stats.byMonth, '2030-03').tips).toEqual({ kind: 'hidden' });
    expect(row(stats.byMonth, '2030-01').tips).toEqual({ kind: 'value', value: 0 });

    // Raids and people rescued, on the day of the raid, where the case is.
    expect(row(stats.byMonth, '2030-04').raids).toEqual({ kind: 'value', value: 5 });
    expect(row(stats.byMonth, '2030-06').raids).toEqual({ kind: 'value', value: 6 });
    expect(row(stats.byMonth, '2030-04').rescued).toEqual({ kind: 'value', value: 15 });
    expect(province(stats, '2030-Q2', 'KH-2').rescued).toEqual({ kind: 'value', value: 12 });
    expect(province(stats, '2030-Q2', 'KH-12').raids).toEqual({ kind: 'value', value: 5 });
    expect(stats.total.raids).toEqual({ kind: 'value', value: 11 });
    expect(stats.total.rescued).toEqual({ kind: 'value', value: 27 });

    // Only PAID rewards, in Phnom Penh's month of payment (May, not April).
    expect(row(stats.byMonth, '2030-05').paid.USD).toEqual({ count: { kind: 'value', value: 5 }, amountMinor: '5000' });
    expect(row(stats.byMonth, '2030-04').paid.USD).toEqual({ count: { kind: 'value', value: 0 }, amountMinor: '0' });
    expect(province(stats, '2030-Q2', 'KH-12').paid.USD).toEqual({ count: { kind: 'value', value: 5 }, amountMinor: '5000' });
    expect(stats.total.paid.USD).toEqual({ count: { kind: 'value', value: 5 }, amountMinor: '5000' });
    expect(stats.total.paid.KHR).toEqual({ count: { kind: 'value', value: 0 }, amountMinor: '0' });

    // Nothing in the result is finer than a month or a province, and no tip text.
    const text = JSON.stringify(stats);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('Test tip');
  });

  it('buckets by the month in Phnom Penh: 00:00 on 1 April local time is April', async () => {
    const now = new Date('2033-01-15T05:00:00Z');
    await tips(5, 'KH-3', new Date('2032-03-31T16:00:00Z')); // 23:00 on 31 March in Phnom Penh
    await tips(6, 'KH-3', new Date('2032-03-31T17:00:00Z')); // 00:00 on 1 April in Phnom Penh
    const kampongCham = await makeCase({ provinceCode: 'KH-3' });
    await Promise.all(Array.from({ length: 5 }, () => makeRaid({ caseId: kampongCham.id, raidedOn: '2032-06-30' })));
    const stats = await computePublicStats({ now, minCount: 5 });
    expect(row(stats.byMonth, '2032-03').tips).toEqual({ kind: 'value', value: 5 });
    expect(row(stats.byMonth, '2032-04').tips).toEqual({ kind: 'value', value: 6 });
    expect(row(stats.byMonth, '2032-06').raids).toEqual({ kind: 'value', value: 5 });
    expect(row(stats.byMonth, '2032-07').raids).toEqual({ kind: 'value', value: 0 });
    // The same boundary between the first and second quarters.
    expect(province(stats, '2032-Q1', 'KH-3').tips).toEqual({ kind: 'value', value: 5 });
    expect(province(stats, '2032-Q2', 'KH-3').tips).toEqual({ kind: 'value', value: 6 });
  });

  it('a province with 3 tips shows "fewer than 5" and, alone in the period, withholds the total too', async () => {
    const now = new Date('2035-01-15T05:00:00Z');
    await tips(3, 'KH-9', new Date('2034-08-08T03:00:00Z'));
    const stats = await computePublicStats({ now, minCount: 5 });
    expect(province(stats, '2034-Q3', 'KH-9').tips).toEqual({ kind: 'fewer' });
    expect(row(stats.byMonth, '2034-08').tips).toEqual({ kind: 'fewer' });
    expect(quarter(stats, '2034-Q3').total.tips).toEqual({ kind: 'hidden' });
    expect(stats.total.tips).toEqual({ kind: 'hidden' });
    expect(JSON.stringify(stats)).not.toContain('"value":3');
  });

  it('follows the threshold: with k = 3 the same 3 tips are shown', async () => {
    const now = new Date('2037-01-15T05:00:00Z');
    await tips(3, 'KH-9', new Date('2036-08-08T03:00:00Z'));
    const stats = await computePublicStats({ now, minCount: 3 });
    expect(province(stats, '2036-Q3', 'KH-9').tips).toEqual({ kind: 'value', value: 3 });
    expect(stats.minCount).toBe(3);
  });

  it('counts a tip with no province under "unknown"', async () => {
    const now = new Date('2039-01-15T05:00:00Z');
    await tips(5, 'KH-8', new Date('2038-02-02T03:00:00Z'));
    const unplaced = await tips(6, 'KH-8', new Date('2038-02-02T03:00:00Z'));
    const { db } = await import('@/lib/db/client');
    await db.tip.updateMany({ where: { id: { in: unplaced.map((tip) => tip.tipId) } }, data: { provinceCode: null } });
    const stats = await computePublicStats({ now, minCount: 5 });
    expect(province(stats, '2038-Q1', 'unknown').tips).toEqual({ kind: 'value', value: 6 });
    expect(province(stats, '2038-Q1', 'KH-8').tips).toEqual({ kind: 'value', value: 5 });
  });

  it('two releases in the same quarter show the same figures, even with tips added in the months in between', async () => {
    // Early in a programme: one month of activity. A rolling window would have let the
    // November and December releases be subtracted into one province's one month.
    await tips(8, 'KH-5', new Date('2041-08-05T03:00:00Z'));
    await tips(2, 'KH-6', new Date('2041-09-05T03:00:00Z'));
    const november = await computePublicStats({ now: new Date('2041-11-05T05:00:00Z'), minCount: 5 });
    await tips(1, 'KH-6', new Date('2041-10-20T03:00:00Z'));
    await tips(9, 'KH-5', new Date('2041-11-06T03:00:00Z'));
    await tips(2, 'KH-6', new Date('2041-12-02T03:00:00Z'));
    // 23:59 on 31 December in Phnom Penh: still the same quarter.
    const december = await computePublicStats({ now: new Date('2041-12-31T16:59:00Z'), minCount: 5 });
    expect(december).toEqual(november);
    expect(province(november, '2041-Q3', 'KH-6').tips).toEqual({ kind: 'fewer' });
    expect(province(november, '2041-Q3', 'KH-5').tips).toEqual({ kind: 'hidden' });
    expect(JSON.stringify(november)).not.toMatch(/"value":[1-4][,}]/);
  });

  it('a release after a quarter ends adds one whole new quarter and drops the oldest; the others are unchanged', async () => {
    await tips(6, 'KH-10', new Date('2043-05-05T03:00:00Z'));
    await tips(7, 'KH-10', new Date('2043-11-05T03:00:00Z'));
    await tips(2, 'KH-11', new Date('2043-12-31T16:30:00Z')); // 23:30 on 31 December in Phnom Penh
    await tips(5, 'KH-11', new Date('2043-12-31T17:30:00Z')); // 00:30 on 1 January: the next quarter
    const before = await computePublicStats({ now: new Date('2043-12-31T16:59:59Z'), minCount: 5 });
    const after = await computePublicStats({ now: new Date('2043-12-31T17:00:00Z'), minCount: 5 });
    expect(before.quarters.map((entry) => entry.key)).toEqual(['2042-Q4', '2043-Q1', '2043-Q2', '2043-Q3']);
    expect(after.quarters.map((entry) => entry.key)).toEqual(['2043-Q1', '2043-Q2', '2043-Q3', '2043-Q4']);
    // Quarters of one release never share a month.
    for (const release of [before, after]) {
      const months = release.quarters.flatMap((entry) => entry.months);
      expect(new Set(months).size).toBe(12);
      expect(months).toEqual(release.months);
    }
    expect(after.quarters.slice(0, 3)).toEqual(before.quarters.slice(1));
    expect(after.byMonth.slice(0, 9)).toEqual(before.byMonth.slice(3));
    // The new quarter: Kampong Thom 7 and Kratie 2, protected within that quarter's table.
    expect(province(after, '2043-Q4', 'KH-10').tips).toEqual({ kind: 'hidden' });
    expect(province(after, '2043-Q4', 'KH-11').tips).toEqual({ kind: 'fewer' });
    expect(quarter(after, '2043-Q4').total.tips).toEqual({ kind: 'value', value: 9 });
    expect(row(after.byMonth, '2043-12').tips).toEqual({ kind: 'fewer' });
    expect(row(after.byMonth, '2043-11').tips).toEqual({ kind: 'hidden' });
    expect(province(after, '2043-Q2', 'KH-10').tips).toEqual({ kind: 'value', value: 6 });
    expect(quarter(after, '2043-Q2').total.tips).toEqual({ kind: 'value', value: 6 });
    // The 5 tips of 1 January belong to a quarter not yet over.
    expect(after.total.tips).toEqual({ kind: 'value', value: 15 });
    expect(before.total.tips).toEqual({ kind: 'value', value: 6 });
  });
});
