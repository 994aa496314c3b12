import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createClient } from '@/lib/db/client';
const url = 'postgresql://postgres@127.0.0.1:5432/ee_dedup_1m';
const client = createClient(url);
const pool = new pg.Pool({ connectionString: url, max: 4 });
const med = (v: number[]) => v.sort((a, b) => a - b)[v.length >> 1]!.toFixed(3);
for (let round = 0; round < 2; round++) {
  const a: number[] = [], b: number[] = [], c: number[] = [], cpuA: number[] = [], cpuB: number[] = [];
  for (let i = 0; i < 300; i++) {
    let s = performance.now(); let u = process.cpuUsage();
    await client.$queryRaw`SELECT ${i}::int AS x, now() AS t, 'abc' AS s`; a.push(performance.now() - s); let d = process.cpuUsage(u); cpuA.push((d.user + d.system) / 1000);
    s = performance.now(); u = process.cpuUsage();
    await pool.query('SELECT $1::int AS x, now() AS t, $2 AS s', [i, 'abc']); b.push(performance.now() - s); d = process.cpuUsage(u); cpuB.push((d.user + d.system) / 1000);
    s = performance.now();
    await pool.query({ name: 'x', text: 'SELECT $1::int AS x, now() AS t, $2 AS s', values: [i, 'abc'] }); c.push(performance.now() - s);
  }
  console.log('prisma', med(a), 'cpu', med(cpuA), 'pg', med(b), 'cpu', med(cpuB), 'pg named', med(c));
}
await pool.end(); await client.$disconnect();
