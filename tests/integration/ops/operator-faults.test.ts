/**
 * Issue 10 point 8: operators' faults give one clear line, never a stack trace or a bare
 * `undefined`. The real scripts are spawned as an operator runs them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { embeddedDataDir, type EmbeddedServer, reachablePackageCopy, startEmbeddedPostgres } from '@/lib/db/embedded';

const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 55410);

function script(file: string, env: Record<string, string>, args: string[] = [], cwd?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { env: { ...process.env, ...env }, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (status) => resolve({ status, stdout: stdout.trim(), stderr: stderr.trim() }));
  });
}

/** Exactly one line, with no stack frame and no bare `undefined`. */
function expectOneClearLine(text: string): void {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  expect(lines, text).toHaveLength(1);
  expect(text).not.toMatch(/^\s+at |undefined|Error:/m);
}

const UNREACHABLE = 'postgresql://postgres@127.0.0.1:1/eyes';
const UNREACHABLE_LINE = 'Cannot reach the database at 127.0.0.1:1 (connection refused): start PostgreSQL or correct DATABASE_URL.';

describe("operators' faults", () => {
  it.each([
    'scripts/audit-verify.ts',
    'scripts/ledger-verify.ts',
    'scripts/dedup-eval.ts tests/fixtures/dedup/holdout.jsonl',
    'scripts/bench/dedup.ts',
    'scripts/bench/inbox.ts',
    'scripts/bench/intake.ts',
    'scripts/bench/inbox-http.ts --db=postgresql://postgres@127.0.0.1:1/eyes',
    'scripts/rewards-expire.ts',
    'scripts/db/backup.ts',
    'scripts/db/migrate.ts',
  ])('%s: database unreachable is one line', { timeout: 60_000 }, async (file) => {
    const [path, ...args] = file.split(' ');
    const result = await script(path!, { DATABASE_URL: UNREACHABLE }, args);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr);
    expect(result.stderr).toBe(UNREACHABLE_LINE);
  });

  it.each([
    ['scripts/dedup-eval.ts', ['/nonexistent/set.jsonl']],
    ['scripts/dedup-weights-check.ts', ['tests/fixtures/dedup/blind-2.jsonl', 'tests/fixtures/dedup/blind-3.jsonl', '/nonexistent/set.jsonl']],
  ])('%s: a labelled set that is not there is one line', { timeout: 60_000 }, async (file, args) => {
    const result = await script(file, { DATABASE_URL: UNREACHABLE }, args);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr);
    expect(result.stderr).toContain('/nonexistent/set.jsonl');
  });

  it('npm start: database unreachable, and port taken, are one line each', { timeout: 60_000 }, async () => {
    const unreachable = await script('scripts/start.ts', { DATABASE_URL: UNREACHABLE, PORT: '3219' });
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toBe(UNREACHABLE_LINE);

    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(3218, resolve));
    try {
      const taken = await script('scripts/start.ts', { DATABASE_URL: UNREACHABLE, PORT: '3218' });
      expect(taken.status).toBe(1);
      expectOneClearLine(`${taken.stdout}\n${taken.stderr}`);
      expect(taken.stdout).toBe('[eyes-and-ears] could not start: port 3218 is taken by another program (another npm start?): stop it or set PORT to a free port.');
    } finally {
      holder.close();
    }
  });

  it("as root, an embedded data folder out of the postgres user's reach moves to /var/lib/eyes-and-ears by default, and is refused in one line when chosen", { timeout: 60_000 }, async () => {
    const closed = mkdtempSync(path.join(tmpdir(), 'ee-closed-'));
    chmodSync(closed, 0o700);
    const project = path.join(closed, 'project');
    expect(embeddedDataDir('.data/postgres', { root: true, cwd: project })).toBe('/var/lib/eyes-and-ears/postgres');
    expect(embeddedDataDir('.data/postgres-test', { root: true, cwd: project })).toBe('/var/lib/eyes-and-ears/postgres-test');
    expect(embeddedDataDir('.data/postgres', { root: false, cwd: project })).toBe(path.join(project, '.data/postgres'));
    expect(embeddedDataDir('/srv/pg', { root: true, cwd: project })).toBe('/srv/pg');

    const chosen = path.join(closed, 'pg');
    const refused = await script('scripts/audit-verify.ts', { DATABASE_URL: '', EMBEDDED_PG_DIR: chosen, EMBEDDED_PG_PORT: String(EMBEDDED_PORT + 5) });
    expect(refused.status).toBe(1);
    expectOneClearLine(refused.stderr);
    if (process.getuid?.() === 0) {
      expect(refused.stderr).toBe(
        `The embedded database folder ${chosen} cannot be reached by the postgres user PostgreSQL runs as (${closed} is closed to other users): set EMBEDDED_PG_DIR to a folder it can reach, e.g. /var/lib/eyes-and-ears/postgres.`,
      );
    }
  });

  it("as root, a project in a folder closed to other users runs the embedded PostgreSQL's programs from a copy the postgres user can reach", { timeout: 300_000 }, async () => {
    const closed = mkdtempSync(path.join(tmpdir(), 'ee-home-'));
    chmodSync(closed, 0o700);
    const project = path.join(closed, 'project');
    if (process.getuid?.() !== 0) {
      expect(await reachablePackageCopy(path.join(project, 'node_modules'))).toBeNull();
      return;
    }
    // The project as an operator has it in a 0700 home folder (node_modules as hard links).
    mkdirSync(project);
    for (const entry of ['lib', 'scripts', 'prisma', 'package.json', 'tsconfig.json']) cpSync(entry, path.join(project, entry), { recursive: true });
    execFileSync('cp', ['-al', path.resolve('node_modules'), path.join(project, 'node_modules')]);
    const open = mkdtempSync(path.join(tmpdir(), 'ee-open-'));
    chmodSync(open, 0o755);
    const env = { DATABASE_URL: '', EMBEDDED_PG_DIR: path.join(open, 'postgres'), EMBEDDED_PG_PORT: String(EMBEDDED_PORT + 3) };
    try {
      const migrated = await script('scripts/db/migrate.ts', env, [], project);
      expect(migrated.stderr).toBe('');
      expect(migrated.status).toBe(0);
      const verified = await script('scripts/audit-verify.ts', env, [], project);
      expect(verified.stdout).toMatch(/^Audit log intact/);
    } finally {
      rmSync(closed, { recursive: true, force: true });
      rmSync(open, { recursive: true, force: true });
    }
  });

  describe('with the embedded database already running (as under npm start)', () => {
    let server: EmbeddedServer | undefined;
    const base = mkdtempSync(path.join(tmpdir(), 'ee-embedded-'));
    chmodSync(base, 0o755);
    const dataDir = path.join(base, 'postgres');
    afterAll(async () => {
      await server?.stop();
    });

    it('scripts use it and leave it running; another port on the same data, or a port held by another PostgreSQL, is one line', { timeout: 180_000 }, async () => {
      server = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORT });
      const embedded = { DATABASE_URL: '', EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(EMBEDDED_PORT) };

      const migrated = await script('scripts/db/migrate.ts', embedded);
      expect(migrated.stderr).toBe('');
      expect(migrated.status).toBe(0);
      const verified = await script('scripts/audit-verify.ts', embedded);
      expect(verified.status).toBe(0);
      expect(verified.stdout).toMatch(/^Audit log intact/);
      // The outside review saw this one die with the bare word `undefined` under npm start.
      const evaluated = await script('scripts/dedup-eval.ts', embedded, ['tests/fixtures/dedup/holdout.jsonl']);
      expect(evaluated.stderr).not.toMatch(/undefined|^\s+at /m);
      expect(evaluated.status).toBe(0);
      expect(evaluated.stdout).toMatch(/^F1 \d/m);
      // Still running for npm start, reading in its backends (decision 0146).
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      expect((await client.query('SHOW io_method')).rows[0].io_method).toBe('sync');
      await client.end();

      const otherPort = await script('scripts/audit-verify.ts', { ...embedded, EMBEDDED_PG_PORT: String(EMBEDDED_PORT + 7) });
      expect(otherPort.status).toBe(1);
      expectOneClearLine(otherPort.stderr);
      expect(otherPort.stderr).toBe(
        `The embedded database in ${dataDir} is already run by another server on another port: stop it (or the npm start that runs it), or use the same EMBEDDED_PG_PORT to share it.`,
      );

      const machinePort = new URL(process.env.DATABASE_URL!).port || '5432';
      const foreign = await script('scripts/audit-verify.ts', { ...embedded, EMBEDDED_PG_PORT: machinePort });
      expect(foreign.status).toBe(1);
      expectOneClearLine(foreign.stderr);
      expect(foreign.stderr).toMatch(new RegExp(`^Port ${machinePort} is taken by another PostgreSQL \\(not the embedded one of .*\\): set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use that server\\.$`));
    });
  });
});
