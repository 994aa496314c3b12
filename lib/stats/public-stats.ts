/**
 * The figures of the public statistics page (/stats): tips received, raids, people rescued
 * and rewards paid, by month and by province, for the last four complete calendar quarters,
 * each quarter a table of its own with small counts suppressed within it
 * (lib/stats/suppression.ts, docs/decisions/0007). Never any tip text, no date finer than a
 * month, no place finer than a province.
 */
import { type Db, db as defaultDb } from '@/lib/db/client';
import { env } from '@/lib/env';
import { PROVINCES } from '@/lib/geo/provinces';
import { addMonths, completeQuarters, STATS_TIME_ZONE } from './periods';
import { type Cell, followCounts, type ProtectedColumn, protectTwoWays } from './suppression';

export const CURRENCIES = ['USD', 'KHR'] as const;
export type StatsCurrency = (typeof CURRENCIES)[number];
/** Row key of figures whose province is not known (a tip placed outside any province). */
export const UNKNOWN_PROVINCE = 'unknown';

export interface PaidFigures {
  count: Cell;
  /** Integer minor units as a decimal string (JSON has no BigInt); null when not shown. */
  amountMinor: string | null;
}

export interface PublicRow {
  /** 'YYYY-MM', a province code, UNKNOWN_PROVINCE or 'total'. */
  key: string;
  tips: Cell;
  raids: Cell;
  rescued: Cell;
  paid: Record<StatsCurrency, PaidFigures>;
}

/** One complete calendar quarter: fixed once the quarter is over. */
export interface QuarterTable {
  /** 'YYYY-Qn'. */
  key: string;
  /** Its three 'YYYY-MM' months. */
  months: string[];
  byProvince: PublicRow[];
  total: PublicRow;
}

export interface PublicStats {
  minCount: number;
  /** The twelve months of the published quarters, oldest first. */
  months: string[];
  byMonth: PublicRow[];
  /** Oldest first. */
  quarters: QuarterTable[];
  /** All published quarters together; a figure is hidden when any quarter withholds it. */
  total: PublicRow;
}

/** Raw figures of one month in one province, before suppression. */
interface Bucket {
  tips: number;
  raids: number;
  rescued: number;
  paidCount: Record<StatsCurrency, number>;
  paidMinor: Record<StatsCurrency, bigint>;
}

const emptyBucket = (): Bucket => ({ tips: 0, raids: 0, rescued: 0, paidCount: { USD: 0, KHR: 0 }, paidMinor: { USD: 0n, KHR: 0n } });

async function readBuckets(client: Db, from: Date, to: Date, fromDay: string, toDay: string) {
  const [tips, raids, rewards] = await Promise.all([
    client.$queryRaw<{ month: string; province: string | null; tips: number }[]>`
      SELECT to_char(("receivedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${STATS_TIME_ZONE}, 'YYYY-MM') AS month,
             "provinceCode" AS province, count(*)::int AS tips
        FROM "Tip"
       WHERE "receivedAt" >= ${from} AND "receivedAt" < ${to}
       GROUP BY 1, 2`,
    // A raid counts where its case is, on the day it took place.
    client.$queryRaw<{ month: string; province: string | null; raids: number; rescued: number }[]>`
      SELECT to_char(r."raidedOn", 'YYYY-MM') AS month, c."provinceCode" AS province,
             count(*)::int AS raids, coalesce(sum(r."victimsRescued"), 0)::int AS rescued
        FROM "Raid" r JOIN "Case" c ON c.id = r."caseId"
       WHERE r."raidedOn" >= ${fromDay}::date AND r."raidedOn" < ${toDay}::date
       GROUP BY 1, 2`,
    // Paid rewards only, in the month of payment, placed where the raid's case is (never
    // where the tip came from).
    client.$queryRaw<{ month: string; province: string | null; currency: StatsCurrency; paid: number; minor: string }[]>`
      SELECT to_char((w."paidAt" AT TIME ZONE 'UTC') AT TIME ZONE ${STATS_TIME_ZONE}, 'YYYY-MM') AS month,
             c."provinceCode" AS province, w.currency::text AS currency,
             count(*)::int AS paid, sum(w."amountMinor")::text AS minor
        FROM "Reward" w JOIN "Raid" r ON r.id = w."raidId" JOIN "Case" c ON c.id = r."caseId"
       WHERE w.state = 'PAID' AND w."paidAt" >= ${from} AND w."paidAt" < ${to}
       GROUP BY 1, 2, 3`,
  ]);

  const buckets = new Map<string, Bucket>();
  const bucket = (month: string, province: string | null) => {
    const key = `${month}|${province ?? UNKNOWN_PROVINCE}`;
    let found = buckets.get(key);
    if (!found) buckets.set(key, (found = emptyBucket()));
    return found;
  };
  for (const row of tips) bucket(row.month, row.province).tips += row.tips;
  for (const row of raids) {
    const target = bucket(row.month, row.province);
    target.raids += row.raids;
    target.rescued += row.rescued;
  }
  for (const row of rewards) {
    const target = bucket(row.month, row.province);
    target.paidCount[row.currency] += row.paid;
    target.paidMinor[row.currency] += BigInt(row.minor);
  }
  return buckets;
}

function margins(buckets: Map<string, Bucket>, keys: readonly string[], part: 0 | 1, months: readonly string[]): Bucket[] {
  const index = new Map(keys.map((key, position) => [key, position]));
  const sums = keys.map(emptyBucket);
  for (const [compound, figures] of buckets) {
    const [month, province] = compound.split('|') as [string, string];
    if (!months.includes(month)) continue;
    const position = index.get(part === 0 ? month : province);
    if (position === undefined) continue;
    const sum = sums[position]!;
    sum.tips += figures.tips;
    sum.raids += figures.raids;
    sum.rescued += figures.rescued;
    for (const currency of CURRENCIES) {
      sum.paidCount[currency] += figures.paidCount[currency];
      sum.paidMinor[currency] += figures.paidMinor[currency];
    }
  }
  return sums;
}

/** Province rows: the 25 provinces, and "unknown" only when something is recorded there. */
function provinceKeys(buckets: Map<string, Bucket>): string[] {
  const unknown = [...buckets.keys()].some((key) => key.endsWith(`|${UNKNOWN_PROVINCE}`));
  return [...PROVINCES.map((province) => province.code), ...(unknown ? [UNKNOWN_PROVINCE] : [])];
}

export function buildPublicTables(monthKeys: readonly string[], provinceCodes: readonly string[], monthSums: Bucket[], provinceSums: Bucket[], k: number): { byMonth: PublicRow[]; byProvince: PublicRow[]; total: PublicRow } {
  const protect = (pick: (bucket: Bucket) => number) => protectTwoWays(monthSums.map(pick), provinceSums.map(pick), k);
  const tips = protect((bucket) => bucket.tips);
  const raids = protect((bucket) => bucket.raids);
  const rescued = protect((bucket) => bucket.rescued);
  const paid = Object.fromEntries(CURRENCIES.map((currency) => [currency, protect((bucket) => bucket.paidCount[currency])])) as Record<StatsCurrency, ReturnType<typeof protect>>;
  const amounts = (sums: Bucket[], side: 'byMonth' | 'byProvince', currency: StatsCurrency) =>
    followCounts(sums.map((bucket) => bucket.paidMinor[currency]), paid[currency][side]);
  const paidAmounts = {
    byMonth: Object.fromEntries(CURRENCIES.map((currency) => [currency, amounts(monthSums, 'byMonth', currency)])),
    byProvince: Object.fromEntries(CURRENCIES.map((currency) => [currency, amounts(provinceSums, 'byProvince', currency)])),
  } as Record<'byMonth' | 'byProvince', Record<StatsCurrency, ReturnType<typeof followCounts>>>;

  const rows = (keys: readonly string[], side: 'byMonth' | 'byProvince'): PublicRow[] =>
    keys.map((key, index) => ({
      key,
      tips: tips[side].cells[index]!,
      raids: raids[side].cells[index]!,
      rescued: rescued[side].cells[index]!,
      paid: Object.fromEntries(
        CURRENCIES.map((currency) => {
          const amount = paidAmounts[side][currency].cells[index];
          return [currency, { count: paid[currency][side].cells[index]!, amountMinor: amount === null || amount === undefined ? null : amount.toString() }];
        }),
      ) as Record<StatsCurrency, PaidFigures>,
    }));
  const totalOf = (column: { byMonth: ProtectedColumn }) => column.byMonth.total;
  const total: PublicRow = {
    key: 'total',
    tips: totalOf(tips),
    raids: totalOf(raids),
    rescued: totalOf(rescued),
    paid: Object.fromEntries(
      CURRENCIES.map((currency) => {
        const amount = paidAmounts.byMonth[currency].total;
        return [currency, { count: totalOf(paid[currency]), amountMinor: amount === null ? null : amount.toString() }];
      }),
    ) as Record<StatsCurrency, PaidFigures>,
  };
  return { byMonth: rows(monthKeys, 'byMonth'), byProvince: rows(provinceCodes, 'byProvince'), total };
}

/** A figure over several quarters is shown only when every quarter shows it (or a sum would undo a withheld quarter). */
function sumOfCells(cells: Cell[]): Cell {
  let value = 0;
  for (const cell of cells) {
    if (cell.kind !== 'value') return { kind: 'hidden' };
    value += cell.value;
  }
  return { kind: 'value', value };
}

function sumOfRows(rows: PublicRow[]): PublicRow {
  return {
    key: 'total',
    tips: sumOfCells(rows.map((row) => row.tips)),
    raids: sumOfCells(rows.map((row) => row.raids)),
    rescued: sumOfCells(rows.map((row) => row.rescued)),
    paid: Object.fromEntries(
      CURRENCIES.map((currency) => {
        const amounts = rows.map((row) => row.paid[currency].amountMinor);
        const amountMinor = amounts.every((amount) => amount !== null) ? amounts.reduce((sum, amount) => sum + BigInt(amount!), 0n).toString() : null;
        return [currency, { count: sumOfCells(rows.map((row) => row.paid[currency].count)), amountMinor }];
      }),
    ) as Record<StatsCurrency, PaidFigures>,
  };
}

/**
 * Straight from the database (tests, and the cache below on a miss). Each quarter is
 * protected on its own, by month and by province, from that quarter's figures only: the
 * by-month rows of a quarter are the same in every release, so no two releases can be
 * subtracted to isolate less than a whole quarter.
 */
export async function computePublicStats(options: { now?: Date; minCount?: number; client?: Db } = {}): Promise<PublicStats> {
  const k = options.minCount ?? env().STATS_MIN_COUNT;
  const now = options.now ?? new Date();
  const quarters = completeQuarters(now);
  const first = quarters[0]!;
  const last = quarters[quarters.length - 1]!;
  const fromDay = `${first.keys[0]}-01`;
  const toDay = `${addMonths(last.keys[last.keys.length - 1]!, 1)}-01`;
  const buckets = await readBuckets(options.client ?? defaultDb, first.from, last.to, fromDay, toDay);
  const provinces = provinceKeys(buckets);
  const tables = quarters.map((quarter) => ({
    quarter,
    ...buildPublicTables(quarter.keys, provinces, margins(buckets, quarter.keys, 0, quarter.keys), margins(buckets, provinces, 1, quarter.keys), k),
  }));
  return {
    minCount: k,
    months: quarters.flatMap((quarter) => quarter.keys),
    byMonth: tables.flatMap((table) => table.byMonth),
    quarters: tables.map((table) => ({ key: table.quarter.key, months: table.quarter.keys, byProvince: table.byProvince, total: table.total })),
    total: sumOfRows(tables.map((table) => table.total)),
  };
}

/**
 * For the page: the snapshot the `stats-refresh` job writes every five minutes
 * (lib/stats/snapshot.ts), so a flood of visitors costs the database one primary-key read
 * each and never a computation.
 */
export async function getPublicStats(): Promise<PublicStats> {
  const { readStatsSnapshot } = await import('./snapshot');
  return readStatsSnapshot('public');
}
