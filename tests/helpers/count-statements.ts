/**
 * The statements this process sends to PostgreSQL while `work` runs, as their SQL text: every
 * round trip of the Prisma client (its pg driver adapter), BEGIN and COMMIT included, goes
 * through pg.Client#query. For tests that bound a path's round trips; nothing else may use the
 * database in the same process meanwhile (vitest runs each file in its own process).
 */
import pg from 'pg';

export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config] = args;
    statements.push(typeof config === 'string' ? config : String((config as { text?: string })?.text ?? ''));
    return (original as (...rest: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { result: await work(), statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}
