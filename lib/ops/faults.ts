/**
 * Operators' faults in one clear line: never a stack trace, never a bare `undefined`
 * (docs/OPERATIONS.md, "When something is wrong").
 */

/** A fault the operator can fix; its message is the line to print. */
export class OperatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OperatorError';
  }
}

function where(url: string | undefined): string {
  if (!url) return 'the database';
  try {
    const parsed = new URL(url);
    return `the database at ${parsed.hostname}:${parsed.port || '5432'}`;
  } catch {
    return 'the database';
  }
}

/** Walks an error and its causes (Prisma, pg and AggregateError wrap the real one). */
function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length > 0 && seen.length < 20) {
    const current = queue.shift();
    if (current === undefined || current === null || seen.includes(current)) continue;
    seen.push(current);
    if (typeof current === 'object') {
      const record = current as { cause?: unknown; errors?: unknown[]; originalError?: unknown };
      queue.push(record.cause, record.originalError, ...(Array.isArray(record.errors) ? record.errors : []));
    }
  }
  return seen;
}

const codeOf = (error: unknown): string | undefined => {
  if (!error || typeof error !== 'object') return undefined;
  const record = error as { code?: unknown; originalCode?: unknown; kind?: unknown };
  for (const value of [record.code, record.originalCode, record.kind]) if (typeof value === 'string') return value;
  return undefined;
};

const messageOf = (error: unknown): string => {
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return String(error);
};

/** One line saying what is wrong and what to do, for any error a script or `npm start` meets. */
export function describeFault(error: unknown, context: { databaseUrl?: string } = {}): string {
  const all = causes(error);
  const operator = all.find((item) => item instanceof OperatorError);
  if (operator) return (operator as OperatorError).message;
  const codes = all.map(codeOf).filter((code): code is string => code !== undefined);
  const text = all.map(messageOf).join(' | ');
  const db = where(context.databaseUrl);
  if (codes.includes('ECONNREFUSED') || /ECONNREFUSED|DatabaseNotReachable|Can't reach database/i.test(text)) {
    return `Cannot reach ${db} (connection refused): start PostgreSQL or correct DATABASE_URL.`;
  }
  if (codes.includes('ENOTFOUND') || codes.includes('EAI_AGAIN') || /ENOTFOUND|getaddrinfo/i.test(text)) {
    return `Cannot reach ${db}: the host name does not resolve; correct DATABASE_URL.`;
  }
  if (codes.includes('ETIMEDOUT') || /ETIMEDOUT|timeout expired|Connection terminated due to connection timeout/i.test(text)) {
    return `Cannot reach ${db}: the connection timed out; check the network and DATABASE_URL.`;
  }
  if (codes.includes('28P01') || codes.includes('28000') || /password authentication failed|no pg_hba.conf entry/i.test(text)) {
    return `${db.charAt(0).toUpperCase()}${db.slice(1)} refused the login: check the user and password in DATABASE_URL.`;
  }
  if (codes.includes('3D000') || /database .* does not exist/i.test(text)) {
    return `The database named in DATABASE_URL does not exist on ${db.replace(/^the database at /, '')}: create it or run npm start once.`;
  }
  if (codes.includes('42P01') || /relation .* does not exist|table .* does not exist/i.test(text)) {
    return `${db.charAt(0).toUpperCase()}${db.slice(1)} has no Eyes & Ears tables yet: run npm run db:migrate (or npm start) first.`;
  }
  if (codes.includes('EADDRINUSE')) return 'The port is already in use: stop what runs there or set PORT to a free one.';
  if (codes.includes('EACCES') || codes.includes('EPERM')) return `Permission denied: ${messageOf(all.find((item) => codeOf(item) === 'EACCES' || codeOf(item) === 'EPERM'))}.`;
  const first = messageOf(error).split('\n')[0]!.trim();
  return first && first !== 'undefined' ? first : 'Unexpected failure with no message (run with LOG_LEVEL=debug for details).';
}

/**
 * Runs a script's work and turns any failure into one line on stderr and exit code 1.
 * `close` (stop the embedded database, disconnect) runs either way.
 */
export async function runOperatorTask(work: () => Promise<void>, context: { databaseUrl?: () => string | undefined; close?: () => Promise<void> } = {}): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.error(describeFault(error, { databaseUrl: context.databaseUrl?.() }));
    process.exitCode = 1;
  } finally {
    await context.close?.().catch(() => {});
  }
}
