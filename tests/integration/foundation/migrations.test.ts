import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it("move a tip's stored duplicate-search features from its DedupKey row to its own row, kept in the row, clear what redacted tips kept, then drop the old column (decision 0163)", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      // The data as the release before left it: the features on the `t:` row only (the column a later
      // migration drops, put back for this one).
      await query(url, `ALTER TABLE "Tip" ALTER COLUMN "dedupFeatures" SET STORAGE EXTENDED`);
      await query(url, `ALTER TABLE "DedupKey" ADD COLUMN features text`);
      const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
      // Text PostgreSQL cannot compress, 32 characters a piece.
      const noise = (pieces: number) => `(SELECT string_agg(md5(g::text), '') FROM generate_series(1, ${pieces}) g)`;
      const tip = (n: number, description: string) =>
        `('${id(n)}', 'code-${n}', 'x', 'x', 'x', 'OTHER', '{}', ${description}, 11.5, 104.9, 'GPS', 'en', now())`;
      await query(url, `INSERT INTO "Tip" (id, code, "passphraseHash", "tipsterPublicKey", "tipsterKeySalt", category, indicators, description, lat, lng, "locationSource", language, "receivedAt")
        VALUES ${tip(1, "'text'")}, ${tip(2, "'text'")}, ${tip(3, "''")}, ${tip(4, noise(50))}`);
      await query(url, `INSERT INTO "DedupKey" (key, "tipId", "receivedAt", features, lat, lng) VALUES
        ('t:${id(1)}', '${id(1)}', now(), '[25,["w:blue"]]', 11.5, 104.9),
        ('c:casino@575:5245', '${id(1)}', now(), NULL, NULL, NULL),
        ('t:${id(2)}', '${id(2)}', now(), NULL, 11.5, 104.9),
        ('t:${id(3)}', '${id(3)}', now(), '[25,["w:chen"],["chen"]]', 11.5, 104.9),
        ('p:012345678', '${id(3)}', now(), NULL, NULL, NULL),
        ('t:${id(4)}', '${id(4)}', now(), ${noise(100)}, 11.5, 104.9)`);

      const copy = migrationNames().find((name) => name.endsWith('_tip_dedup_features_copy'))!;
      await query(url, readFileSync(path.join('prisma/migrations', copy, 'migration.sql'), 'utf8'));

      const features = await query<{ id: string; dedupFeatures: string | null }>(url, `SELECT id, left("dedupFeatures", 20) AS "dedupFeatures" FROM "Tip" ORDER BY id`);
      expect(features).toEqual([
        { id: id(1), dedupFeatures: '[25,["w:blue"]]' },
        { id: id(2), dedupFeatures: null },
        // Redacted before this release: nothing read from its text is left; the start-up refresh writes the empty text's.
        { id: id(3), dedupFeatures: null },
        { id: id(4), dedupFeatures: expect.stringMatching(/^[0-9a-f]{20}$/) },
      ]);
      const keys = await query<{ key: string; features: string | null }>(url, `SELECT key, features FROM "DedupKey" WHERE "tipId" IN ('${id(1)}', '${id(3)}') ORDER BY key`);
      expect(keys).toEqual([
        { key: 'c:casino@575:5245', features: null },
        { key: `t:${id(1)}`, features: '[25,["w:blue"]]' },
        { key: `t:${id(3)}`, features: null },
      ]);
      const [storage] = await query<{ attstorage: string }>(url, `SELECT attstorage FROM pg_attribute WHERE attrelid = '"Tip"'::regclass AND attname = 'dedupFeatures'`);
      expect(storage?.attstorage).toBe('m');
      // A row too long for a page's share, whose features are its longest value: the description leaves it, the
      // features stay. pg_column_size counts a value kept in the row with its 4-byte header, one in TOAST without.
      const [sizes] = await query<{ features: number; description: number }>(url,
        `SELECT pg_column_size("dedupFeatures") AS features, pg_column_size(description) AS description FROM "Tip" WHERE id = '${id(4)}'`);
      expect(sizes).toEqual({ features: 3_200 + 4, description: 1_600 });

      // The release after drops the unread column, and nothing else of the key rows.
      const drop = migrationNames().find((name) => name.endsWith('_dedup_key_drop_features'))!;
      expect(migrationNames().indexOf(drop)).toBeGreaterThan(migrationNames().indexOf(copy));
      await query(url, readFileSync(path.join('prisma/migrations', drop, 'migration.sql'), 'utf8'));
      const columns = await query<{ column_name: string }>(url, `SELECT column_name FROM information_schema.columns WHERE table_name = 'DedupKey' ORDER BY column_name`);
      expect(columns.map((column) => column.column_name)).toEqual(['key', 'lat', 'lng', 'receivedAt', 'tipId']);
      // Six written, the redacted tip's phone key deleted by the copy: five left.
      expect(await query(url, `SELECT count(*)::int AS n FROM "DedupKey"`)).toEqual([{ n: 5 }]);
    });
  });
});
