/**
 * The structured logger. It is given explicit fields only: never a request, its headers, its
 * address or its body, so nothing on a resident's path can put an identifier into a log line.
 * The serializers below are the second line of defence if someone passes one anyway.
 */
import pino from 'pino';
import { env } from '@/lib/env';

const DROPPED = '[dropped: may identify a person]';

/** Keys whose values may identify a tipster or a session; removed at any depth. */
export const IDENTIFYING_KEYS = [
  'ip', 'ips', 'remoteAddress', 'remotePort', 'x-forwarded-for', 'x-real-ip', 'forwarded',
  'user-agent', 'userAgent', 'ua', 'accept-language', 'cookie', 'cookies', 'set-cookie',
  'authorization', 'headers', 'req', 'request', 'res', 'response', 'body', 'passphrase', 'password',
];

const hostile = new Set(IDENTIFYING_KEYS.map((key) => key.toLowerCase()));

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: value.message, stack: value.stack };
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, hostile.has(key.toLowerCase()) ? DROPPED : scrub(inner, depth + 1)]),
  );
}

export function createLogger(destination?: pino.DestinationStream, level = env().LOG_LEVEL) {
  return pino(
    {
      level,
      base: undefined,
      formatters: { log: (object) => scrub(object) as Record<string, unknown> },
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

const holder = globalThis as unknown as { eyesAndEarsLog?: pino.Logger };
export const log: pino.Logger = new Proxy({} as pino.Logger, {
  get(_target, property) {
    holder.eyesAndEarsLog ??= createLogger();
    const value = Reflect.get(holder.eyesAndEarsLog, property, holder.eyesAndEarsLog);
    return typeof value === 'function' ? value.bind(holder.eyesAndEarsLog) : value;
  },
});
