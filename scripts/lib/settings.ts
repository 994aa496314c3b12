/**
 * What every script does first: read `.env` if there is one, make local secrets on a
 * developer's machine (never in production), and validate the result with lib/env.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Env, InvalidSettingsError, loadEnv } from '@/lib/env';
import { describeFault } from '@/lib/ops/faults';

const SECRETS_FILE = path.resolve('.data/local-secrets.json');

export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

/** AUTH_SECRET and DATA_KEY for a local run: made once, kept in the git-ignored .data folder. */
function localSecrets(): { AUTH_SECRET: string; DATA_KEY: string } {
  if (existsSync(SECRETS_FILE)) return JSON.parse(readFileSync(SECRETS_FILE, 'utf8'));
  const secrets = { AUTH_SECRET: randomBytes(32).toString('base64url'), DATA_KEY: randomBytes(32).toString('base64') };
  mkdirSync(path.dirname(SECRETS_FILE), { recursive: true });
  writeFileSync(SECRETS_FILE, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Any failure a script does not handle itself ends it with one line on stderr saying what is
 * wrong (docs/OPERATIONS.md), never a stack trace or a bare `undefined`; LOG_LEVEL=debug adds
 * the stack for developers.
 */
export function reportFaultsInOneLine(databaseUrl: () => string | undefined = () => process.env.DATABASE_URL): void {
  const report = (error: unknown) => {
    console.error(describeFault(error, { databaseUrl: databaseUrl() }));
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) console.error(error.stack);
    process.exit(1);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}

/** The validated settings, with local secrets filled in where that is safe; exits on error. */
export function prepareSettings(): Env {
  reportFaultsInOneLine();
  loadDotEnv();
  try {
    const settings = loadEnv(process.env);
    if (!settings.AUTH_SECRET || !settings.DATA_KEY) {
      if (settings.NODE_ENV === 'production' && settings.DATABASE_URL) {
        throw new InvalidSettingsError(['AUTH_SECRET and DATA_KEY must be set in production (see .env.example)']);
      }
      const secrets = localSecrets();
      process.env.AUTH_SECRET ??= secrets.AUTH_SECRET;
      process.env.DATA_KEY ??= secrets.DATA_KEY;
    }
    return loadEnv(process.env);
  } catch (error) {
    if (error instanceof InvalidSettingsError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
