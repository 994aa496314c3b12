import pg from 'pg';
import { findDuplicates } from '@/lib/dedup/find-duplicates';
const pool = new pg.Pool({ connectionString: 'postgresql://postgres@127.0.0.1:5432/ee_dedup_1m', max: 1 });
const { rows } = await pool.query(`SELECT id FROM "Tip" TABLESAMPLE SYSTEM (1) LIMIT 30`);
for (const { id } of rows) await findDuplicates(pool, { tipId: id });
console.log((await pool.query(`SELECT name, generic_plans, custom_plans FROM pg_prepared_statements`)).rows);
await pool.end();
