/**
 * `npm run bench:report [-- --url=http://localhost:3000]`: how much JavaScript /report adds
 * to the framework. Against a running `next start` (--url), or it starts one on a free port
 * from the existing build (it never builds: run `npm run build` first). It reads the
 * `<script src>` tags of the served HTML (`nomodule` polyfills excluded, as old browsers
 * only load those), fetches each chunk and gzips it (level 9):
 *  - baseline: the home page's scripts (the framework, React, the router and the shared
 *    layout: what any App Router page of this app loads);
 *  - /report's total, and the chunks it adds over the baseline.
 * Budget (issue 3): /report adds at most 40 KB gzipped. Exits 1 over budget.
 * Inline scripts (the RSC payload) are page data, not code, and are not counted.
 * Also printed, not counted: the chunks the form loads later, found in the build by a marker
 * (the tip schema with zod, fetched on the first focus into the form; the map, on opening it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startNextServer } from '../lib/next-server';

const BUDGET_KB = 40;
const CHUNKS = '.next/static/chunks';
const LAZY_MARKERS = [
  ['on the first focus into the form (tip schema, zod, districts)', 'report.errors.outsideCambodia'],
  ['on opening the map (map and Cambodia outline)', '107.5205,14.7047'],
] as const;
const say = (line: string) => console.log(`[bench:report] ${line}`);
const urlArgument = process.argv.find((arg) => arg.startsWith('--url='))?.slice('--url='.length);

async function scriptsOf(base: string, path: string): Promise<string[]> {
  const html = await (await fetch(`${base}${path}`)).text();
  const sources: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/\bnomodule\b/i.test(tag)) continue;
    const src = tag.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) sources.push(src.replace(/&amp;/g, '&'));
  }
  return [...new Set(sources)];
}

const sizes = new Map<string, number>();
async function gzippedSize(base: string, src: string): Promise<number> {
  if (!sizes.has(src)) sizes.set(src, gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()), { level: 9 }).length);
  return sizes.get(src)!;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = async (base: string, sources: string[]) => (await Promise.all(sources.map((src) => gzippedSize(base, src)))).reduce((sum, size) => sum + size, 0);

async function main(): Promise<number> {
  const server = urlArgument ? { base: urlArgument.replace(/\/$/, ''), stop: () => {} } : await startNextServer({ probe: '/' });
  try {
    const home = await scriptsOf(server.base, '/');
    const report = await scriptsOf(server.base, '/report');
    const added = report.filter((src) => !home.includes(src));
    const baseline = await total(server.base, home);
    const reportTotal = await total(server.base, report);
    const extra = await total(server.base, added);
    say(`baseline (home page scripts, ${home.length} files): ${kb(baseline)} KB gzipped`);
    say(`/report total (${report.length} files): ${kb(reportTotal)} KB gzipped`);
    for (const src of added) say(`  + ${src}: ${kb(await gzippedSize(server.base, src))} KB`);
    for (const [what, marker] of LAZY_MARKERS) {
      const chunks = readdirSync(CHUNKS).filter((file) => file.endsWith('.js') && readFileSync(`${CHUNKS}/${file}`, 'utf8').includes(marker));
      const bytes = chunks.reduce((sum, file) => sum + gzipSync(readFileSync(`${CHUNKS}/${file}`), { level: 9 }).length, 0);
      say(`later, ${what}: ${kb(bytes)} KB gzipped (${chunks.join(', ') || 'not found'})`);
    }
    say(`/report adds: ${kb(extra)} KB gzipped (budget ${BUDGET_KB} KB) -> ${extra <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET'}`);
    return extra <= BUDGET_KB * 1024 ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[bench:report] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
