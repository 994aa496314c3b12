import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package-lock.json', () => {
  it('lists every optional platform package of next, or `npm ci` refuses it (run scripts/lockfile-platform-packages.mjs)', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const optional = Object.keys(lock.packages['node_modules/next'].optionalDependencies ?? {}).filter((name) => name.startsWith('@next/swc-'));
    expect(optional.length).toBeGreaterThan(0);
    for (const name of optional) expect(lock.packages[`node_modules/${name}`], name).toBeDefined();
  });
});
