/**
 * Calendar buckets in Cambodia's time (UTC+7 all year, no daylight saving), so a tip sent at
 * 01:00 on the first of a month in Phnom Penh counts in that month.
 */
import { CAMBODIA_OFFSET_MS, TIME_ZONE } from '@/lib/i18n/format';

export const STATS_TIME_ZONE = TIME_ZONE;
const OFFSET_MS = CAMBODIA_OFFSET_MS;

/** 'YYYY-MM' of an instant, in Phnom Penh. */
export function monthKey(at: Date): string {
  const local = new Date(at.getTime() + OFFSET_MS);
  return `${local.getUTCFullYear()}-${String(local.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The instant a 'YYYY-MM' month starts in Phnom Penh. */
export function monthStart(key: string): Date {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, 1) - OFFSET_MS);
}

export function addMonths(key: string, count: number): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export interface Period {
  /** Bucket keys, oldest first. */
  keys: string[];
  /** First instant included. */
  from: Date;
  /** First instant excluded. */
  to: Date;
}

/**
 * The public page shows complete months only: the `count` months before the current one.
 * A figure for the month in progress would change from hour to hour, and comparing two
 * visits would date a tip more finely than a month.
 */
export function completeMonths(now: Date, count = 12): Period {
  const current = monthKey(now);
  const keys = Array.from({ length: count }, (_, index) => addMonths(current, index - count));
  return { keys, from: monthStart(keys[0]!), to: monthStart(current) };
}

/** The last `count` months including the current one (for staff dashboards). */
export function recentMonths(now: Date, count = 12): Period {
  const current = monthKey(now);
  const keys = Array.from({ length: count }, (_, index) => addMonths(current, index - count + 1));
  return { keys, from: monthStart(keys[0]!), to: monthStart(addMonths(current, 1)) };
}

/** Monday of an instant's week in Phnom Penh, as 'YYYY-MM-DD'. */
export function weekKey(at: Date): string {
  const local = new Date(at.getTime() + OFFSET_MS);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysSinceMonday));
  return monday.toISOString().slice(0, 10);
}

function weekStart(key: string): Date {
  return new Date(Date.parse(`${key}T00:00:00Z`) - OFFSET_MS);
}

/** The last `count` weeks (Monday to Sunday) including the current one. */
export function recentWeeks(now: Date, count = 13): Period {
  const current = Date.parse(`${weekKey(now)}T00:00:00Z`);
  const week = 7 * 24 * 60 * 60 * 1000;
  const keys = Array.from({ length: count }, (_, index) => new Date(current - (count - 1 - index) * week).toISOString().slice(0, 10));
  return { keys, from: weekStart(keys[0]!), to: new Date(weekStart(keys[count - 1]!).getTime() + week) };
}

/** 'YYYY-Qn' of a 'YYYY-MM' month. */
export function quarterOfMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return `${year}-Q${Math.floor((number - 1) / 3) + 1}`;
}

export interface Quarter extends Period {
  /** 'YYYY-Qn'. */
  key: string;
}

/** The three months of a 'YYYY-Qn' quarter, with its Phnom Penh start and end. */
export function quarterPeriod(key: string): Quarter {
  const [year, quarter] = key.split('-Q').map(Number) as [number, number];
  const first = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}`;
  const keys = [first, addMonths(first, 1), addMonths(first, 2)];
  return { key, keys, from: monthStart(first), to: monthStart(addMonths(first, 3)) };
}

/**
 * The public page's periods: the `count` calendar quarters (Phnom Penh) before the one in
 * progress, oldest first. They change only when a quarter ends, so two releases either cover
 * the same quarters or differ by whole quarters (docs/decisions/0007).
 */
export function completeQuarters(now: Date, count = 4): Quarter[] {
  const current = quarterPeriod(quarterOfMonth(monthKey(now)));
  return Array.from({ length: count }, (_, index) => quarterPeriod(quarterOfMonth(addMonths(current.keys[0]!, (index - count) * 3))));
}
