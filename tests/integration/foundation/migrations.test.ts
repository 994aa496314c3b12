import { readdirSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { applyMigrations, pendingSchemaChanges, schemaFromScratch } from '@/lib/db/migrate';
import { withScratchDatabase } from '../../helpers/scratch-database';

const migrationNames = () => readdirSync('prisma/migrations', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Indexes schema.prisma cannot describe (a partial index), written by hand in a migration:
 * each must exist after the migrations, and is left out of the comparison with the schema.
 */
const HAND_WRITTEN_INDEXES = ['DedupKey_near_idx'];

/** Tables, columns, indexes and enums: what schema.prisma describes (triggers are extra). */
async function describeSchema(url: string) {
  const columns = await query(url, `
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`);
  const indexes = await query(url, `
    SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`).then((rows) => rows.filter((row) => !HAND_WRITTEN_INDEXES.includes((row as { indexname: string }).indexname)));
  const enums = await query(url, `
    SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`);
  const foreignKeys = await query(url, `
    SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE contype IN ('f', 'p', 'u') AND connamespace = 'public'::regnamespace AND conname <> '_prisma_migrations_pkey' ORDER BY conname`);
  return { columns, indexes, enums, foreignKeys };
}

describe('migrations', () => {
  it('apply to an empty database, once', async () => {
    await withScratchDatabase(async (url) => {
      expect(await applyMigrations(url)).toEqual(migrationNames());
      expect(await applyMigrations(url)).toEqual([]);
      const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
      expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['Tip', 'Case', 'Raid', 'Reward', 'JournalEntry', 'AuditEvent', 'StaffUser']));
    });
  });

  it('leave no connection, and so no advisory lock, behind: a second run right after does not wait for the first', async () => {
    await withScratchDatabase(async (url) => {
      const database = new URL(url).pathname.slice(1);
      await applyMigrations(url);
      // The engine's session lock (72707369) lived on in an idle pool connection for 10 s, the
      // same as the engine's wait for it: the next run timed out or not by a few milliseconds.
      const locks = await query(url, `SELECT l.pid FROM pg_locks l JOIN pg_database d ON d.oid = l.database
        WHERE l.locktype = 'advisory' AND l.objid = 72707369 AND d.datname = '${database}'`);
      expect(locks).toEqual([]);
      const others = await query(url, `SELECT pid FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`);
      expect(others).toEqual([]);
      expect(await applyMigrations(url)).toEqual([]);
    });
  });

  it('have not drifted from schema.prisma', async () => {
    await withScratchDatabase(async (fromMigrations) => {
      await applyMigrations(fromMigrations);
      const handWritten = await query<{ indexname: string }>(fromMigrations, `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`);
      expect(handWritten.map((row) => row.indexname)).toEqual(expect.arrayContaining(HAND_WRITTEN_INDEXES));
      expect(await pendingSchemaChanges(fromMigrations), 'schema.prisma has changes with no migration: run npm run db:migration -- NAME').toBe('');
      await withScratchDatabase(async (fromSchema) => {
        await query(fromSchema, await schemaFromScratch(fromSchema));
        // A hand-edited migration.sql would make the database differ from schema.prisma.
        expect(await describeSchema(fromMigrations)).toEqual(await describeSchema(fromSchema));
      });
    });
  });
});
