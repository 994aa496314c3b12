/**
 * The environment `npm start` gives the Next.js server it spawns. The server runs with
 * NODE_ENV=production and a DATABASE_URL even on an embedded database, so it would infer demo
 * mode off (lib/env.ts): the launcher's own decision and the mailbox folder (absolute, so the
 * server's working directory cannot change it) are handed over instead of re-inferred.
 */
import path from 'node:path';
import type { Env } from '@/lib/env';

export function appEnvironment(
  settings: Env,
  options: { databaseUrl: string; url: string; development: boolean; extra?: Record<string, string>; base?: Record<string, string | undefined> },
): NodeJS.ProcessEnv {
  return {
    ...(options.base ?? process.env),
    NODE_ENV: options.development ? 'development' : 'production',
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_URL: options.url,
    NEXT_TELEMETRY_DISABLED: '1',
    DEMO_MODE: String(settings.DEMO_MODE),
    DEMO_MAILBOX_DIR: path.resolve(settings.DEMO_MAILBOX_DIR),
    ...options.extra,
  };
}
