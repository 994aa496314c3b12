/**
 * The irreducible work of a tip on plain node:http (lib/perf/baseline-intake.ts): started by
 * `npm run bench:intake` as `BASELINE_PORT=... DATABASE_URL=... node --import tsx scripts/bench/baseline-server.ts`.
 */
import http from 'node:http';
import { baselinePool, baselineTip } from '@/lib/perf/baseline-intake';

const pool = baselinePool(process.env.DATABASE_URL!);
const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    baselineTip(pool, Buffer.concat(chunks).toString('utf8')).then(
      (receipt) => {
        response.writeHead(201, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify(receipt));
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
});
server.listen(Number(process.env.BASELINE_PORT ?? 3283), '127.0.0.1', () => console.log('[baseline] listening'));
