/**
 * `npx tsx scripts/bench/dedup-profile.ts --database=NAME [--samples=100]`: where one
 * findDuplicates call spends its time on an existing benchmark database (npm run bench:dedup
 * --database=NAME): planning and execution of its main statement (EXPLAIN ANALYZE), the
 * same statements through Prisma and through a bare pg client (named statements), and decoding and scoring.
 */
import { performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import pg from 'pg';
import { createClient } from '@/lib/db/client';
import { databaseUrl } from '@/lib/db/admin';
import { rankDuplicates } from '@/lib/dedup/find-duplicates';

const NAMED = process.argv.find((arg) => arg.startsWith('--database='))?.split('=')[1] ?? 'ee_dedup_1m';
const SAMPLES = Number(process.argv.find((arg) => arg.startsWith('--samples='))?.split('=')[1] ?? 100);
const url = databaseUrl(process.env.DATABASE_URL!, NAMED);
const client = createClient(url);
const bare = new pg.Client({ connectionString: url });
await bare.connect();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1]!;
const show = (label: string, values: number[]) => console.log(`${label}: median ${median(values).toFixed(2)} ms, p95 ${p95(values).toFixed(2)} ms`);

const sample = await client.$queryRaw<{ id: string }[]>`SELECT id FROM "Tip" TABLESAMPLE SYSTEM (1) LIMIT ${SAMPLES}`;
const captured: { text: string; values: unknown[] }[] = [];
const recorder = {
  $queryRawUnsafe: async (text: string, ...values: unknown[]) => {
    captured.push({ text, values });
    return client.$queryRawUnsafe(text, ...values);
  },
};
const prismaTimes: [number[], number[]] = [[], []];
const bareTimes: [number[], number[]] = [[], []];
const planning: number[] = [];
const execution: number[] = [];
for (const { id } of sample) {
  captured.length = 0;
  await rankDuplicates(recorder as never, { tipId: id });
  for (const [index, query] of captured.entries()) {
    let start = performance.now();
    await client.$queryRawUnsafe(query.text, ...query.values);
    prismaTimes[index]!.push(performance.now() - start);
    start = performance.now();
    await bare.query({ name: `s${index}`, text: query.text, values: query.values });
    bareTimes[index]!.push(performance.now() - start);
    if (index === 1) {
      const { rows } = await bare.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`, query.values as unknown[]);
      const plan = (rows[0]!['QUERY PLAN'] as { 'Planning Time': number; 'Execution Time': number }[])[0]!;
      planning.push(plan['Planning Time']);
      execution.push(plan['Execution Time']);
    }
  }
}
show('tip statement, Prisma', prismaTimes[0]);
show('tip statement, bare pg', bareTimes[0]);
show('main statement, Prisma', prismaTimes[1]);
show('main statement, bare pg', bareTimes[1]);
show('main statement planning', planning);
show('main statement execution', execution);
console.log(`load ${loadavg().map((value) => value.toFixed(1)).join(', ')}`);
await bare.end();
await client.$disconnect();
