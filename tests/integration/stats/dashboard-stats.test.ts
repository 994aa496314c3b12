/** Dashboard figures against real PostgreSQL: over time, by province, the funnel and budget burn. */
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { postEntry } from '@/lib/ledger/post-entry';
import { ledgerBalances } from '@/lib/ledger/balances';
import { dashboardStats } from '@/lib/stats/dashboard-stats';
import { monthKey } from '@/lib/stats/periods';
import { makeStaff, makeTip } from '../../helpers/factories';
import { makeCase, makeRaid, makeReward } from '../../helpers/factories-stats';
import { withMigratedScratch } from '../../helpers/scratch-database';

describe('dashboardStats', () => {
  it('counts tips, cases, raids and paid rewards per month and province, and the funnel with its conversions', async () => {
    const supervisor = await makeStaff('SUPERVISOR');
    // Period: July 2044 to June 2045, the month in progress included.
    const now = new Date('2045-06-15T05:00:00Z');
    const tips = await Promise.all(Array.from({ length: 4 }, () => makeTip({ provinceCode: 'KH-5' }, { receivedAt: new Date('2045-02-03T03:00:00Z') })));
    await makeTip({ provinceCode: 'KH-7' }, { receivedAt: new Date('2045-06-10T03:00:00Z') });
    const linked = await makeCase({ provinceCode: 'KH-5', tipIds: [tips[0]!.tipId, tips[1]!.tipId], createdAt: new Date('2045-02-20T03:00:00Z') });
    await makeCase({ provinceCode: 'KH-5', createdAt: new Date('2045-02-21T03:00:00Z'), mergedIntoId: linked.id }); // merged away: not counted twice
    const raid = await makeRaid({ caseId: linked.id, raidedOn: '2045-03-05' });
    await makeReward({ tipId: tips[0]!.tipId, raidId: raid.id, amountMinor: 25_000n, state: 'PAID', paidAt: new Date('2045-04-10T03:00:00Z') });
    await makeReward({ tipId: tips[1]!.tipId, raidId: raid.id, amountMinor: 10_000n, state: 'APPROVED' });

    const stats = await dashboardStats(supervisor.actor, { now });
    expect(stats.buckets[0]).toBe('2044-07');
    expect(stats.buckets[11]).toBe('2045-06');
    const at = (key: string) => stats.overTime[stats.buckets.indexOf(key)]!;
    expect(at('2045-02')).toEqual({ tips: 4, cases: 1, raids: 0, rewardsPaid: 0 });
    expect(at('2045-03')).toEqual({ tips: 0, cases: 0, raids: 1, rewardsPaid: 0 });
    expect(at('2045-04')).toEqual({ tips: 0, cases: 0, raids: 0, rewardsPaid: 1 });
    expect(at('2045-06').tips).toBe(1);
    expect(stats.byProvince.find((entry) => entry.province === 'KH-5')!.counts).toEqual({ tips: 4, cases: 1, raids: 1, rewardsPaid: 1 });
    expect(stats.byProvince.find((entry) => entry.province === 'KH-7')!.counts).toEqual({ tips: 1, cases: 0, raids: 0, rewardsPaid: 0 });
    expect(stats.funnel).toEqual({ tips: 5, withCase: 2, withRaid: 2, withPaidReward: 1 });
  });

  it('groups by week (Monday to Sunday, Phnom Penh time) when asked', async () => {
    const supervisor = await makeStaff('REWARDS_ADMIN');
    const now = new Date('2047-03-13T05:00:00Z'); // Wednesday
    await makeTip({ provinceCode: 'KH-5' }, { receivedAt: new Date('2047-03-10T17:00:00Z') }); // 00:00 Monday 11 March local
    await makeTip({ provinceCode: 'KH-5' }, { receivedAt: new Date('2047-03-10T16:00:00Z') }); // 23:00 Sunday 10 March local
    const stats = await dashboardStats(supervisor.actor, { now, granularity: 'week' });
    expect(stats.buckets).toHaveLength(13);
    expect(stats.buckets.slice(-2)).toEqual(['2047-03-04', '2047-03-11']);
    expect(stats.overTime.slice(-2).map((counts) => counts.tips)).toEqual([1, 1]);
  });

  it('refuses officers', async () => {
    const officer = await makeStaff('OFFICER');
    await expect(dashboardStats(officer.actor)).rejects.toMatchObject({ code: 'FORBIDDEN' } satisfies Partial<AppError>);
  });

  it('reads budget burn from the journal as the ledger does: funded, committed, paid per currency', async () => {
    const admin = await makeStaff('SYSTEM_ADMIN');
    await withMigratedScratch(async (scratch) => {
      const lines = (debit: 'FUNDING' | 'COMMITTED' | 'PAID', credit: 'EXTERNAL' | 'FUNDING' | 'COMMITTED', currency: 'USD' | 'KHR', amount: bigint) => [
        { kind: debit, currency, amountMinor: amount },
        { kind: credit, currency, amountMinor: -amount },
      ];
      const post = (kind: 'FUNDING' | 'APPROVAL' | 'PAYOUT', entryLines: ReturnType<typeof lines>) =>
        scratch.$transaction((tx) => postEntry(tx, { kind, memo: 'test', idempotencyKey: `test:${Math.random()}`, lines: entryLines }));
      await post('FUNDING', lines('FUNDING', 'EXTERNAL', 'USD', 100_000n));
      await post('APPROVAL', lines('COMMITTED', 'FUNDING', 'USD', 2_500n));
      await post('PAYOUT', lines('PAID', 'COMMITTED', 'USD', 1_000n));
      await post('FUNDING', lines('FUNDING', 'EXTERNAL', 'KHR', 4_000_000n));
      // Funding two years ago (written directly: the journal takes inserts only, and this
      // scratch database's chain is nobody else's): it must carry into every month.
      const external = await scratch.ledgerAccount.findUniqueOrThrow({ where: { code: 'EXTERNAL-USD' } });
      const funding = await scratch.ledgerAccount.findUniqueOrThrow({ where: { code: 'FUNDING-USD' } });
      await scratch.journalEntry.create({
        data: {
          kind: 'FUNDING', memo: 'old', idempotencyKey: 'test:old', prevHash: 'x', hash: 'old-hash', createdAt: new Date(Date.now() - 2 * 365 * 86_400_000),
          lines: { create: [{ accountId: funding.id, amountMinor: 50_000n }, { accountId: external.id, amountMinor: -50_000n }] },
        },
      });

      const stats = await dashboardStats(admin.actor, { client: scratch });
      expect(stats.buckets[11]).toBe(monthKey(new Date()));
      expect(stats.budget.USD[0]).toEqual({ fundedMinor: '50000', committedMinor: '0', paidMinor: '0' });
      expect(stats.budget.USD[11]).toEqual({ fundedMinor: '150000', committedMinor: '1500', paidMinor: '1000' });
      expect(stats.budget.KHR[11]).toEqual({ fundedMinor: '4000000', committedMinor: '0', paidMinor: '0' });
      // The same figures as the rewards ledger's own balances.
      for (const balance of await ledgerBalances(scratch)) {
        const last = stats.budget[balance.currency][11]!;
        expect([last.fundedMinor, last.committedMinor, last.paidMinor]).toEqual([balance.fundedMinor, balance.committedMinor, balance.paidMinor].map(String));
      }
    });
  });
});
