/**
 * The database a script works on: DATABASE_URL when set, otherwise the embedded server
 * (started here and stopped by the returned `close`).
 */
import { databaseUrl, ensureDatabase } from '@/lib/db/admin';
import { type EmbeddedServer, startEmbeddedPostgres } from '@/lib/db/embedded';
import type { Env } from '@/lib/env';

export const EMBEDDED_DATABASE = 'eyes_and_ears';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

export async function openDatabase(settings: Env, options: { log?: (line: string) => void } = {}): Promise<OpenDatabase> {
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
  return { url, embedded: true, close: () => server.stop() };
}
