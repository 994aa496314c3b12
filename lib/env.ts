/**
 * Every setting of the application, validated once. Nothing else reads `process.env`
 * (scripts pass a prepared environment to `loadEnv` or to the processes they start).
 */
import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

export const DEMO_REWARD_OFFICE = 'Demo tip line: the reward office’s address, opening hours and phone number appear here (setting REWARD_OFFICE).';

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Public base URL of the app, used by next-auth for callbacks. */
    APP_URL: z.url().optional(),
    /** Unset: `npm start` runs an embedded PostgreSQL and sets this for the app. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    /** Seed demo staff and tips into a fresh database. Default: on unless production with DATABASE_URL. */
    DEMO_MODE: booleanString.optional(),
    /** Signs staff sessions (next-auth). */
    AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Encrypts stored photos and TOTP secrets (AES-256-GCM). */
    DATA_KEY: base64Key.optional(),
    /** Tips closer than this (metres) may be the same place on proximity alone (lib/dedup). */
    DEDUP_RADIUS_M: z.coerce.number().int().min(50).max(20_000).default(500),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Same-origin XYZ raster tiles for the report map, e.g. /tiles/{z}/{x}/{y}.png. Unset: outline map only. */
    MAP_TILE_URL: z
      .string()
      .regex(/^\/(?!\/)/, 'must start with a single "/" (same origin only)')
      .refine((value) => ['{z}', '{x}', '{y}'].every((part) => value.includes(part)), 'must contain {z}, {x} and {y}')
      .optional(),
    /** Emergency numbers shown on the urgent path: "number:kind" pairs (docs/decisions/0006-emergency-numbers.md). */
    EMERGENCY_NUMBERS: z
      .string()
      .regex(/^\d{3,15}:(police|childHelpline|trafficking|ambulance)(,\d{3,15}:(police|childHelpline|trafficking|ambulance))*$/, 'must be like 117:police,1280:childHelpline')
      .default('117:police,1280:childHelpline'),
    /** An urgent tip not triaged within this many minutes is overdue in the inbox (lib/triage). */
    TRIAGE_DUE_URGENT_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    /** Any other tip not triaged within this many hours is overdue. */
    TRIAGE_DUE_HOURS: z.coerce.number().int().min(1).max(2_160).default(72),
    /** An account opening more than this many distinct tips ... */
    UNUSUAL_ACCESS_TIPS: z.coerce.number().int().min(1).max(10_000).default(30),
    /** ... within this many minutes is flagged to supervisors (access.flagged). */
    UNUSUAL_ACCESS_MINUTES: z.coerce.number().int().min(1).max(1_440).default(10),
    /** Proof of work on tip submission: the search space of the altcha challenge (0 = off). */
    POW_DIFFICULTY: z.coerce.number().int().min(0).max(10_000_000).default(50_000),
    /** Seconds a proof-of-work challenge stays valid. */
    POW_CHALLENGE_TTL_S: z.coerce.number().int().min(30).max(86_400).default(1_200),
    /** Folder of encrypted photos when no S3 bucket is configured. */
    UPLOAD_DIR: z.string().default('.data/uploads'),
    /** S3-compatible object storage for encrypted photos: all five or none. */
    S3_ENDPOINT: z.url().optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Also write log lines to this file (append); unset: standard output only. */
    LOG_FILE: z.string().optional(),
    /** Public statistics show any count below this as "fewer than N" (docs/decisions/0007). */
    STATS_MIN_COUNT: z.coerce.number().int().min(2).max(100).default(5),
    /** Run background jobs (lib/jobs) in this app instance; every instance may (each job runs once). */
    JOBS_ENABLED: booleanString.default(true),
    /** Days after which tips closed as unfounded or duplicate lose their text and photos (docs/OPERATIONS.md). */
    RETENTION_CLOSED_DAYS: z.coerce.number().int().min(1).max(36_500).default(180),
    /** Days after which everything of a tip is deleted unless it is in an open case or has a reward. */
    RETENTION_ALL_DAYS: z.coerce.number().int().min(500, 'must be at least 500 (longer than any statistics window)').max(36_500).default(730),
    /** Folder holding PostgreSQL client binaries (pg_dump, pg_restore) for db:backup and db:restore. */
    PG_BIN_DIR: z.string().optional(),
    /** Mail server for staff alerts (lib/alerts): smtp:// or smtps://, user and password in the URL when needed. Unset: no email alerts. */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be smtp://[user:password@]host[:port] or smtps://…' })
      .optional(),
    /** Sender of staff alerts, e.g. "Eyes & Ears <alerts@example.org>". */
    ALERT_FROM: z.string().min(3).default('Eyes & Ears <alerts@localhost>'),
    /** Web push (VAPID) keys for staff alerts: both or none; `npx web-push generate-vapid-keys`. */
    VAPID_PUBLIC_KEY: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, 'must be a base64url P-256 public key').optional(),
    VAPID_PRIVATE_KEY: z.string().regex(/^[A-Za-z0-9_-]{40,50}$/, 'must be a base64url P-256 private key').optional(),
    /** Contact of the push sender (mailto: or https:). */
    VAPID_SUBJECT: z.string().regex(/^(mailto:|https:\/\/)/, 'must start with mailto: or https://').default('mailto:alerts@localhost'),
    /** Attempts per alert and channel before it is marked failed and shown to supervisors. */
    ALERT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(4),
    /** Seconds between attempts of an alert that could not be delivered. */
    ALERT_RETRY_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
    /** Demo mode: the local mail catcher `npm start` runs, and where it keeps what it catches. */
    DEMO_SMTP_PORT: z.coerce.number().int().min(1024).max(65535).default(2525),
    DEMO_MAILBOX_DIR: z.string().default('.data/demo-mailbox'),
    /**
     * Where and how a resident collects a reward with the voucher code: the office's address,
     * opening hours and phone, shown on /status as written (decision 0890). Unset: the page asks
     * the resident to ask the police in a message; the demo shows a placeholder saying so.
     */
    REWARD_OFFICE: z.string().trim().min(3).max(500).optional(),
    /** Tips sent without proof of work (the form without JavaScript) the whole tip line accepts per hour (docs/decisions/0720). */
    UNVERIFIED_TIPS_PER_HOUR: z.coerce.number().int().min(0).max(1_000_000).default(200),
  })
  .refine(
    (settings) => {
      const s3 = [settings.S3_ENDPOINT, settings.S3_BUCKET, settings.S3_REGION, settings.S3_ACCESS_KEY_ID, settings.S3_SECRET_ACCESS_KEY];
      return s3.every((value) => value === undefined) || s3.every((value) => value !== undefined);
    },
    { message: 'S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set all five or none', path: ['S3_ENDPOINT'] },
  )
  .refine((settings) => (settings.VAPID_PUBLIC_KEY === undefined) === (settings.VAPID_PRIVATE_KEY === undefined), {
    message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY: set both or none',
    path: ['VAPID_PUBLIC_KEY'],
  })
  .transform((settings) => {
    const demo = settings.DEMO_MODE ?? !(settings.NODE_ENV === 'production' && settings.DATABASE_URL !== undefined);
    return {
      ...settings,
      DEMO_MODE: demo,
      // A made-up address could send a resident to a real stranger's door: the demo says what goes here instead.
      REWARD_OFFICE: settings.REWARD_OFFICE ?? (demo ? DEMO_REWARD_OFFICE : undefined),
    };
  });

export type Env = z.infer<typeof envSchema>;

export class InvalidSettingsError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nSee .env.example.`);
    this.name = 'InvalidSettingsError';
  }
}

export function loadEnv(source: Record<string, string | undefined>): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new InvalidSettingsError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The process's settings, parsed on first use. */
export function env(): Env {
  cached ??= loadEnv(process.env);
  return cached;
}

/** Settings that must be present for the app server itself (not for scripts). */
export function requireSetting<K extends keyof Env>(key: K): NonNullable<Env[K]> {
  const value = env()[key];
  if (value === undefined || value === null) throw new InvalidSettingsError([`${String(key)}: is required`]);
  return value as NonNullable<Env[K]>;
}
