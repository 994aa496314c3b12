/**
 * Issue 10 point 10: `npm run lockfile:lint` passes on the project's lockfile and refuses one
 * that pulls a package from elsewhere, over http, from git, or without an integrity hash.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const lint = (lockfile?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lockfile-lint.ts', ...(lockfile ? [lockfile] : [])], { encoding: 'utf8' });

const SHA512 = `sha512-${Buffer.alloc(64, 1).toString('base64')}`;

function lockfileWith(entries: Record<string, object>): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ee-lockfile-')), 'package-lock.json');
  const packages = { '': { name: 'x', version: '1.0.0' }, 'node_modules/fine': { version: '1.0.0', integrity: SHA512 }, ...entries };
  writeFileSync(file, JSON.stringify({ name: 'x', version: '1.0.0', lockfileVersion: 3, requires: true, packages }));
  return file;
}

describe('lockfile:lint', () => {
  it("passes on the project's package-lock.json", { timeout: 60_000 }, () => {
    const result = lint();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^lockfile: \d+ packages, all from https:\/\/registry\.npmjs\.org\/ over https with sha512 integrity$/m);
  });

  it.each([
    ['a package from another host', { version: '1.0.0', resolved: 'https://evil.example.com/a/-/a-1.0.0.tgz', integrity: SHA512 }, /evil\.example\.com/],
    ['a package over plain http', { version: '1.0.0', resolved: 'http://registry.npmjs.org/a/-/a-1.0.0.tgz', integrity: SHA512 }, /protocol|http:/],
    ['a package from git', { version: 'git+ssh://git@github.com/x/a.git#abc', resolved: 'git+ssh://git@github.com/x/a.git#abc', integrity: SHA512 }, /github\.com/],
    ['a package without an integrity hash', { version: '1.0.0' }, /node_modules\/a: no sha512 integrity hash/],
    ['a package with a sha1 hash', { version: '1.0.0', integrity: 'sha1-abc' }, /node_modules\/a: no sha512 integrity hash/],
  ])('refuses %s', { timeout: 60_000 }, (_label, entry, expected) => {
    const result = lint(lockfileWith({ 'node_modules/a': entry }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).toMatch(/^lockfile: \d+ problem\(s\) in /m);
    expect(result.stderr).not.toMatch(/node_modules\/fine/);
  });
});
