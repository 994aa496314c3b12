/**
 * `npm run bench:inbox [-- --tips=1000000 --runs=5] [--db=URL]`: how fast the triage inbox is
 * with a million tips. Builds a scratch database (DATABASE_URL's server, else the embedded
 * one) filled by scripts/lib/seed-tips.ts (the same generator as `npm run bench:seed`: eight
 * languages, compounds around real towns, duplicates, cases, raids, messages), or measures a
 * database seeded earlier (--db=URL, e.g. one made once with `npm run bench:seed -- 1000000
 * --db=URL` and reused), then times listInbox for:
 * the first page, deep keyset pages, a filtered officer's page, and Khmer and English
 * searches (short: substring; long: similarity). Prints the median and p95 wall time of `runs`
 * calls and PostgreSQL's EXPLAIN ANALYZE execution time of the same SQL; drops the database.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Actor } from '@/lib/auth/permissions';
import { createClient, type Db } from '@/lib/db/client';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import type { Prisma } from '@/lib/db/generated/client';
import {
  encodeCursor,
  type InboxFilterInput,
  inboxSegments,
  listInbox,
  parseInboxFilter,
  readInboxPage,
  searchInbox,
  SIMILARITY_SETTING,
  usesSimilarity,
} from '@/lib/triage/list-inbox';
import { openDatabase } from '../lib/database';
import { seedTips } from '../lib/seed-tips';
import { prepareSettings } from '../lib/settings';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TIPS = option('tips', 1_000_000);
const RUNS = option('runs', 20);
/** Keep the loaded database (its URL is printed) to try queries by hand; drop it yourself. */
const KEEP = process.argv.includes('--keep');
const say = (line: string) => console.log(`[bench:inbox] ${line}`);

const SUPERVISOR: Actor = { id: '00000000-0000-4000-8000-000000000001', role: 'SUPERVISOR', provinceCodes: [] };
const OFFICER: Actor = { id: '00000000-0000-4000-8000-000000000002', role: 'OFFICER', provinceCodes: ['KH-18', 'KH-9'] };
/** An officer of a province with few tips: the case a plain ordered scan handles worst. */
const SMALL_OFFICER: Actor = { id: '00000000-0000-4000-8000-000000000003', role: 'OFFICER', provinceCodes: ['KH-23'] };

async function load(client: Db) {
  await seedTips(client, TIPS, { log: say });
}

/** A cursor 90% of the way into a segment: found once with OFFSET here, then used as the inbox would. */
async function deepCursor(client: Db, status: string, urgent: boolean) {
  const segment = inboxSegments().findIndex((entry) => entry.status === status && entry.urgent === urgent);
  const [{ count }] = (await client.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM "Tip" WHERE status = $1::"TipStatus" AND urgent = $2`,
    status,
    urgent,
  )) as [{ count: number }];
  const depth = Math.floor(count * 0.9);
  say(`deep cursor: ${status}${urgent ? ' urgent' : ''}, row ${depth} of ${count}`);
  const [row] = await client.$queryRawUnsafe<{ id: string; receivedAt: Date }[]>(
    `SELECT id, "receivedAt" FROM "Tip" WHERE status = $1::"TipStatus" AND urgent = $2 ORDER BY "receivedAt", id OFFSET $3 LIMIT 1`,
    status,
    urgent,
    depth,
  );
  return encodeCursor({ s: segment, t: row!.receivedAt.toISOString(), id: row!.id });
}

async function measure(client: Db, label: string, actor: Actor, input: InboxFilterInput) {
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    rows = (await listInbox(actor, input, {}, client)).rows.length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const filter = parseInboxFilter(input);
  // The same statements listInbox runs: for a search, those searchInbox chose (the sample,
  // the walk's segments, or the index's matches and the page); else the page's, status by status.
  const plan = await client.$transaction(
    async (tx) => {
      if (usesSimilarity(filter)) await tx.$executeRawUnsafe(SIMILARITY_SETTING);
      const explain = (query: Prisma.Sql) => tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, ...query.values);
      const trace: Prisma.Sql[] = [];
      if (filter.q) await searchInbox(tx, actor, filter, 50, { trace });
      else await readInboxPage(tx, actor, filter, 50, trace);
      const lines = [];
      for (const query of trace) lines.push(...(await explain(query)));
      return lines;
    },
    { timeout: 120_000 },
  );
  const lines = plan.map((line) => line['QUERY PLAN']);
  const execution = `${lines
    .filter((line) => line.startsWith('Execution Time'))
    .map((line) => line.replace('Execution Time: ', ''))
    .join(' + ')}`;
  const scans = [...new Set(lines.map((line) => line.match(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (using|on) "?[\w]+"?/)?.[0]).filter(Boolean))];
  console.log(
    `${label.padEnd(44)} rows ${String(rows).padStart(2)} | median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, p95 ${times[Math.ceil(times.length * 0.95) - 1]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms | EXPLAIN ANALYZE ${execution}`,
  );
  if (process.argv.includes('--plans')) console.log(lines.map((line) => `    ${line}`).join('\n'));
  else console.log(`    scans: ${scans.join('; ')}`);
}

async function run(client: Db) {
  // A compound named in about 40 tips (scripts/lib/seed-tips.ts), in English and in Khmer.
  const [english] = await client.$queryRaw<{ description: string }[]>`SELECT description FROM "Tip" WHERE language = 'en' AND description LIKE '% compound: %' ORDER BY id LIMIT 1`;
  const [khmer] = await client.$queryRaw<{ description: string }[]>`SELECT description FROM "Tip" WHERE language = 'km' AND description LIKE 'អគារ%' ORDER BY id LIMIT 1`;
  const englishName = english!.description.split(' ').slice(0, 2).join(' ');
  const khmerName = khmer!.description.split(' ')[0]!;
  say(`searching for "${englishName}" and "${khmerName}"`);

  await measure(client, 'first page (supervisor)', SUPERVISOR, {});
  await measure(client, 'first page (officer, 2 busy provinces)', OFFICER, {});
  await measure(client, 'first page (officer, 1 quiet province)', SMALL_OFFICER, {});
  await measure(client, 'second page (officer, 1 quiet province)', SMALL_OFFICER, { after: (await listInbox(SMALL_OFFICER, {}, {}, client)).next ?? undefined });
  await measure(client, 'deep page: NEW, 90% into the segment', SUPERVISOR, { after: await deepCursor(client, 'NEW', false) });
  await measure(client, 'deep page: CLOSED_ACTIONED, 90% in', SUPERVISOR, { after: await deepCursor(client, 'CLOSED_ACTIONED', false) });
  await measure(client, 'filtered: officer, recruiter, reward, 90 days', OFFICER, {
    category: 'RECRUITER',
    reward: '1',
    from: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10),
  });
  await measure(client, 'filtered: NEW, no proof of work, KH-12', SUPERVISOR, { status: 'NEW', noPow: '1', province: 'KH-12' });
  await measure(client, 'search English short (name)', SUPERVISOR, { q: englishName });
  await measure(client, 'search English long (typo, similarity)', SUPERVISOR, { q: `${englishName.slice(0, -1)}x ${englishName.split(' ')[1]} compund high walls` });
  await measure(client, 'search Khmer short (name)', SUPERVISOR, { q: khmerName });
  await measure(client, 'search Khmer long (phrase, similarity)', SUPERVISOR, { q: `${khmerName} អគារខ្ពស់មានរបង` });
  await measure(client, 'search Khmer long (officer, 1 province)', SMALL_OFFICER, { q: `${khmerName} អគារខ្ពស់មានរបង` });
  await measure(client, 'search common word (guards)', SUPERVISOR, { q: 'guards' });
  // Words most tips share: the ordered walk answers these (lib/triage/list-inbox.ts).
  await measure(client, 'search common word (officer, guards)', OFFICER, { q: 'guards' });
  await measure(client, 'search common word Khmer (អ្នកយាម)', SUPERVISOR, { q: 'អ្នកយាម' });
  await measure(client, 'search common phrase English (similarity)', SUPERVISOR, { q: 'high walls, guards at the gate' });
  await measure(client, 'search common phrase Khmer (similarity)', SUPERVISOR, { q: 'អគារខ្ពស់មានរបងលួសបន្លា និងអ្នកយាមនៅមាត់ទ្វារ' });
}

/** `--db=URL`: measure a database loaded earlier with --keep (no load, not dropped). */
const existing = process.argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
if (existing) {
  const client = createClient(existing);
  try {
    await run(client);
  } finally {
    await client.$disconnect();
  }
  process.exit(0);
}

const settings = prepareSettings();
const server = await openDatabase(settings);
const scratch = databaseUrl(server.url, `inbox_bench_${randomBytes(6).toString('hex')}`);
try {
  await ensureDatabase(scratch);
  await applyMigrations(scratch);
  const client = createClient(scratch);
  try {
    await load(client);
    if (!process.argv.includes('--load-only')) await run(client);
  } finally {
    await client.$disconnect();
  }
} finally {
  if (KEEP) say(`kept ${scratch}`);
  else await dropDatabase(scratch).catch((error) => console.error(`Could not drop ${scratch}: ${error}`));
  await server.close();
}
