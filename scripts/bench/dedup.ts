/**
 * `npm run bench:dedup [-- --tips=1000000 --samples=200] [--database=NAME] [--explain]`: how
 * long the duplicate search takes with a million tips. Builds a scratch database
 * (DATABASE_URL's server, else the embedded one), bulk-inserts synthetic tips with SQL (60%
 * clustered around ten towns where compounds are, 40% spread over the country; made-up
 * compound names, colours, floor counts and phone numbers in the text), rebuilds the indexes,
 * computes the duplicate-search keys (as `npm run dedup:refresh` does), ANALYZEs, then times
 * the candidate query and the whole findDuplicates for random tips. Prints median and p95 in
 * milliseconds; drops the database. With --database=NAME the database is kept and reused by
 * the next run with the same NAME and --tips (seeding a million tips takes minutes).
 * --dense samples only tips in central Sihanoukville (bench:seed's densest town centre).
 * --warm=N (default 100): calls made on other sampled tips before timing, untimed, as a console
 * that has served for a while has made them (V8 compiles the scoring for speed only after many
 * calls, and each pool connection prepares the statement once); the first 50 of them are
 * reported on their own line, as what the first tip pages after a start cost.
 * Before timing, the relations the search reads (Tip, DedupKey, Attachment, DuplicateDismissal,
 * their indexes and TOAST) are read once into the operating system's cache with pg_prewarm, as
 * they are on a server in service; `--no-prewarm` times them as they are (decision 0146).
 * --after-idle=N times N more calls, each after a pause longer than pg's idle timeout (an officer
 * reading a tip), once as pg would leave the pool (every idle connection closed) and once as it is
 * (KEPT_IDLE_CONNECTIONS kept, decision 0162): the difference is a new connection's cost.
 * --explain prints EXPLAIN (ANALYZE, BUFFERS) of findDuplicates' statement (its generic plan, as
 * the console runs it) for one sampled tip, in central Sihanoukville when one was sampled, and
 * the pages a call touched (in shared buffers and read from outside them) over every timed tip.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as pause } from 'node:timers/promises';
import { createClient, KEPT_IDLE_CONNECTIONS } from '@/lib/db/client';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { candidateValues, findCandidateIds } from '@/lib/dedup/find-candidates';
import { refreshDedupKeys } from '@/lib/dedup/refresh-keys';
import { DUPLICATES_SQL, dedupSettings, rankDuplicates } from '@/lib/dedup/find-duplicates';
import { closeDedupPools, DEDUP_APPLICATION_NAME, dedupPool } from '@/lib/dedup/pool';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TIPS = option('tips', 1_000_000);
const SAMPLES = option('samples', 200);
const NAMED = process.argv.find((arg) => arg.startsWith('--database='))?.split('=')[1];
const EXPLAIN = process.argv.includes('--explain');
const DENSE = process.argv.includes('--dense');
const WARM = option('warm', 100);
const AFTER_IDLE = option('after-idle', 0);
const PREWARM = !process.argv.includes('--no-prewarm');

const say = (line: string) => console.log(`[bench:dedup] ${line}`);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A value inlined into SQL for EXPLAIN only (dates, numbers, strings and arrays of them). */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (Array.isArray(value)) return `ARRAY[${value.map(literal).join(',')}]`;
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

const summary = (label: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${label}: median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${times.length} tips)`;
};

const settings = prepareSettings();
const server = await openDatabase(settings);
const scratch = databaseUrl(server.url, NAMED ?? `dedup_bench_${randomBytes(6).toString('hex')}`);
try {
  await ensureDatabase(scratch);
  await applyMigrations(scratch);
  const client = createClient(scratch);
  const pool = dedupPool(scratch);
  try {
    const [counted] = await client.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "Tip"`;
    const existing = Number(counted?.count ?? 0);
    if (NAMED && existing === TIPS) {
      say(`reusing ${NAMED} with ${TIPS} tips`);
      await client.$executeRawUnsafe('VACUUM ANALYZE "DedupKey"');
      if (process.argv.includes('--refresh')) {
        const started = performance.now();
        await refreshDedupKeys(client, { batch: 5_000 });
        await client.$executeRawUnsafe('ANALYZE "DedupKey"');
        say(`recomputed the keys in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    else {
    if (existing > 0) await client.$executeRawUnsafe('TRUNCATE "Tip" CASCADE');
    // Indexes are dropped for the load and rebuilt after it, as a restore would.
    const indexes = await client.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Tip' AND indexname <> 'Tip_pkey'`;
    for (const { indexname } of indexes) await client.$executeRawUnsafe(`DROP INDEX "${indexname}"`);

    let started = performance.now();
    await client.$executeRawUnsafe(`
      WITH towns(n, lat, lng) AS (VALUES
        (0, 10.630, 103.520), (1, 11.556, 104.928), (2, 13.660, 102.560), (3, 11.067, 106.136), (4, 13.367, 103.845),
        (5, 11.615, 102.984), (6, 10.610, 104.182), (7, 12.849, 102.609), (8, 11.826, 106.182), (9, 11.480, 104.945))
      INSERT INTO "Tip" (id, code, "passphraseHash", "tipsterPublicKey", "tipsterKeySalt", category, indicators, description,
                         lat, lng, "locationSource", language, "receivedAt")
      SELECT gen_random_uuid(), 'B' || g, 'x', 'x', 'x',
             (ARRAY['SCAM_COMPOUND','SCAM_COMPOUND','PERSON_HELD','RECRUITER','MONEY_MULE','OTHER'])[1 + g % 6]::"TipCategory",
             '{}',
             initcap(translate(substr(md5((g % 20000)::text), 1, 7), '0123456789', 'ghijklmnop')) || ' '
               || (ARRAY['Tower','Park','Casino','Garden','Plaza'])[1 + g % 5]
               || ' compound: high walls, guards at the gate, buses at night, '
               || (ARRAY['white','blue','grey','yellow','red','green'])[1 + (g / 7) % 6] || ' building of ' || (3 + (g / 11) % 12) || ' floors'
               || CASE WHEN g % 10 = 0 THEN ', call 0' || (10000000 + (g::bigint * 7919) % 50000)::text ELSE '' END
               || '. Tip ' || g,
             CASE WHEN g % 10 < 6 THEN t.lat + (random() + random() + random() - 1.5) * 0.04 ELSE 10.4 + random() * 4.2 END,
             CASE WHEN g % 10 < 6 THEN t.lng + (random() + random() + random() - 1.5) * 0.04 ELSE 102.6 + random() * 4.8 END,
             'GPS', 'en', now() - random() * interval '1000 days'
      FROM generate_series(1, ${TIPS}) AS g
      JOIN towns t ON t.n = g % 10`);
    say(`inserted ${TIPS} tips in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    for (const { indexdef } of indexes) await client.$executeRawUnsafe(indexdef);
    await client.$executeRawUnsafe('ANALYZE "Tip"');
    say(`built ${indexes.length} indexes and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    started = performance.now();
    const keyed = await refreshDedupKeys(client, { batch: 5_000, onBatch: (done) => done % 100_000 === 0 && say(`keys of ${done} tips`) });
    // As autovacuum would on a live table: sets the visibility map, so key reads stay index-only.
    await client.$executeRawUnsafe('VACUUM ANALYZE "DedupKey"');
    // The refresh wrote every tip's features into a second version of its row; intake writes
    // them with the tip, so the table is compacted to the layout intake leaves.
    await client.$executeRawUnsafe('VACUUM (FULL, ANALYZE) "Tip"');
    say(`computed the duplicate-search keys of ${keyed} tips in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }

    if (PREWARM) {
      // 'read': into the OS cache, which holds what shared buffers (128 MB by default) cannot.
      const started = performance.now();
      try {
        await client.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
        const [read] = await client.$queryRaw<{ mb: number }[]>`
          WITH searched AS (SELECT unnest(ARRAY['"Tip"', '"DedupKey"', '"Attachment"', '"DuplicateDismissal"']::regclass[]) AS oid),
          relations AS (
            SELECT oid FROM searched
            UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM searched)
            UNION SELECT reltoastrelid FROM pg_class WHERE oid IN (SELECT oid FROM searched) AND reltoastrelid <> 0)
          SELECT (sum(pg_prewarm(oid, 'read')) * current_setting('block_size')::int / 1048576)::float8 AS mb FROM relations`;
        say(`read ${Math.round(read?.mb ?? 0)} MB of the searched tables and indexes into the OS cache in ${((performance.now() - started) / 1000).toFixed(1)} s (pg_prewarm), as a server in service holds them`);
      } catch (error) {
        say(`could not prewarm (${error instanceof Error ? error.message.split('\n')[0] : error}): the times below include reading from disk`);
      }
    } else {
      say('not prewarmed (--no-prewarm): the times below include reading from disk what the OS has not cached');
    }

    // --dense: only tips within ~1.5 km of central Sihanoukville, the densest place of bench:seed's tips.
    // The share sampled grows as the table shrinks, so 10,000 and 100,000 tips give as many as 1,000,000.
    const sampledPercent = Math.min(100, (DENSE ? 10 : 1) * Math.max(1, 1_000_000 / TIPS));
    const sampled = await client.$queryRaw<{ id: string; lat: number; lng: number }[]>`
      SELECT id, lat, lng FROM "Tip" TABLESAMPLE SYSTEM (${sampledPercent})
      WHERE ${!DENSE} OR (lat BETWEEN 10.614 AND 10.640 AND lng BETWEEN 103.509 AND 103.535) LIMIT ${SAMPLES + WARM}`;
    const warmTimes: number[] = [];
    for (const tip of sampled.slice(0, WARM)) {
      const start = performance.now();
      await rankDuplicates(pool, { tipId: tip.id });
      warmTimes.push(performance.now() - start);
    }
    const sample = sampled.slice(WARM);
    const config = dedupSettings();
    const candidateTimes: number[] = [];
    const wholeTimes: number[] = [];
    const counts: number[] = [];
    // CPU time of this process (reading, scoring): wall times on a shared machine include waiting for a core.
    const cpuTimes: number[] = [];
    // From /proc/PID/schedstat (Linux, local server): time on a core and time waiting for one,
    // of this process and of the PostgreSQL backends of dedup's pool, per call.
    const runTimes: number[] = [];
    const waitTimes: number[] = [];
    const backends = async () =>
      (await client.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE application_name = ${DEDUP_APPLICATION_NAME} AND datname = current_database()`).map((row) => row.pid);
    const scheduled = (pids: (number | 'self')[]) => {
      try {
        return pids.map((pid) => readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number)).reduce(([run, wait], [r, w]) => [run! + r!, wait! + w!], [0, 0]);
      } catch {
        return null;
      }
    };
    for (const tip of sample) {
      let start = performance.now();
      const ids = await findCandidateIds(client, { tipId: tip.id, settings: config });
      candidateTimes.push(performance.now() - start);
      counts.push(ids.length);
      const pids: (number | 'self')[] = ['self', ...(await backends())];
      const before = scheduled(pids);
      start = performance.now();
      const cpu = process.cpuUsage();
      // As the console calls it (lib/db/client's db): through dedup's own pg pool, a named statement.
      await rankDuplicates(pool, { tipId: tip.id });
      wholeTimes.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      const after = scheduled(pids);
      // Only when no new connection was opened during the call (its time would be missed).
      if (before && after && pids.length > 1 && (await backends()).length === pids.length - 1) {
        runTimes.push((after[0]! - before[0]!) / 1e6);
        waitTimes.push((after[1]! - before[1]!) / 1e6);
      }
    }
    const afterIdle: Record<'closed' | 'kept', number[]> = { closed: [], kept: [] };
    if (AFTER_IDLE > 0) {
      // pg sets an idle connection's timer when it is released: every idle connection is taken and
      // released again under the mode before its first pause.
      const options = (pool as unknown as { options: { min: number; idleTimeoutMillis: number } }).options;
      const idleMs = options.idleTimeoutMillis + 1_000;
      let next = 0;
      for (const mode of ['closed', 'kept'] as const) {
        options.min = mode === 'kept' ? KEPT_IDLE_CONNECTIONS : 0;
        for (const connection of await Promise.all(Array.from({ length: Math.max(1, pool.idleCount) }, () => pool.connect()))) connection.release();
        for (let call = 0; call < AFTER_IDLE; call++) {
          await pause(idleMs);
          const start = performance.now();
          await rankDuplicates(pool, { tipId: sample[next++ % sample.length]!.id });
          afterIdle[mode].push(performance.now() - start);
        }
      }
      options.min = KEPT_IDLE_CONNECTIONS;
    }
    if (EXPLAIN) {
      // findDuplicates' one statement with the plan the console uses: the generic plan of the
      // named statement, which PostgreSQL keeps after five executions on a connection.
      const connection = await pool.connect();
      try {
        const tip = sample.find((row) => row.lat > 10.6 && row.lat < 10.66 && row.lng > 103.49 && row.lng < 103.55) ?? sample[0]!;
        const values = candidateValues({ tipId: tip.id, settings: config });
        for (let run = 0; run < 6; run++) await connection.query({ name: 'dedup_explain', text: DUPLICATES_SQL, values });
        const executed = (tipId: string) =>
          `EXECUTE dedup_explain(${candidateValues({ tipId, settings: config }).map((value, index) => `${literal(value)}${['::uuid', '::text[]', '::text', '::text[]', '::int[]', '::float8', '::float8'][index]}`).join(', ')})`;
        const { rows } = await connection.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${executed(tip.id)}`);
        say(`EXPLAIN (ANALYZE, BUFFERS) of the main statement for a tip at ${tip.lat.toFixed(4)}, ${tip.lng.toFixed(4)}:`);
        console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
        // Pages per call over every timed tip: found in shared buffers, and read from outside them
        // (the OS cache or the disk), which is what a call's time follows when the cache is cold.
        const hits: number[] = [];
        const reads: number[] = [];
        for (const { id } of sample) {
          const [plan] = (await connection.query<{ 'QUERY PLAN': [{ Plan: Record<string, number> }] }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${executed(id)}`)).rows;
          hits.push(plan!['QUERY PLAN'][0].Plan['Shared Hit Blocks']!);
          reads.push(plan!['QUERY PLAN'][0].Plan['Shared Read Blocks']!);
        }
        for (const list of [hits, reads]) list.sort((x, y) => x - y);
        say(`pages per call over ${sample.length} tips: in shared buffers median ${percentile(hits, 50)}, p95 ${percentile(hits, 95)}; read from outside them median ${percentile(reads, 50)}, p95 ${percentile(reads, 95)}`);
      } finally {
        connection.release();
      }
    }
    counts.sort((a, b) => a - b);
    say(`candidates per tip: median ${percentile(counts, 50)}, p95 ${percentile(counts, 95)}, max ${counts.at(-1)}`);
    console.log(summary('candidate query', candidateTimes));
    console.log(summary('findDuplicates CPU time in Node (load + score, without waiting)', cpuTimes));
    if (runTimes.length) {
      console.log(summary('findDuplicates time on a core, Node and its PostgreSQL backend', runTimes));
      console.log(summary('findDuplicates time waiting for a core, Node and its PostgreSQL backend', waitTimes));
    }
    say(`machine load average (1, 5, 15 min): ${loadavg().map((value) => value.toFixed(1)).join(', ')} on ${cpus().length} cores`);
    if (warmTimes.length) console.log(summary('findDuplicates, the first 50 untimed calls after start (cold)', warmTimes.slice(0, 50)));
    if (AFTER_IDLE > 0) {
      console.log(summary('findDuplicates after an idle pause, every idle connection closed (pg default)', afterIdle.closed));
      console.log(summary(`findDuplicates after an idle pause, ${KEPT_IDLE_CONNECTIONS} connections kept (as the app runs)`, afterIdle.kept));
    }
    say(`timed after ${WARM} untimed calls on other tips (--warm=${WARM})`);
    // The line `npm run -s bench:dedup` is read by: keep its wording.
    console.log(summary('findDuplicates (query + load + score)', wholeTimes));
  } finally {
    await client.$disconnect();
    await closeDedupPools();
  }
} finally {
  if (!NAMED) await dropDatabase(scratch).catch((error) => console.error(`Could not drop ${scratch}: ${error}`));
  await server.close();
}
