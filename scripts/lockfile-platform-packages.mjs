// The npm registry reachable from our build machines does not serve Next's macOS and Windows
// compiler packages, so `npm install` leaves them out of package-lock.json and `npm ci` then
// refuses the lockfile. This adds their entries (platform-restricted, so Linux never fetches
// them). Run after changing dependencies: `node scripts/lockfile-platform-packages.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const next = lock.packages['node_modules/next'];
const platforms = {
  '@next/swc-darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  '@next/swc-darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  '@next/swc-win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  '@next/swc-win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};
let added = 0;
for (const [name, platform] of Object.entries(platforms)) {
  const key = `node_modules/${name}`;
  if (lock.packages[key] || !next.optionalDependencies?.[name]) continue;
  lock.packages[key] = { version: next.optionalDependencies[name], ...platform, license: 'MIT', optional: true, engines: { node: '>= 10' } };
  added++;
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} platform package entries`);
