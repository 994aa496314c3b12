/**
 * Public statistics against real PostgreSQL. Each test works in a year of its own (far from
 * today), so rows written by other tests sharing the database never fall in its period.
 */
import { describe, expect, it } from 'vitest';
import { computePublicStats, type PublicRow } from '@/lib/stats/public-stats';
import { makeTip } from '../../helpers/factories';
import { makeCase, makeRaid, makeReward } from '../../helpers/factories-stats';

const tips = (count: number, provinceCode: string, receivedAt: Date) => Promise.all(Array.from({ length: count }, () => makeTip({ provinceCode }, { receivedAt })));
const row = (rows: PublicRow[], key: string) => rows.find((entry) => entry.key === key)!;

describe('computePublicStats', () => {
  it('counts tips, raids, people rescued and paid rewards by month and province, suppressing small counts', async () => {
    // Period: January to December 2030 (the complete months before 15 January 2031).
    const now = new Date('2031-01-15T05:00:00Z');
    await tips(7, 'KH-12', new Date('2030-03-10T03:00:00Z'));
    await tips(6, 'KH-2', new Date('2030-03-12T03:00:00Z'));
    await tips(3, 'KH-24', new Date('2030-05-02T03:00:00Z'));
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

    // Tips: 16 in the period. By province 7 / 6 / 3: the 3 is "fewer than 5" and the 6 is
    // hidden too, or 16 - 7 would give the 3 away.
    expect(stats.total.tips).toEqual({ kind: 'value', value: 16 });
    expect(row(stats.byProvince, 'KH-24').tips).toEqual({ kind: 'fewer' });
    expect(row(stats.byProvince, 'KH-2').tips).toEqual({ kind: 'hidden' });
    expect(row(stats.byProvince, 'KH-12').tips).toEqual({ kind: 'value', value: 7 });
    expect(row(stats.byProvince, 'KH-1').tips).toEqual({ kind: 'value', value: 0 });
    // By month 13 in March and 3 in May: the same protection along the other table.
    expect(row(stats.byMonth, '2030-05').tips).toEqual({ kind: 'fewer' });
    expect(row(stats.byMonth, '2030-03').tips).toEqual({ kind: 'hidden' });

    // Raids and people rescued, on the day of the raid, where the case is.
    expect(row(stats.byMonth, '2030-04').raids).toEqual({ kind: 'value', value: 5 });
    expect(row(stats.byMonth, '2030-06').raids).toEqual({ kind: 'value', value: 6 });
    expect(row(stats.byMonth, '2030-04').rescued).toEqual({ kind: 'value', value: 15 });
    expect(row(stats.byProvince, 'KH-2').rescued).toEqual({ kind: 'value', value: 12 });
    expect(stats.total.raids).toEqual({ kind: 'value', value: 11 });
    expect(stats.total.rescued).toEqual({ kind: 'value', value: 27 });

    // Only PAID rewards, in Phnom Penh's month of payment (May, not April).
    expect(row(stats.byMonth, '2030-05').paid.USD).toEqual({ count: { kind: 'value', value: 5 }, amountMinor: '5000' });
    expect(row(stats.byMonth, '2030-04').paid.USD).toEqual({ count: { kind: 'value', value: 0 }, amountMinor: '0' });
    expect(row(stats.byProvince, 'KH-12').paid.USD).toEqual({ count: { kind: 'value', value: 5 }, amountMinor: '5000' });
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
  });

  it('a province with 3 tips shows "fewer than 5" and, alone in the period, withholds the total too', async () => {
    const now = new Date('2035-01-15T05:00:00Z');
    await tips(3, 'KH-9', new Date('2034-08-08T03:00:00Z'));
    const stats = await computePublicStats({ now, minCount: 5 });
    expect(row(stats.byProvince, 'KH-9').tips).toEqual({ kind: 'fewer' });
    expect(row(stats.byMonth, '2034-08').tips).toEqual({ kind: 'fewer' });
    expect(stats.total.tips).toEqual({ kind: 'hidden' });
    expect(JSON.stringify(stats.byProvince.map((entry) => entry.tips))).not.toContain('"value":3');
  });

  it('follows the threshold: with k = 3 the same 3 tips are shown', async () => {
    const now = new Date('2037-01-15T05:00:00Z');
    await tips(3, 'KH-9', new Date('2036-08-08T03:00:00Z'));
    const stats = await computePublicStats({ now, minCount: 3 });
    expect(row(stats.byProvince, 'KH-9').tips).toEqual({ kind: 'value', value: 3 });
    expect(stats.minCount).toBe(3);
  });

  it('counts a tip with no province under "unknown"', async () => {
    const now = new Date('2039-01-15T05:00:00Z');
    await tips(5, 'KH-8', new Date('2038-02-02T03:00:00Z'));
    const unplaced = await tips(6, 'KH-8', new Date('2038-02-02T03:00:00Z'));
    const { db } = await import('@/lib/db/client');
    await db.tip.updateMany({ where: { id: { in: unplaced.map((tip) => tip.tipId) } }, data: { provinceCode: null } });
    const stats = await computePublicStats({ now, minCount: 5 });
    expect(row(stats.byProvince, 'unknown').tips).toEqual({ kind: 'value', value: 6 });
    expect(row(stats.byProvince, 'KH-8').tips).toEqual({ kind: 'value', value: 5 });
  });
});
