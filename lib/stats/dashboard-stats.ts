/**
 * Figures for the console dashboard (supervisors and administrators): tips, cases, raids
 * and paid rewards over time and by province, the funnel tip -> case -> raid -> reward, and
 * budget burn per currency from the journal. Staff figures: no suppression.
 */
import { type Db, db as defaultDb } from '@/lib/db/client';
import { PROVINCES } from '@/lib/geo/provinces';
import { recentMonths, recentWeeks, STATS_TIME_ZONE } from './periods';
import { CURRENCIES, type StatsCurrency, UNKNOWN_PROVINCE } from './public-stats';
import { cambodiaDay } from '@/lib/i18n/format';
import { defineUseCase } from '@/lib/use-case';

export type Granularity = 'week' | 'month';

export interface Counts {
  tips: number;
  cases: number;
  raids: number;
  rewardsPaid: number;
}

export interface BudgetPoint {
  /** Balances at the end of the bucket, integer minor units as decimal strings. */
  fundedMinor: string;
  committedMinor: string;
  paidMinor: string;
}

export interface DashboardStats {
  granularity: Granularity;
  /** Bucket keys, oldest first: 'YYYY-MM' or a Monday 'YYYY-MM-DD'. */
  buckets: string[];
  overTime: Counts[];
  byProvince: { province: string; counts: Counts }[];
  /** Tips received in the period, and how many of those went on to each step. */
  funnel: { tips: number; withCase: number; withRaid: number; withPaidReward: number };
  /** Per currency, one point per bucket. */
  budget: Record<StatsCurrency, BudgetPoint[]>;
}

const zero = (): Counts => ({ tips: 0, cases: 0, raids: 0, rewardsPaid: 0 });

export const dashboardStats = defineUseCase({
  name: 'dashboardStats',
  permission: 'dashboard.read',
  run: async (_actor, options: { granularity?: Granularity; now?: Date; client?: Db } = {}): Promise<DashboardStats> => computeDashboardStats(options),
});

/** For the page: the snapshot the `stats-refresh` job writes (lib/stats/snapshot.ts). */
export const cachedDashboardStats = defineUseCase({
  name: 'cachedDashboardStats',
  permission: dashboardStats.permission,
  run: async (_actor, granularity: Granularity): Promise<DashboardStats> => {
    const { readStatsSnapshot } = await import('./snapshot');
    return readStatsSnapshot(granularity === 'week' ? 'dashboard:week' : 'dashboard:month');
  },
});

/** Straight from the database (the snapshot job, tests). */
export async function computeDashboardStats(options: { granularity?: Granularity; now?: Date; client?: Db } = {}): Promise<DashboardStats> {
  const granularity = options.granularity ?? 'month';
  const client = options.client ?? defaultDb;
  const now = options.now ?? new Date();
  const period = granularity === 'month' ? recentMonths(now) : recentWeeks(now);
  const unit = granularity;
  const format = granularity === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD';
  // Local (Phnom Penh) calendar days bounding the period, for the raid date column.
  const fromDay = cambodiaDay(period.from);
  const toDay = cambodiaDay(period.to);

  const [tips, cases, raids, rewards, funnel, journal] = await Promise.all([
    client.$queryRaw<{ bucket: string; province: string | null; n: number }[]>`
      SELECT to_char(date_trunc(${unit}, ("receivedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${STATS_TIME_ZONE}), ${format}) AS bucket,
             "provinceCode" AS province, count(*)::int AS n
        FROM "Tip" WHERE "receivedAt" >= ${period.from} AND "receivedAt" < ${period.to}
       GROUP BY 1, 2`,
    // Merged cases live on in the case they were merged into: counting both would count twice.
    client.$queryRaw<{ bucket: string; province: string | null; n: number }[]>`
      SELECT to_char(date_trunc(${unit}, ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${STATS_TIME_ZONE}), ${format}) AS bucket,
             "provinceCode" AS province, count(*)::int AS n
        FROM "Case" WHERE "mergedIntoId" IS NULL AND "createdAt" >= ${period.from} AND "createdAt" < ${period.to}
       GROUP BY 1, 2`,
    client.$queryRaw<{ bucket: string; province: string | null; n: number }[]>`
      SELECT to_char(date_trunc(${unit}, r."raidedOn"::timestamp), ${format}) AS bucket, c."provinceCode" AS province, count(*)::int AS n
        FROM "Raid" r JOIN "Case" c ON c.id = r."caseId"
       WHERE r."raidedOn" >= ${fromDay}::date AND r."raidedOn" < ${toDay}::date
       GROUP BY 1, 2`,
    client.$queryRaw<{ bucket: string; province: string | null; n: number }[]>`
      SELECT to_char(date_trunc(${unit}, (w."paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${STATS_TIME_ZONE}), ${format}) AS bucket,
             c."provinceCode" AS province, count(*)::int AS n
        FROM "Reward" w JOIN "Raid" r ON r.id = w."raidId" JOIN "Case" c ON c.id = r."caseId"
       WHERE w.state = 'PAID' AND w."paidAt" >= ${period.from} AND w."paidAt" < ${period.to}
       GROUP BY 1, 2`,
    client.$queryRaw<{ tips: number; with_case: number; with_raid: number; with_paid: number }[]>`
      SELECT count(*)::int AS tips,
             count(*) FILTER (WHERE t."caseId" IS NOT NULL)::int AS with_case,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Raid" r WHERE r."caseId" = t."caseId"))::int AS with_raid,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Reward" w WHERE w."tipId" = t.id AND w.state = 'PAID'))::int AS with_paid
        FROM "Tip" t WHERE t."receivedAt" >= ${period.from} AND t."receivedAt" < ${period.to}`,
    // Movements per account kind and currency per bucket, plus everything before the period,
    // so the running balances start from the right figure (debits positive, docs/REWARDS.md).
    client.$queryRaw<{ bucket: string | null; kind: string; currency: StatsCurrency; minor: string }[]>`
      SELECT CASE WHEN e."createdAt" < ${period.from} THEN NULL
                  ELSE to_char(date_trunc(${unit}, (e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${STATS_TIME_ZONE}), ${format}) END AS bucket,
             a.kind::text AS kind, a.currency::text AS currency, sum(l."amountMinor")::text AS minor
        FROM "JournalLine" l JOIN "JournalEntry" e ON e.id = l."entryId" JOIN "LedgerAccount" a ON a.id = l."accountId"
       WHERE e."createdAt" < ${period.to}
       GROUP BY 1, 2, 3`,
  ]);

  const position = new Map(period.keys.map((key, index) => [key, index]));
  const overTime = period.keys.map(zero);
  const provinceCounts = new Map<string, Counts>(PROVINCES.map((province) => [province.code, zero()]));
  const add = (rows: { bucket: string; province: string | null; n: number }[], field: keyof Counts) => {
    for (const row of rows) {
      const index = position.get(row.bucket);
      if (index !== undefined) overTime[index]![field] += row.n;
      const province = row.province ?? UNKNOWN_PROVINCE;
      if (!provinceCounts.has(province)) provinceCounts.set(province, zero());
      provinceCounts.get(province)![field] += row.n;
    }
  };
  add(tips, 'tips');
  add(cases, 'cases');
  add(raids, 'raids');
  add(rewards, 'rewardsPaid');

  const row = funnel[0] ?? { tips: 0, with_case: 0, with_raid: 0, with_paid: 0 };
  return {
    granularity,
    buckets: period.keys,
    overTime,
    byProvince: [...provinceCounts].map(([province, counts]) => ({ province, counts })),
    funnel: { tips: row.tips, withCase: row.with_case, withRaid: row.with_raid, withPaidReward: row.with_paid },
    budget: budgetBurn(period.keys, journal),
  };
}

/**
 * Running balances per currency at the end of each bucket, read as the rewards ledger
 * defines them (lib/ledger/balances.ts): funded = minus the EXTERNAL balance, committed =
 * the COMMITTED balance, paid = the PAID balance.
 */
export function budgetBurn(keys: readonly string[], movements: readonly { bucket: string | null; kind: string; currency: StatsCurrency; minor: string }[]): Record<StatsCurrency, BudgetPoint[]> {
  const result = {} as Record<StatsCurrency, BudgetPoint[]>;
  for (const currency of CURRENCIES) {
    const running = { EXTERNAL: 0n, COMMITTED: 0n, PAID: 0n } as Record<string, bigint>;
    const of = (bucket: string | null) => movements.filter((movement) => movement.currency === currency && movement.bucket === bucket);
    const apply = (bucket: string | null) => {
      for (const movement of of(bucket)) if (movement.kind in running) running[movement.kind]! += BigInt(movement.minor);
    };
    apply(null);
    result[currency] = keys.map((key) => {
      apply(key);
      return { fundedMinor: (-running.EXTERNAL!).toString(), committedMinor: running.COMMITTED!.toString(), paidMinor: running.PAID!.toString() };
    });
  }
  return result;
}
