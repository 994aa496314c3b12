import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { createClient, db } from '@/lib/db/client';
import { checkHealth } from '@/lib/health/check-health';
import { withMigratedScratch } from '../../helpers/scratch-database';

describe('health', () => {
  it('reports the database up with the latest applied migration', async () => {
    const latest = readdirSync('prisma/migrations', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort().at(-1);
    expect(await checkHealth(db)).toEqual({ ok: true, database: 'up', migration: latest });
  });

  it('reports the database down when it cannot be reached', async () => {
    const unreachable = createClient('postgresql://postgres@127.0.0.1:1/none');
    try {
      expect(await checkHealth(unreachable)).toEqual({ ok: false, database: 'down', migration: null });
    } finally {
      await unreachable.$disconnect();
    }
  });
});

describe('audit log', () => {
  it('is append-only in the database, and verification catches a row altered behind its back', async () => {
    await withMigratedScratch(async (scratch) => {
      for (const action of ['staff.created', 'tip.viewed', 'case.created'] as const) {
        await scratch.$transaction((tx) => recordAuditEvent(tx, { actor: null, action, target: { type: 'tip', id: action } }));
      }
      expect(await verifyAuditChain(scratch)).toEqual({ events: 3 });

      const second = (await scratch.auditEvent.findMany({ orderBy: { id: 'asc' } }))[1]!;
      await expect(scratch.auditEvent.update({ where: { id: second.id }, data: { action: 'tip.updated' } })).rejects.toThrow(/append-only/);
      await expect(scratch.auditEvent.delete({ where: { id: second.id } })).rejects.toThrow(/append-only/);
      await expect(scratch.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);

      // A superuser can switch the trigger off; the hash chain still tells.
      await scratch.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
      await scratch.$executeRawUnsafe(`UPDATE "AuditEvent" SET "targetId" = 'someone-else' WHERE id = ${second.id}`);
      await scratch.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
      expect(await verifyAuditChain(scratch)).toEqual({ events: 1, brokenAt: { id: second.id.toString(), reason: 'hash mismatch' } });
    });
  });
});
