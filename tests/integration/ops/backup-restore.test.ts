/**
 * db:backup and db:restore as an operator runs them (the real scripts, the real pg_dump and
 * pg_restore of this machine's PostgreSQL 15): a round trip keeps audit:verify and
 * ledger:verify passing on the restored database and brings every photo back.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/ee-uploads-backup-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { databaseUrl, dropDatabase } from '@/lib/db/admin';
import { createClient, db } from '@/lib/db/client';
import { localFolderStore, sealedStore } from '@/lib/uploads/blob-store';
import { submitTip } from '@/lib/tips/submit-tip';
import { fund } from '../../helpers/factories-rewards';
import { jpegOf } from '../../helpers/images';
import { usePrivateDatabase } from '../../helpers/ops/private-database';

// The verifiers check the whole database: it must hold this file's rows only.
usePrivateDatabase('backup');

function script(file: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('db:backup and db:restore', () => {
  it('round-trips the database and the photos; both chains verify on the restored copy', { timeout: 180_000 }, async () => {
    const receipt = await submitTip({
      fields: { category: 'SCAM_COMPOUND', description: 'Guards at the gate and buses at night, backup test.', location: { lat: 10.63, lng: 103.52, source: 'GPS', accuracyM: 20 }, provinceCode: 'KH-18', language: 'en' },
      photos: [await jpegOf(11), await jpegOf(12)],
      requirePow: false,
    });
    await fund(500_00n);
    const source = process.env.DATABASE_URL!;
    const folder = path.join(mkdtempSync(path.join(tmpdir(), 'ee-backup-')), 'backup');
    const target = databaseUrl(source, `ee_restored_${randomBytes(6).toString('hex')}`);
    const restoredPhotos = `${uploadDir}-restored`;
    try {
      for (const verify of ['scripts/audit-verify.ts', 'scripts/ledger-verify.ts']) expect(script(verify, [], { DATABASE_URL: source }).status).toBe(0);
      const made = script('scripts/db/backup.ts', ['--out', folder], { DATABASE_URL: source, UPLOAD_DIR: uploadDir });
      expect(made.stderr).toBe('');
      expect(made.status).toBe(0);
      expect(made.stdout).toMatch(/^Backup written to .*: database .* \(PostgreSQL 15\.\d+\), \d+ photo file\(s\)\.$/);

      const restored = script('scripts/db/restore.ts', ['--from', folder], { DATABASE_URL: target, UPLOAD_DIR: restoredPhotos });
      expect(restored.stderr).toBe('');
      expect(restored.status).toBe(0);

      // Restoring again over data is refused in one line, unless --replace.
      const again = script('scripts/db/restore.ts', ['--from', folder], { DATABASE_URL: target, UPLOAD_DIR: restoredPhotos });
      expect(again.status).toBe(1);
      expect(again.stderr).toBe('The target database already holds tables: restore into an empty database, or pass --replace to drop and recreate it.');

      for (const verify of ['scripts/audit-verify.ts', 'scripts/ledger-verify.ts']) {
        const checked = script(verify, [], { DATABASE_URL: target });
        expect(checked.status, `${verify}: ${checked.stderr}`).toBe(0);
        expect(checked.stdout).toMatch(/intact|verified|balanced/i);
      }

      const copy = createClient(target);
      try {
        const [sourceCounts, copyCounts] = await Promise.all(
          [db, copy].map(async (client) => [await client.tip.count(), await client.auditEvent.count(), await client.journalEntry.count(), await client.attachment.count()]),
        );
        expect(copyCounts).toEqual(sourceCounts);
        const photos = await copy.attachment.findMany({ where: { tipId: receipt.tipId }, select: { storageKey: true, sha256: true } });
        expect(photos).toHaveLength(2);
        const store = sealedStore(localFolderStore(restoredPhotos));
        for (const photo of photos) {
          const bytes = await store.get(photo.storageKey);
          expect((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex')).toBe(photo.sha256);
        }
      } finally {
        await copy.$disconnect();
      }
    } finally {
      await dropDatabase(target).catch(() => {});
    }
  });

  it('refuses in one line when pg_dump is older than the server or missing', () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'ee-pgbin-'));
    mkdirSync(path.join(bin, 'old'));
    writeFileSync(path.join(bin, 'old', 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 14.9"\n');
    chmodSync(path.join(bin, 'old', 'pg_dump'), 0o755);
    const old = script('scripts/db/backup.ts', ['--out', path.join(bin, 'out')], { PG_BIN_DIR: path.join(bin, 'old') });
    expect(old.status).toBe(1);
    expect(old.stdout).toBe('');
    expect(old.stderr).toMatch(/^pg_dump 14\.9 cannot back up PostgreSQL 15\.\d+: install pg_dump 15 or newer and set PG_BIN_DIR to its folder \(the embedded PostgreSQL of npm start has no pg_dump\)\.$/);

    const missing = script('scripts/db/backup.ts', ['--out', path.join(bin, 'out')], { PG_BIN_DIR: bin });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`pg_dump is not in PG_BIN_DIR (${bin}): point PG_BIN_DIR at a folder with the PostgreSQL client programs.`);
  });
});
