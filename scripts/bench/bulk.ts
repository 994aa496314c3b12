/**
 * `npm run bench:bulk [-- --tips=100 --rounds=3]`: how long one bulk triage action takes
 * (issue 14, decision 0600): closing N NEW tips as unfounded (two status changes and two
 * hash-chained audit rows per tip, one savepoint each, one transaction) and setting their
 * priority, by the ticked ids and by "all matching the filter". Scratch database on
 * DATABASE_URL's server (else the embedded one), removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TIPS = Math.min(option('tips', 100), 100);
const ROUNDS = option('rounds', 3);
const say = (line: string) => console.log(`[bench:bulk] ${line}`);

const settings = prepareSettings();
const server = await openDatabase(settings);
const scratch = databaseUrl(server.url, `bulk_bench_${randomBytes(6).toString('hex')}`);
process.env.DATABASE_URL = scratch;
process.env.POW_DIFFICULTY = '0';
process.env.LOG_LEVEL = 'warn';

try {
  await ensureDatabase(scratch);
  await applyMigrations(scratch);
  const { db, disconnectDb } = await import('@/lib/db/client');
  const { createTip } = await import('@/lib/tips/create-tip');
  const { tipInputSchema } = await import('@/lib/tips/schema');
  const { createStaffUser } = await import('@/lib/staff/create-staff-user');
  const { bulkTriage } = await import('@/lib/triage/bulk-triage');
  const staff = await db.$transaction((tx) => createStaffUser(tx, { email: 'bench@bulk.local', name: 'Bench', role: 'SUPERVISOR', password: `pw-${randomBytes(8).toString('hex')}`, provinceCodes: [] }, null));
  const actor = { id: staff.id, role: 'SUPERVISOR' as const, provinceCodes: [] };

  async function makeTips(marker: string): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < TIPS; index++) {
      const input = tipInputSchema.parse({
        category: 'OTHER',
        description: `${marker} spam ${index}: win a prize, click the link now.`,
        location: { lat: 11.55 + index / 10_000, lng: 104.92, source: 'GPS', accuracyM: 20 },
        provinceCode: 'KH-12',
        language: 'en',
      });
      ids.push((await db.$transaction((tx) => createTip(tx, input, { powVerified: true }))).tipId);
    }
    return ids;
  }

  const time = async (label: string, work: () => Promise<{ ok: string[]; applied: boolean }>) => {
    const started = performance.now();
    const result = await work();
    const ms = performance.now() - started;
    if (!result.applied || result.ok.length !== TIPS) throw new Error(`${label}: ${result.ok.length} of ${TIPS} applied`);
    say(`${label}: ${ms.toFixed(0)} ms for ${TIPS} tips (${(ms / TIPS).toFixed(1)} ms per tip)`);
  };

  say(`machine: 2 cores shared; ${TIPS} tips per action, ${ROUNDS} rounds`);
  for (let round = 1; round <= ROUNDS; round++) {
    const marker = `bench${randomBytes(3).toString('hex')}`;
    const ids = await makeTips(marker);
    await time(`round ${round}, priority by ticked ids`, () => bulkTriage(actor, { action: 'priority', value: 'HIGH', tipIds: ids }));
    await time(`round ${round}, close NEW as unfounded, all matching the filter`, () => bulkTriage(actor, { action: 'closeUnfounded', allMatching: true, filter: { q: marker } }));
  }
  await disconnectDb();
} finally {
  await dropDatabase(scratch).catch(() => {});
  await server.close();
}
