/**
 * `npm run lockfile:lint`: every package in package-lock.json comes from the npm registry
 * over https with a sha512 integrity hash, so a tampered lockfile cannot pull code from
 * elsewhere (docs/SECURITY.md, "Supply chain").
 *
 * lockfile-lint checks each entry's `resolved` URL. npm configured with
 * `omit-lockfile-registry-resolved` (as on our build machines) writes no URL for registry
 * packages, which lockfile-lint then skips: the second check below requires an integrity
 * hash on every installed entry and refuses sources that are not the registry.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const LOCKFILE = process.argv[2] ?? 'package-lock.json';
const REGISTRY = 'https://registry.npmjs.org/';

const lint = spawnSync(
  process.execPath,
  [
    path.resolve('node_modules/lockfile-lint/bin/lockfile-lint.js'),
    '--path', LOCKFILE,
    '--type', 'npm',
    '--allowed-hosts', 'npm',
    '--validate-https',
    '--validate-integrity',
    '--validate-package-names',
    '--empty-hostname', 'false',
  ],
  { encoding: 'utf8' },
);
const problems: string[] = [];
if (lint.status !== 0) problems.push(`lockfile-lint: ${`${lint.stdout}${lint.stderr}`.replace(/\u001b\[[0-9;]*m/g, '').trim()}`);

interface Entry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  optional?: boolean;
  os?: string[];
}
const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8')) as { packages?: Record<string, Entry> };
let checked = 0;
for (const [key, entry] of Object.entries(lock.packages ?? {})) {
  if (key === '' || entry.link) continue;
  // Workspace folders and `file:` packages live in the repository, not in node_modules.
  if (!key.includes('node_modules/')) {
    problems.push(`${key}: not a registry package`);
    continue;
  }
  checked += 1;
  if (entry.resolved && !entry.resolved.startsWith(REGISTRY)) problems.push(`${key}: resolved from ${entry.resolved}`);
  if (entry.version && /^(git|https?|file|github):|[/#]/.test(entry.version)) problems.push(`${key}: version ${entry.version} is not a registry version`);
  // Next's macOS/Windows compiler entries are added by hand without a hash
  // (scripts/lockfile-platform-packages.mjs); Linux never installs them.
  const foreignPlatform = entry.optional && entry.os && !entry.os.includes(process.platform) && !entry.os.includes('linux');
  if (!entry.integrity?.startsWith('sha512-') && !foreignPlatform) problems.push(`${key}: no sha512 integrity hash`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`lockfile: ${problems.length} problem(s) in ${LOCKFILE}`);
  process.exit(1);
}
console.log(`lockfile: ${checked} packages, all from ${REGISTRY} over https with sha512 integrity`);
