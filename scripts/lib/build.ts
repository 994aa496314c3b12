/** Builds the app when its sources changed since the last build (a fingerprint of them). */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'lib', 'public', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'tsconfig.json', 'package-lock.json', 'prisma/schema.prisma'];
export const NEXT_BIN = path.resolve('node_modules/next/dist/bin/next');
const FINGERPRINT_FILE = path.join('.next', 'eyes-and-ears-fingerprint');

function* files(entry: string): Generator<string> {
  if (!existsSync(entry)) return;
  if (statSync(entry).isDirectory()) {
    for (const child of readdirSync(entry).sort()) yield* files(path.join(entry, child));
  } else {
    yield entry;
  }
}

export function sourceFingerprint(): string {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(source)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function buildIsCurrent(): boolean {
  return existsSync(path.join('.next', 'BUILD_ID')) && existsSync(FINGERPRINT_FILE) && readFileSync(FINGERPRINT_FILE, 'utf8') === sourceFingerprint();
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? code})`))));
  });
}

export async function ensureBuild(log: (line: string) => void = console.log): Promise<boolean> {
  if (buildIsCurrent()) return false;
  log('Building the app (sources changed since the last build)…');
  const fingerprint = sourceFingerprint();
  await run(process.execPath, [NEXT_BIN, 'build'], { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  writeFileSync(FINGERPRINT_FILE, fingerprint);
  return true;
}
