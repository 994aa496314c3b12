/**
 * The database a script works on: DATABASE_URL when set, otherwise the embedded server
 * (started here and stopped by the returned `close`).
 */
import { databaseUrl, ensureDatabase } from '@/lib/db/admin';
import { type EmbeddedServer, startEmbeddedPostgres } from '@/lib/db/embedded';
import type { Env } from '@/lib/env';
import { describeFault } from '@/lib/ops/faults';

export const EMBEDDED_DATABASE = 'eyes_and_ears';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** The embedded server was already running (npm start): it is left running on close. */
  reused?: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database or ends the process with one line saying why (unreachable server, port
 * taken, data folder out of reach...). With the embedded server already run by `npm start`,
 * the script shares it (and leaves it running).
 */
export async function openDatabase(settings: Env, options: { log?: (line: string) => void } = {}): Promise<OpenDatabase> {
  try {
    return await openDatabaseOrThrow(settings, options);
  } catch (error) {
    console.error(describeFault(error, { databaseUrl: settings.DATABASE_URL }));
    process.exit(1);
  }
}

export async function openDatabaseOrThrow(settings: Env, options: { log?: (line: string) => void } = {}): Promise<OpenDatabase> {
  if (settings.DATABASE_URL) {
    await ensureDatabase(settings.DATABASE_URL);
    return { url: settings.DATABASE_URL, embedded: false, close: async () => {} };
  }
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: settings.EMBEDDED_PG_DIR,
    port: settings.EMBEDDED_PG_PORT,
    onLog: options.log,
  });
  const url = databaseUrl(server.url, EMBEDDED_DATABASE);
  try {
    await ensureDatabase(url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url, embedded: true, reused: server.reused === true, close: () => server.stop() };
}
