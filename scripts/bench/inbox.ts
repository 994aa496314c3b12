/**
 * `npm run bench:inbox [-- --tips=1000000 --runs=5]`: how fast the triage inbox is with a
 * million tips. Builds a scratch database (DATABASE_URL's server, else the embedded one),
 * bulk-inserts synthetic tips with SQL as bench:dedup does (English and Khmer text with
 * made-up compound names, all statuses, 10% urgent, 25 provinces, times coarsened to the
 * hour so many tips share one), rebuilds the indexes, ANALYZEs, then times listInbox for:
 * the first page, deep keyset pages, a filtered officer's page, and Khmer and English
 * searches (short: substring; long: similarity). Prints the median wall time of `runs`
 * calls and PostgreSQL's EXPLAIN ANALYZE execution time of the same SQL; drops the database.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Actor } from '@/lib/auth/permissions';
import { createClient, type Db } from '@/lib/db/client';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { encodeCursor, type InboxFilterInput, inboxQuery, inboxSegments, listInbox, parseInboxFilter, SIMILARITY_SETTING, usesSimilarity } from '@/lib/triage/list-inbox';
import { openDatabase } from '../lib/database';
import { prepareSettings } from '../lib/settings';

const option = (name: string, fallback: number) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const TIPS = option('tips', 1_000_000);
const RUNS = option('runs', 5);
const say = (line: string) => console.log(`[bench:inbox] ${line}`);

// Khmer words the synthetic Khmer tips are made of, and the consonants of made-up Khmer names.
const KHMER_PHRASES = [
  'អគារខ្ពស់មានរបងលួសបន្លា និងអ្នកយាមនៅមាត់ទ្វារ',
  'មានឡានក្រុងចូលចេញពេលយប់ កម្មករបរទេសមិនដែលចេញក្រៅ',
  'កាស៊ីណូចាស់ដែលបានកែប្រែ បង្អួចបិទងងឹត',
  'ខ្ញុំឮសំឡេងស្រែក និងសំឡេងវាយគ្នានៅខាងក្នុង',
  'គេដកហូតលិខិតឆ្លងដែនរបស់កម្មករទាំងអស់',
];
const KHMER_CONSONANTS = 'កខគឃងចឆជឈញដឋឌឍណត';

const SUPERVISOR: Actor = { id: '00000000-0000-4000-8000-000000000001', role: 'SUPERVISOR', provinceCodes: [] };
const OFFICER: Actor = { id: '00000000-0000-4000-8000-000000000002', role: 'OFFICER', provinceCodes: ['KH-18', 'KH-9'] };

async function load(client: Db) {
  // Indexes are dropped for the load and rebuilt after it, as a restore would.
  const indexes = await client.$queryRaw<{ indexname: string; indexdef: string }[]>`
    SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Tip' AND indexname <> 'Tip_pkey'`;
  for (const { indexname } of indexes) await client.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
  let started = performance.now();
  const phrases = `ARRAY[${KHMER_PHRASES.map((phrase) => `'${phrase}'`).join(',')}]`;
  await client.$executeRawUnsafe(`
    INSERT INTO "Tip" (id, code, "passphraseHash", "tipsterPublicKey", "tipsterKeySalt", category, indicators, description,
                       lat, lng, "locationSource", "provinceCode", language, urgent, "wantsReward", "powVerified", status, "receivedAt")
    SELECT gen_random_uuid(), 'B' || g, 'x', 'x', 'x',
           (ARRAY['SCAM_COMPOUND','SCAM_COMPOUND','PERSON_HELD','RECRUITER','MONEY_MULE','OTHER'])[1 + g % 6]::"TipCategory",
           '{}',
           CASE WHEN g % 10 < 3
             THEN 'អគារ' || translate(substr(md5((g % 20000)::text), 1, 6), '0123456789abcdef', '${KHMER_CONSONANTS}') || ' '
                  || (${phrases})[1 + g % ${KHMER_PHRASES.length}] || '។ ព័ត៌មានទី ' || g
             ELSE initcap(translate(substr(md5((g % 20000)::text), 1, 7), '0123456789', 'ghijklmnop')) || ' '
                  || (ARRAY['Tower','Park','Casino','Garden','Plaza'])[1 + g % 5]
                  || ' compound: high walls, guards at the gate, buses at night. Tip ' || g
           END,
           10.4 + random() * 4.2, 102.6 + random() * 4.8, 'GPS',
           'KH-' || (1 + g % 25),
           CASE WHEN g % 10 < 3 THEN 'km' ELSE 'en' END,
           g % 10 = 7, g % 3 = 0, g % 7 <> 0,
           (CASE WHEN g % 20 = 0 THEN 'NEW' WHEN g % 20 < 4 THEN 'TRIAGED' WHEN g % 20 < 8 THEN 'LINKED'
                 WHEN g % 20 < 14 THEN 'CLOSED_ACTIONED' WHEN g % 20 < 18 THEN 'CLOSED_UNFOUNDED' ELSE 'CLOSED_DUPLICATE' END)::"TipStatus",
           date_trunc('hour', now() - random() * interval '1000 days')
    FROM generate_series(1, ${TIPS}) AS g`);
  say(`inserted ${TIPS} tips in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  for (const { indexdef } of indexes) await client.$executeRawUnsafe(indexdef);
  await client.$executeRawUnsafe('ANALYZE "Tip"');
  say(`built ${indexes.length} indexes and analysed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
  const query = inboxQuery(actor, filter, 50)!;
  const plan = await client.$transaction(async (tx) => {
    if (usesSimilarity(filter)) await tx.$executeRawUnsafe(SIMILARITY_SETTING);
    return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, ...query.values);
  });
  const lines = plan.map((line) => line['QUERY PLAN']);
  const execution = lines.find((line) => line.startsWith('Execution Time'))?.replace('Execution Time: ', '') ?? '?';
  const scans = [...new Set(lines.map((line) => line.match(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (using|on) "?[\w]+"?/)?.[0]).filter(Boolean))];
  console.log(
    `${label.padEnd(44)} rows ${String(rows).padStart(2)} | median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms | EXPLAIN ANALYZE ${execution}`,
  );
  if (process.argv.includes('--plans')) console.log(lines.map((line) => `    ${line}`).join('\n'));
  else console.log(`    scans: ${scans.join('; ')}`);
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
    const [english] = await client.$queryRaw<{ description: string }[]>`SELECT description FROM "Tip" WHERE language = 'en' AND code = 'B105'`;
    const [khmer] = await client.$queryRaw<{ description: string }[]>`SELECT description FROM "Tip" WHERE language = 'km' AND code = 'B102'`;
    const englishName = english!.description.split(' ').slice(0, 2).join(' ');
    const khmerName = khmer!.description.split(' ')[0]!;
    say(`searching for "${englishName}" and "${khmerName}"`);

    await measure(client, 'first page (supervisor)', SUPERVISOR, {});
    await measure(client, 'first page (officer, 2 provinces)', OFFICER, {});
    await measure(client, 'deep page: NEW, 90% into the segment', SUPERVISOR, { after: await deepCursor(client, 'NEW', false) });
    await measure(client, 'deep page: CLOSED_ACTIONED, 90% in', SUPERVISOR, { after: await deepCursor(client, 'CLOSED_ACTIONED', false) });
    await measure(client, 'filtered: officer, recruiter, reward, 90 days', OFFICER, {
      category: 'RECRUITER',
      reward: '1',
      from: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10),
    });
    await measure(client, 'filtered: NEW, no proof of work, KH-12', SUPERVISOR, { status: 'NEW', noPow: '1', province: 'KH-12' });
    await measure(client, 'search English short (name)', SUPERVISOR, { q: englishName });
    await measure(client, 'search English long (phrase, similarity)', SUPERVISOR, { q: `${englishName} compound high walls` });
    await measure(client, 'search Khmer short (name)', SUPERVISOR, { q: khmerName });
    await measure(client, 'search Khmer long (phrase, similarity)', SUPERVISOR, { q: `${khmerName} អគារខ្ពស់មានរបង` });
    await measure(client, 'search common word (guards)', SUPERVISOR, { q: 'guards' });
  } finally {
    await client.$disconnect();
  }
} finally {
  await dropDatabase(scratch).catch((error) => console.error(`Could not drop ${scratch}: ${error}`));
  await server.close();
}
