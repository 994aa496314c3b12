/** Server-level helpers: create and drop whole databases (tests, scratch runs, reset). */
import pg from 'pg';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';
}

async function withMaintenance<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function databaseExists(url: string): Promise<boolean> {
  return withMaintenance(url, async (client) => {
    const result = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)]);
    return result.rowCount === 1;
  });
}

/** Creates the database named in `url` if it is missing; returns whether it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  if (await databaseExists(url)) return false;
  await withMaintenance(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(databaseName(url))} ENCODING 'UTF8' TEMPLATE template0`));
  return true;
}

export async function dropDatabase(url: string): Promise<void> {
  await withMaintenance(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`));
}

/** True for databases on this machine, the only ones `db:reset` may wipe. */
export function isLocalDatabase(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]' || host === '';
}
