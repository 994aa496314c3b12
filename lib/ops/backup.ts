/**
 * `npm run db:backup` / `npm run db:restore` (docs/OPERATIONS.md): the database with
 * `pg_dump -Fc` / `pg_restore`, and the photo store (the sealed blobs, still encrypted with
 * DATA_KEY) copied beside it, in one folder:
 *   <folder>/database.dump   <folder>/photos/...   <folder>/manifest.json
 * pg_dump must be of the server's major version or newer; PG_BIN_DIR points at a folder of
 * PostgreSQL client programs when those on PATH are older.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { OperatorError } from './faults';

const run = promisify(execFile);

export interface BackupManifest {
  format: 1;
  database: string;
  serverVersion: string;
  pgDumpVersion: string;
  photos: number;
  photoStore: 'folder' | 'object storage (not copied)';
  createdAt: string;
}

function program(name: 'pg_dump' | 'pg_restore', binDir: string | undefined): string {
  if (!binDir) return name;
  const full = path.join(binDir, name);
  if (!existsSync(full)) throw new OperatorError(`${name} is not in PG_BIN_DIR (${binDir}): point PG_BIN_DIR at a folder with the PostgreSQL client programs.`);
  return full;
}

async function programMajor(name: 'pg_dump' | 'pg_restore', binDir: string | undefined): Promise<{ path: string; version: string; major: number }> {
  const file = program(name, binDir);
  let output: string;
  try {
    output = (await run(file, ['--version'])).stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new OperatorError(
        `${name} was not found: install the PostgreSQL client of the server's version (Debian: postgresql-client) or set PG_BIN_DIR; the embedded PostgreSQL of npm start has no ${name}.`,
      );
    }
    throw new OperatorError(`${name} --version failed: ${(error as Error).message.split('\n')[0]}`);
  }
  const match = /(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) throw new OperatorError(`Could not read the version of ${file} ("${output.trim()}").`);
  return { path: file, version: match[0], major: Number(match[1]) };
}

async function serverVersion(url: string): Promise<{ version: string; major: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string; n: string }>(`SELECT current_setting('server_version') AS v, current_setting('server_version_num') AS n`);
    return { version: rows[0]!.v.split(' ')[0]!, major: Math.floor(Number(rows[0]!.n) / 10_000) };
  } finally {
    await client.end();
  }
}

async function countFiles(folder: string): Promise<number> {
  if (!existsSync(folder)) return 0;
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.bin')).length;
}

/** Environment for the client programs: the password from the URL, not on the command line. */
function clientEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return { ...process.env, PGPASSWORD: decodeURIComponent(parsed.password) || process.env.PGPASSWORD };
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

export interface BackupOptions {
  databaseUrl: string;
  /** The photo folder (UPLOAD_DIR); null when photos are in object storage. */
  uploadDir: string | null;
  folder: string;
  binDir?: string;
}

export async function backup(options: BackupOptions): Promise<BackupManifest> {
  const server = await serverVersion(options.databaseUrl);
  const dump = await programMajor('pg_dump', options.binDir);
  if (dump.major < server.major) {
    throw new OperatorError(
      `pg_dump ${dump.version} cannot back up PostgreSQL ${server.version}: install pg_dump ${server.major} or newer and set PG_BIN_DIR to its folder (the embedded PostgreSQL of npm start has no pg_dump).`,
    );
  }
  if (existsSync(options.folder) && (await readdir(options.folder)).length > 0) {
    throw new OperatorError(`The backup folder ${options.folder} is not empty: give a new folder.`);
  }
  await mkdir(options.folder, { recursive: true, mode: 0o700 });
  const file = path.join(options.folder, 'database.dump');
  try {
    await run(dump.path, ['--format=custom', '--no-owner', '--no-privileges', '--file', file, '--dbname', withoutPassword(options.databaseUrl)], {
      env: clientEnv(options.databaseUrl),
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    throw new OperatorError(`pg_dump failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0]}`);
  }
  let photos = 0;
  if (options.uploadDir) {
    const target = path.join(options.folder, 'photos');
    if (existsSync(options.uploadDir)) await cp(options.uploadDir, target, { recursive: true, preserveTimestamps: true, filter: (source) => !source.endsWith('.tmp') });
    else await mkdir(target);
    photos = await countFiles(target);
  }
  const manifest: BackupManifest = {
    format: 1,
    database: new URL(options.databaseUrl).pathname.slice(1),
    serverVersion: server.version,
    pgDumpVersion: dump.version,
    photos,
    photoStore: options.uploadDir ? 'folder' : 'object storage (not copied)',
    createdAt: new Date().toISOString().slice(0, 10),
  };
  await writeFile(path.join(options.folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

export interface RestoreOptions {
  databaseUrl: string;
  uploadDir: string | null;
  folder: string;
  binDir?: string;
  /** Replace a database and a photo folder that already hold data. */
  replace?: boolean;
}

async function databaseHasTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
    return rows[0]!.n > 0;
  } finally {
    await client.end();
  }
}

export async function restore(options: RestoreOptions): Promise<BackupManifest> {
  const manifestFile = path.join(options.folder, 'manifest.json');
  if (!existsSync(manifestFile)) throw new OperatorError(`${options.folder} is not a backup folder (no manifest.json).`);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as BackupManifest;
  const restoreProgram = await programMajor('pg_restore', options.binDir);
  const dumpMajor = Number(manifest.pgDumpVersion.split('.')[0]);
  if (restoreProgram.major < dumpMajor) {
    throw new OperatorError(`pg_restore ${restoreProgram.version} cannot read a dump made by pg_dump ${manifest.pgDumpVersion}: set PG_BIN_DIR to PostgreSQL ${dumpMajor} or newer client programs.`);
  }
  const { dropDatabase, ensureDatabase } = await import('@/lib/db/admin');
  await ensureDatabase(options.databaseUrl);
  if (await databaseHasTables(options.databaseUrl)) {
    if (!options.replace) throw new OperatorError('The target database already holds tables: restore into an empty database, or pass --replace to drop and recreate it.');
    await dropDatabase(options.databaseUrl);
    await ensureDatabase(options.databaseUrl);
  }
  if (options.uploadDir && (await countFiles(options.uploadDir)) > 0) {
    if (!options.replace) throw new OperatorError(`The photo folder ${options.uploadDir} already holds photos: restore into an empty one, or pass --replace.`);
    await rm(options.uploadDir, { recursive: true, force: true });
  }
  try {
    await run(restoreProgram.path, ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', withoutPassword(options.databaseUrl), path.join(options.folder, 'database.dump')], {
      env: clientEnv(options.databaseUrl),
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    throw new OperatorError(`pg_restore failed: ${((error as { stderr?: string }).stderr || (error as Error).message).trim().split('\n')[0]}`);
  }
  const photos = path.join(options.folder, 'photos');
  if (options.uploadDir && existsSync(photos)) {
    await mkdir(options.uploadDir, { recursive: true, mode: 0o700 });
    await cp(photos, options.uploadDir, { recursive: true, preserveTimestamps: true });
  }
  return manifest;
}
