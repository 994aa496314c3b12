/**
 * `npm run bench:lighthouse [-- --url=http://127.0.0.1:3000] [--path=/report] [--runs=3]`:
 * Lighthouse (mobile, its default simulated slow 4G and 4x CPU slowdown) against a production
 * server in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), `runs` times; prints
 * each run's performance and accessibility scores, LCP, TBT, CLS, bytes transferred, the
 * back/forward-cache audit, and the medians. Without --url it starts `next start` from the
 * existing build (it never builds: run `npm run build` first). Target (issue 9): performance
 * >= 95, accessibility 100 (median of 3). Exits 1 below target.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startNextServer } from '../lib/next-server';

const arg = (name: string) => process.argv.find((entry) => entry.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 3);
const PATH = arg('path') ?? '/report';
const say = (line: string) => console.log(`[bench:lighthouse] ${line}`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<number> {
  const url = arg('url');
  const server = url ? { base: url.replace(/\/$/, ''), stop: () => {} } : await startNextServer({ port: arg('port') ? Number(arg('port')) : undefined, probe: PATH });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const runs: Record<string, number | string>[] = [];
  try {
    // One unmeasured load first: the server compiles nothing in production, but warms its caches.
    await fetch(`${server.base}${PATH}`);
    for (let run = 1; run <= RUNS; run++) {
      const result = await lighthouse(`${server.base}${PATH}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result!.lhr;
      if (lhr.runtimeError) {
        // A failed run (the page did not paint in time on a crowded machine) is reported, not scored.
        say(`run ${run}: failed (${lhr.runtimeError.code}), not counted`);
        continue;
      }
      const audit = (id: string) => lhr.audits[id];
      const row = {
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? 0),
        tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? 0),
        fcpMs: Math.round(audit('first-contentful-paint')?.numericValue ?? 0),
        cls: Number((audit('cumulative-layout-shift')?.numericValue ?? 0).toFixed(3)),
        transferKB: Math.round((audit('total-byte-weight')?.numericValue ?? 0) / 1024),
        bfcache: audit('bf-cache')?.score === 1 ? 'not blocked' : `blocked: ${JSON.stringify((audit('bf-cache')?.details as { items?: { reason?: string }[] })?.items?.map((item) => item.reason) ?? audit('bf-cache')?.displayValue)}`,
      };
      runs.push(row);
      say(`run ${run}: ${JSON.stringify(row)}`);
      if (run === RUNS) {
        mkdirSync('.data/bench', { recursive: true });
        writeFileSync('.data/bench/lighthouse-last.json', JSON.stringify(lhr, null, 1));
      }
    }
  } finally {
    chrome.kill();
    server.stop();
  }
  if (runs.length === 0) throw new Error('no run completed');
  const perf = median(runs.map((row) => row.performance as number));
  const a11y = median(runs.map((row) => row.accessibility as number));
  say(`median of ${runs.length} completed runs (of ${RUNS}) on ${PATH}: performance ${perf}, accessibility ${a11y}, LCP ${median(runs.map((r) => r.lcpMs as number))} ms, TBT ${median(runs.map((r) => r.tbtMs as number))} ms, transferred ${median(runs.map((r) => r.transferKB as number))} KB`);
  return perf >= 95 && a11y === 100 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench:lighthouse] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
