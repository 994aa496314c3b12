/**
 * `npm run dedup:eval -- FILE.jsonl [--traditional] [--khmer-typed] [--zawgyi]`: measures duplicate detection on a labelled set
 * (docs/DEDUP.md). Works in a scratch database on DATABASE_URL's server, or on the embedded
 * server when DATABASE_URL is unset, and drops it at the end. The last line is `F1 <value>`.
 * --traditional: the set's Chinese in traditional characters first (decision 0207).
 * --khmer-typed: the set's Khmer in the order keyboards often type it first (decision 0208).
 * --zawgyi: the set's Burmese in the Zawgyi encoding first (decision 0209).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createClient } from '@/lib/db/client';
import { databaseUrl, dropDatabase, ensureDatabase } from '@/lib/db/admin';
import { applyMigrations } from '@/lib/db/migrate';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { type EvalResult, evaluateDedup, inTraditionalChinese, inTypedKhmerOrder, inZawgyi, parseEvalFile } from '@/lib/dedup/evaluate-dedup';
import type { DuplicateReason } from '@/lib/dedup/score-pair';
import { openDatabase } from './lib/database';
import { prepareSettings } from './lib/settings';

const file = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run dedup:eval -- FILE.jsonl [--traditional] [--khmer-typed] [--zawgyi]');
  process.exit(64);
}
// First: a file that cannot be read or parsed is then one line, as every fault of a script is.
const settings = prepareSettings();
const written = parseEvalFile(readFileSync(file, 'utf8'));
const chinese = process.argv.includes('--traditional') ? inTraditionalChinese(written) : written;
const khmer = process.argv.includes('--khmer-typed') ? inTypedKhmerOrder(chinese) : chinese;
const lines = process.argv.includes('--zawgyi') ? inZawgyi(khmer) : khmer;

function describe(reason: DuplicateReason): string {
  const figure =
    'metres' in reason ? ` ${reason.metres} m`
    : 'similarity' in reason ? ` ${reason.similarity}`
    : 'names' in reason ? ` ${reason.names.join(',')}`
    : 'numbers' in reason ? ` ${reason.numbers.join(',')}`
    : 'levels' in reason ? ` ${reason.levels.join(',')}`
    : 'rows' in reason ? ` ${reason.rows.join(',')}`
    : 'days' in reason ? ` ${reason.days} d`
    : 'bits' in reason ? ` ${reason.bits} bits`
    : 'tip' in reason ? ` ${reason.tip}`
    : '';
  return `${reason.code}${figure} (${reason.weight >= 0 ? '+' : ''}${reason.weight})`;
}

function report(result: EvalResult): void {
  console.log(`Loaded ${result.loaded} of ${lines.length} tips through intake.`);
  for (const { ref, problems } of result.rejected) console.log(`  rejected by intake: ${ref}: ${problems.join('; ')}`);
  console.log(`\nFlagged pairs (score >= ${DUPLICATE_FLAG_THRESHOLD}):`);
  for (const pair of result.flagged) {
    console.log(`  ${pair.sameGroup ? 'ok   ' : 'WRONG'} ${pair.a}  ${pair.b}  ${pair.score.toFixed(3)}  ${pair.reasons.map(describe).join('; ')}`);
  }
  if (result.missed.length) {
    console.log('\nSame-group pairs not flagged:');
    for (const pair of result.missed) console.log(`  ${pair.a}  ${pair.b}  ${pair.score === null ? 'not offered' : pair.score.toFixed(3)}`);
  }
  console.log(`\nPairs ${result.pairs}, same-group ${result.positives}, flagged ${result.flagged.length}, correct ${result.truePositives}`);
  console.log(`Precision ${result.precision.toFixed(4)}`);
  console.log(`Recall ${result.recall.toFixed(4)}`);
  console.log(`F1 ${result.f1.toFixed(4)}`);
}

const server = await openDatabase(settings);
const scratch = databaseUrl(server.url, `dedup_eval_${randomBytes(6).toString('hex')}`);
try {
  await ensureDatabase(scratch);
  await applyMigrations(scratch);
  const client = createClient(scratch);
  try {
    report(await evaluateDedup(client, lines));
  } finally {
    await client.$disconnect();
  }
} finally {
  await dropDatabase(scratch).catch((error) => console.error(`Could not drop ${scratch}: ${error}`));
  await server.close();
}
