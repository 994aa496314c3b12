/**
 * `npm run bench:main-thread -- --url=http://127.0.0.1:3000 [--url=http://127.0.0.1:3001] [--path=/report] [--runs=3]`:
 * what runs on the browser's main thread while /report loads, in Debian's Chromium
 * (CHROME_PATH, default /usr/bin/chromium) with the CPU slowed 4x as Lighthouse's mobile
 * profile does. For each server (alternated, so a busy machine weighs on all alike), each run:
 *  - a CPU profile of the load: JavaScript self time by script (the framework's chunks, the
 *    page's own) and the busiest functions, as file:line:column of the minified chunks;
 *  - React's commits during the load, read through the devtools hook: how many fibers each
 *    one rendered again after hydration (work the page asks for beyond hydrating once).
 * Prints the median per server. Issue 9 point 5: Lighthouse's total blocking time is this
 * work; Lighthouse itself (`npm run bench:lighthouse`) moves by +-5 points on a shared machine.
 */
import { chromium } from '@playwright/test';
import { REACT_COMMIT_HOOK, type ReactCommit, readCommits } from '../lib/react-commits';

const args = process.argv.slice(2);
const urls = args.filter((entry) => entry.startsWith('--url=')).map((entry) => entry.slice('--url='.length).replace(/\/$/, ''));
const option = (name: string) => args.find((entry) => entry.startsWith(`--${name}=`))?.slice(name.length + 3);
const PATH = option('path') ?? '/report';
const RUNS = Number(option('runs') ?? 3);
const say = (line: string) => console.log(`[bench:main-thread] ${line}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

async function main() {
  if (urls.length === 0) throw new Error('give at least one --url= of a running production server (next start)');
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const results = new Map(urls.map((url) => [url, [] as { total: number; byScript: Map<string, number>; byFunction: Map<string, number>; commits: ReactCommit[] }[]]));
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const url of urls) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
        const page = await context.newPage();
        await page.addInitScript({ content: REACT_COMMIT_HOOK });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        await page.goto(`${url}${PATH}`, { waitUntil: 'load' });
        // Hydration and the effects after it finish within this on a phone-speed CPU.
        await page.waitForFunction(() => (window as unknown as { __commits: unknown[] }).__commits.length > 0);
        await page.waitForTimeout(2_000);
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
        const commits = await page.evaluate(readCommits);
        await context.close();
        const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
        const row = { total: 0, byScript: new Map<string, number>(), byFunction: new Map<string, number>(), commits };
        profile.samples.forEach((id, index) => {
          const frame = nodes.get(id)!;
          if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
          const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
          const script = frame.url.replace(/^.*\//, '') || frame.functionName;
          row.total += ms;
          row.byScript.set(script, (row.byScript.get(script) ?? 0) + ms);
          const where = `${frame.functionName || '(anonymous)'} ${script}:${frame.lineNumber}:${frame.columnNumber}`;
          row.byFunction.set(where, (row.byFunction.get(where) ?? 0) + ms);
        });
        results.get(url)!.push(row);
        say(`run ${run} ${url}: JavaScript ${Math.round(row.total)} ms, commits ${commits.map((commit) => `${commit.renderedAgain}/${commit.fibers}`).join(' ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  for (const [url, rows] of results) {
    const top = (key: 'byScript' | 'byFunction', count: number) => {
      const names = new Set(rows.flatMap((row) => [...row[key].keys()]));
      return [...names]
        .map((name) => [name, median(rows.map((row) => row[key].get(name) ?? 0))] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, count)
        .map(([name, ms]) => `${Math.round(ms)} ms ${name}`);
    };
    const after = rows.map((row) => row.commits.slice(1).reduce((sum, commit) => sum + commit.renderedAgain, 0));
    say(`${url}${PATH}, median of ${rows.length}: JavaScript on the main thread ${Math.round(median(rows.map((row) => row.total)))} ms (4x CPU); fibers rendered again after hydration ${median(after)}`);
    for (const line of top('byScript', 6)) say(`  script   ${line}`);
    for (const line of top('byFunction', 6)) say(`  function ${line}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench:main-thread] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
