/**
 * Every column of an audit event, a journal entry and a journal line, altered behind the
 * chain's back (all triggers off, as a superuser could), fails verification at that row: in
 * the library and in `npm run audit:verify` / `ledger:verify`. The columns come from
 * information_schema, so a column added later is covered (or the test names the type it cannot
 * alter yet). Only the surrogate `id` is left out of the per-column sweep: it carries no
 * content, and the order it gives is checked by swapping two rows' ids.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { postEntry } from '@/lib/ledger/post-entry';
import { verifyLedger } from '@/lib/ledger/verify-ledger';
import type { Db } from '@/lib/db/client';
import { withMigratedScratch } from '../../helpers/scratch-database';
import { TEST_SETTINGS } from '../../helpers/test-env';

interface Column {
  name: string;
  dataType: string;
  udt: string;
}

async function sql<T = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function columnsOf(url: string, table: string): Promise<Column[]> {
  const rows = await sql<{ column_name: string; data_type: string; udt_name: string }>(
    url,
    `SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => ({ name: row.column_name, dataType: row.data_type, udt: row.udt_name }));
}

/** An expression giving a different value of the column's type. */
function alteredValue(column: Column): string {
  const col = `"${column.name}"`;
  switch (column.udt) {
    case 'int8':
    case 'int4':
    case 'int2':
    case 'numeric':
      return `${col} + 1`;
    case 'text':
    case 'varchar':
      return `coalesce(${col}, '') || 'x'`;
    case 'uuid':
      return 'gen_random_uuid()';
    case 'timestamp':
    case 'timestamptz':
      return `${col} + interval '1 second'`;
    case 'jsonb':
    case 'json':
      return `(coalesce(${col}::jsonb, '{}'::jsonb) || '{"tampered": true}'::jsonb)::${column.udt}`;
    case 'bool':
      return `NOT coalesce(${col}, false)`;
  }
  if (column.dataType === 'USER-DEFINED') {
    return `(SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = '${column.udt}' AND e.enumlabel <> ${col}::text ORDER BY e.enumsortorder LIMIT 1)::"${column.udt}"`;
  }
  throw new Error(`No tampering rule for column ${column.name} of type ${column.udt}: add one to alteredValue`);
}

/** Alters one column of one row with every trigger off (foreign keys and append-only rules alike), runs `check`, then puts it back. */
async function tampered<T>(url: string, table: string, column: Column, id: bigint, check: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const asSuperuser = async (statement: string, values: unknown[]) => {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const result = await client.query(statement, values);
    await client.query('COMMIT');
    return result;
  };
  try {
    const [before] = (await client.query(`SELECT "${column.name}"::text AS value FROM "${table}" WHERE id = $1`, [id])).rows as { value: string | null }[];
    const changed = await asSuperuser(`UPDATE "${table}" SET "${column.name}" = ${alteredValue(column)} WHERE id = $1 RETURNING "${column.name}"::text AS value`, [id]);
    expect(changed.rows[0].value, `${table}.${column.name} was not changed`).not.toBe(before!.value);
    try {
      return await check();
    } finally {
      await asSuperuser(`UPDATE "${table}" SET "${column.name}" = $2::"${column.udt}" WHERE id = $1`, [id, before!.value]);
    }
  } finally {
    await client.end();
  }
}

/**
 * The scripts print what the library finds; they run for the columns whose loss from the hash
 * a mutation test once missed (who did it, what it moved) rather than for every column, each
 * run costing seconds on a shared machine.
 */
const THROUGH_SCRIPT = new Set(['detail', 'actorId', 'amountMinor', 'accountId']);

function script(name: 'audit-verify' | 'ledger-verify', url: string) {
  return spawnSync('node', ['--import', 'tsx', `scripts/${name}.ts`], { env: { ...process.env, ...TEST_SETTINGS, DATABASE_URL: url }, encoding: 'utf8', timeout: 120_000 });
}

async function seedAudit(db: Db) {
  const actor = { id: randomUUID(), role: 'SUPERVISOR' };
  for (const [index, action] of (['reward.approved', 'tip.viewed', 'case.created'] as const).entries()) {
    await db.$transaction((tx) => recordAuditEvent(tx, { actor, action, target: { type: 'reward', id: randomUUID() }, detail: { amountMinor: `${(index + 1) * 5_000}`, currency: 'USD' } }));
  }
  return db.auditEvent.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
}

async function seedLedger(db: Db) {
  for (const [index, amount] of [100_000n, 25_000n, 5_000n].entries()) {
    await db.$transaction((tx) =>
      postEntry(tx, {
        kind: 'FUNDING',
        memo: `Grant ${index}`,
        createdById: randomUUID(),
        idempotencyKey: `funding:every-column-${index}`,
        lines: [
          { kind: 'FUNDING', currency: 'USD', amountMinor: amount },
          { kind: 'EXTERNAL', currency: 'USD', amountMinor: -amount },
        ],
      }),
    );
  }
  return db.journalEntry.findMany({ orderBy: { id: 'asc' }, select: { id: true, lines: { orderBy: { id: 'asc' }, select: { id: true } } } });
}

describe('tampering with any column', () => {
  it('of an audit event breaks the chain at that event, for verifyAuditChain and npm run audit:verify', async () => {
    await withMigratedScratch(async (scratch, url) => {
      const [, target] = await seedAudit(scratch);
      expect(await verifyAuditChain(scratch)).toEqual({ events: 3 });
      const columns = (await columnsOf(url, 'AuditEvent')).filter((column) => column.name !== 'id');
      expect(columns.map((column) => column.name)).toEqual(expect.arrayContaining(['at', 'actorId', 'actorRole', 'action', 'targetType', 'targetId', 'detail', 'prevHash', 'hash']));
      const caught: string[] = [];
      for (const column of columns) {
        await tampered(url, 'AuditEvent', column, target!.id, async () => {
          const result = await verifyAuditChain(scratch);
          expect(result.brokenAt?.id, `AuditEvent.${column.name} altered`).toBe(target!.id.toString());
          expect(result.events).toBe(1);
          if (THROUGH_SCRIPT.has(column.name)) {
            const cli = script('audit-verify', url);
            expect(cli.status, `audit:verify with AuditEvent.${column.name} altered`).toBe(1);
            expect(cli.stderr).toContain(`Audit log BROKEN at event ${target!.id}:`);
          }
          caught.push(column.name);
        });
      }
      expect(caught).toEqual(columns.map((column) => column.name));
      expect(await verifyAuditChain(scratch)).toEqual({ events: 3 });
    });
  }, 600_000); // one run of the script per column on a shared 2-core machine

  it('of a journal entry or one of its lines breaks the chain at that entry, for verifyLedger and npm run ledger:verify', async () => {
    await withMigratedScratch(async (scratch, url) => {
      const [, target] = await seedLedger(scratch);
      expect((await verifyLedger(scratch)).problems).toEqual([]);
      const broken = `hash chain broken at journal entry ${target!.id}:`;
      const sweep = [
        { table: 'JournalEntry', id: target!.id, columns: (await columnsOf(url, 'JournalEntry')).filter((column) => column.name !== 'id') },
        { table: 'JournalLine', id: target!.lines[0]!.id, columns: (await columnsOf(url, 'JournalLine')).filter((column) => column.name !== 'id') },
      ];
      expect(sweep[1]!.columns.map((column) => column.name)).toEqual(expect.arrayContaining(['entryId', 'accountId', 'amountMinor']));
      const caught: string[] = [];
      for (const { table, id, columns } of sweep) {
        for (const column of columns) {
          await tampered(url, table, column, id, async () => {
            const problems = (await verifyLedger(scratch)).problems;
            expect(problems.find((problem) => problem.startsWith('hash chain broken')), `${table}.${column.name} altered`).toMatch(new RegExp(`^${broken}`));
            if (THROUGH_SCRIPT.has(column.name)) {
              const cli = script('ledger-verify', url);
              expect(cli.status, `ledger:verify with ${table}.${column.name} altered`).toBe(1);
              expect(cli.stderr).toContain(broken);
            }
            caught.push(`${table}.${column.name}`);
          });
        }
      }
      expect(caught).toEqual(sweep.flatMap(({ table, columns }) => columns.map((column) => `${table}.${column.name}`)));
      expect((await verifyLedger(scratch)).problems).toEqual([]);
    });
  }, 600_000);

  it('swapping the ids of two rows (their order in the chain) breaks it at the first of them', async () => {
    await withMigratedScratch(async (scratch, url) => {
      const swap = async (table: string, a: bigint, b: bigint) => {
        await sql(url, `BEGIN; SET LOCAL session_replication_role = replica;
          UPDATE "${table}" SET id = -1 WHERE id = ${a}; UPDATE "${table}" SET id = ${a} WHERE id = ${b}; UPDATE "${table}" SET id = ${b} WHERE id = -1; COMMIT;`);
      };
      const [, second, third] = await seedAudit(scratch);
      await swap('AuditEvent', second!.id, third!.id);
      expect((await verifyAuditChain(scratch)).brokenAt?.id).toBe(second!.id.toString());

      const [, entry, next] = await seedLedger(scratch);
      await swap('JournalLine', entry!.lines[0]!.id, entry!.lines[1]!.id);
      expect((await verifyLedger(scratch)).problems[0]).toMatch(new RegExp(`^hash chain broken at journal entry ${entry!.id}:`));
      await swap('JournalLine', entry!.lines[0]!.id, entry!.lines[1]!.id);
      expect((await verifyLedger(scratch)).problems).toEqual([]);
      await swap('JournalEntry', entry!.id, next!.id);
      expect((await verifyLedger(scratch)).problems[0]).toMatch(new RegExp(`^hash chain broken at journal entry ${entry!.id}:`));
    });
  }, 240_000);
});
