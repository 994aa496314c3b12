/**
 * `--expect HASH[,HASH...]` (repeatable) for the chain verifiers: chain heads an auditor
 * recorded from an earlier run. A malformed value stops the script with exit 64 (usage).
 */
import { parseArgs } from 'node:util';

export function expectedHashes(script: string): string[] {
  try {
    const { values } = parseArgs({ options: { expect: { type: 'string', multiple: true } } });
    const hashes = (values.expect ?? []).flatMap((value) => value.split(',')).map((hash) => hash.trim().toLowerCase()).filter(Boolean);
    const malformed = hashes.filter((hash) => !/^[0-9a-f]{64}$/.test(hash));
    if (malformed.length === 0) return hashes;
    console.error(`Not a SHA-256 hash: ${malformed.join(', ')}`);
  } catch (error) {
    console.error((error as Error).message);
  }
  console.error(`Usage: npm run ${script} -- [--expect HASH[,HASH...]]...   (HASH: a head printed by an earlier run)`);
  process.exit(64);
}
