/**
 * Statistics answered from a snapshot: the `stats-refresh` job (lib/jobs/jobs/refresh-stats.ts)
 * computes the public figures and both dashboards every five minutes and stores them in
 * `StatsSnapshot`; the pages read one row by primary key (docs/decisions/0202). Each instance
 * computes them at start-up when there is none yet (lib/jobs/start.ts), so a visitor's
 * request never waits for a computation over every tip.
 */
import { type Db, db as defaultDb } from '@/lib/db/client';
import { computeDashboardStats, type DashboardStats } from './dashboard-stats';
import { computePublicStats, type PublicStats } from './public-stats';

export interface Snapshots {
  public: PublicStats;
  'dashboard:month': DashboardStats;
  'dashboard:week': DashboardStats;
}
export type SnapshotKey = keyof Snapshots;

const COMPUTE: { [K in SnapshotKey]: (client: Db, now: Date) => Promise<Snapshots[K]> } = {
  public: (client, now) => computePublicStats({ client, now }),
  'dashboard:month': (client, now) => computeDashboardStats({ client, now, granularity: 'month' }),
  'dashboard:week': (client, now) => computeDashboardStats({ client, now, granularity: 'week' }),
};

async function store<K extends SnapshotKey>(client: Db, key: K, now: Date): Promise<Snapshots[K]> {
  const data = await COMPUTE[key](client, now);
  const json = JSON.parse(JSON.stringify(data));
  await client.statsSnapshot.upsert({ where: { key }, create: { key, data: json, computedAt: now }, update: { data: json, computedAt: now } });
  return data;
}

/** Computes and stores every snapshot; returns the keys refreshed. */
export async function refreshStatsSnapshots(options: { client?: Db; now?: Date } = {}): Promise<SnapshotKey[]> {
  const client = options.client ?? defaultDb;
  const now = options.now ?? new Date();
  const keys = Object.keys(COMPUTE) as SnapshotKey[];
  for (const key of keys) await store(client, key, now);
  return keys;
}

/** At an instance's start-up: computes the snapshots only if there are none yet. */
export async function ensureStatsSnapshots(options: { client?: Db } = {}): Promise<boolean> {
  const client = options.client ?? defaultDb;
  const present = await client.statsSnapshot.count({ where: { key: { in: Object.keys(COMPUTE) } } });
  if (present === Object.keys(COMPUTE).length) return false;
  await refreshStatsSnapshots({ client });
  return true;
}

/**
 * The stored figures. Should the row be missing (a database restored without it, jobs off
 * everywhere), the first reader computes and stores it once; later readers read it.
 */
export async function readStatsSnapshot<K extends SnapshotKey>(key: K, options: { client?: Db } = {}): Promise<Snapshots[K] & { computedAt: string }> {
  const client = options.client ?? defaultDb;
  const row = await client.statsSnapshot.findUnique({ where: { key } });
  if (row) return { ...(row.data as unknown as Snapshots[K]), computedAt: row.computedAt.toISOString() };
  const now = new Date();
  return { ...(await store(client, key, now)), computedAt: now.toISOString() };
}
