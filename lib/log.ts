/**
 * The structured logger. It is given explicit fields only: never a request, its headers, its
 * address or its body, so nothing on a resident's path can put an identifier into a log line.
 * The serializers below are the second line of defence if someone passes one anyway.
 *
 * Errors are logged by name and code only, never by message: a database's message can quote
 * what was sent (a tipster's words). On a resident's path (`residentLog`) the line's time is
 * floored to the hour like every resident time (docs/decisions/0002, 0721).
 */
import pino from 'pino';
import { sqlStateOf } from '@/lib/db/sql-state';
import { env } from '@/lib/env';
import { RESIDENT_TIME_GRANULARITY_MS } from '@/lib/tips/coarse-time';

const DROPPED = '[dropped: may identify a person]';

/** Keys whose values may identify a tipster or a session; removed at any depth. */
export const IDENTIFYING_KEYS = [
  'ip', 'ips', 'remoteAddress', 'remotePort', 'x-forwarded-for', 'x-real-ip', 'forwarded',
  'user-agent', 'userAgent', 'ua', 'accept-language', 'cookie', 'cookies', 'set-cookie',
  'authorization', 'headers', 'req', 'request', 'res', 'response', 'body', 'passphrase', 'password',
];

const hostile = new Set(IDENTIFYING_KEYS.map((key) => key.toLowerCase()));

/** Keys of an error object that may quote input: never logged. */
const ERROR_TEXT_KEYS = new Set(['message', 'stack', 'meta', 'originalmessage', 'detail', 'where', 'query', 'cause']);

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,60}$/;
const SAFE_CODE = /^[A-Za-z0-9_]{1,40}$/;

/**
 * What is logged of an error: its class, its code (P2010, ENOTDIR, 22021...) and the
 * database's SQLSTATE; with `frames`, the stack's code locations (not its first line, which
 * is the message). Anything else of it could carry what a person typed.
 */
export function safeError(error: unknown, options: { frames?: boolean } = {}): Record<string, unknown> {
  if (error === null || typeof error !== 'object') return { type: typeof error };
  const record = error as Record<string, unknown>;
  const name = typeof record.name === 'string' && SAFE_NAME.test(record.name) ? record.name : (error.constructor?.name ?? 'Error');
  const out: Record<string, unknown> = { type: SAFE_NAME.test(name) ? name : 'Error' };
  if (typeof record.code === 'string' && SAFE_CODE.test(record.code)) out.code = record.code;
  const sqlState = sqlStateOf(error);
  if (sqlState) out.sqlState = sqlState;
  if (options.frames && typeof record.stack === 'string') {
    out.frames = record.stack.split('\n').filter((line) => /^\s+at /.test(line)).slice(0, 12).map((line) => line.trim());
  }
  return out;
}

function scrub(value: unknown, depth = 0, resident = false): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return safeError(value, { frames: !resident });
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1, resident));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (hostile.has(key.toLowerCase())) return [key, DROPPED];
      // On a resident's path, an error already turned into a plain object (e.g. { message })
      // loses its texts too; elsewhere such objects are written by our own code on purpose.
      if (resident && (key === 'err' || key === 'error')) return [key, inner instanceof Error ? safeError(inner) : withoutErrorText(inner)];
      return [key, scrub(inner, depth + 1, resident)];
    }),
  );
}

function withoutErrorText(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? DROPPED : value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !ERROR_TEXT_KEYS.has(key.toLowerCase()) && !hostile.has(key.toLowerCase())).map(([key, inner]) => [key, typeof inner === 'object' && inner !== null ? DROPPED : inner]));
}

/** The hour, as every time written on a resident's behalf (lib/tips/coarse-time.ts). */
const hourTimestamp = () => `,"time":"${new Date(Math.floor(Date.now() / RESIDENT_TIME_GRANULARITY_MS) * RESIDENT_TIME_GRANULARITY_MS).toISOString()}"`;

export interface LoggerOptions {
  /** A resident's path: the time floored to the hour, no stack frames. */
  resident?: boolean;
}

export function createLogger(destination?: pino.DestinationStream, level = env().LOG_LEVEL, options: LoggerOptions = {}) {
  const resident = options.resident ?? false;
  return pino(
    {
      level,
      base: undefined,
      timestamp: resident ? hourTimestamp : pino.stdTimeFunctions.epochTime,
      // pino's own err serializer would keep the message, the stack and every property.
      serializers: { err: (error: unknown) => (error instanceof Error ? safeError(error, { frames: !resident }) : resident ? withoutErrorText(error) : error) },
      formatters: { log: (object) => scrub(object, 0, resident) as Record<string, unknown> },
      hooks: {
        // Messages are free text: refuse anything that looks like an IP address in them too.
        logMethod(args, method) {
          const [first, ...rest] = args;
          const clean = (text: unknown) =>
            typeof text === 'string' ? text.replace(/\b\d{1,3}(?:\.\d{1,3}){3}\b|\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}\b/gi, '[address]') : text;
          method.apply(this, [clean(first), ...rest.map(clean)] as Parameters<typeof method>);
        },
      },
    },
    destination ?? fileAndStdout(),
  );
}

/** With LOG_FILE set, every line also goes to that file (synchronously, so it is there at once). */
function fileAndStdout(): pino.DestinationStream | undefined {
  const file = env().LOG_FILE;
  if (!file) return undefined;
  return pino.multistream([{ stream: process.stdout }, { stream: pino.destination({ dest: file, append: true, mkdir: true, sync: true }) }]);
}

const holder = globalThis as unknown as { eyesAndEarsLog?: pino.Logger; eyesAndEarsResidentLog?: pino.Logger };
export const log: pino.Logger = new Proxy({} as pino.Logger, {
  get(_target, property) {
    holder.eyesAndEarsLog ??= createLogger();
    const value = Reflect.get(holder.eyesAndEarsLog, property, holder.eyesAndEarsLog);
    return typeof value === 'function' ? value.bind(holder.eyesAndEarsLog) : value;
  },
});

/** The logger of a resident's path (tips, status, replies): hour-floored time, errors by code only. */
export const residentLog: pino.Logger = new Proxy({} as pino.Logger, {
  get(_target, property) {
    holder.eyesAndEarsResidentLog ??= createLogger(undefined, env().LOG_LEVEL, { resident: true });
    const value = Reflect.get(holder.eyesAndEarsResidentLog, property, holder.eyesAndEarsResidentLog);
    return typeof value === 'function' ? value.bind(holder.eyesAndEarsResidentLog) : value;
  },
});
