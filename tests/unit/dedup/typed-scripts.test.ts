import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inTypedKhmerOrder, inZawgyi, parseEvalFile } from '@/lib/dedup/evaluate-dedup';
import { textFeatures } from '@/lib/dedup/text-features';

// blind-31, a tuning set: 29 of its Khmer tips change when typed the other way, and its 16 Burmese tips in Zawgyi.
const written = parseEvalFile(readFileSync('tests/fixtures/dedup/blind-31.jsonl', 'utf8'));
const reading = (text: string) => {
  const features = textFeatures(text);
  return { concepts: [...features.concepts.concepts].sort(), floors: [...features.concepts.floors], names: features.scripts.names.map((name) => name.text) };
};

describe('a labelled set as other phones type it (dedup:eval --khmer-typed, --zawgyi; decisions 0208, 0209)', () => {
  for (const [flag, rewrite, changes] of [
    ['--khmer-typed', inTypedKhmerOrder, 29],
    ['--zawgyi', inZawgyi, 16],
  ] as const) {
    it(`${flag} rewrites the set's tips, and each rewritten tip is read as it is read as written`, () => {
      const typed = rewrite(written);
      const changed = typed.filter((line, at) => line.description !== written[at]!.description);
      expect(changed).toHaveLength(changes);
      for (const line of changed) expect(reading(line.description), line.ref).toEqual(reading(written.find((original) => original.ref === line.ref)!.description));
    });
  }
});
