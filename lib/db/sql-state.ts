/**
 * The PostgreSQL SQLSTATE of a failed statement, however it arrives: through Prisma's driver
 * adapter (meta.driverAdapterError.cause.originalCode), as a DriverAdapterError, or as the pg
 * driver's own error. Never the message: it can quote what was sent.
 */
const SQLSTATE = /^[0-9A-Z]{5}$/;

const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);

export function sqlStateOf(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || error === null || typeof error !== 'object') return undefined;
  const adapterCause = field(field(field(error, 'meta'), 'driverAdapterError'), 'cause');
  for (const candidate of [field(adapterCause, 'originalCode'), field(field(error, 'cause'), 'originalCode'), field(error, 'originalCode')]) {
    if (typeof candidate === 'string' && SQLSTATE.test(candidate)) return candidate;
  }
  // The pg driver's DatabaseError carries the SQLSTATE as `code` (Prisma's own codes are P1234).
  const code = field(error, 'code');
  if (typeof code === 'string' && SQLSTATE.test(code) && /\d/.test(code) && field(error, 'severity') !== undefined) return code;
  return sqlStateOf(field(error, 'cause'), depth + 1);
}

/**
 * Data the database could not take (class 22: a NUL byte, a date out of range, a number too
 * large...) or a value beyond its limits (54000): the sender's fault, answered as 400.
 */
export const isDataError = (state: string | undefined): boolean => state !== undefined && (state.startsWith('22') || state === '54000');
