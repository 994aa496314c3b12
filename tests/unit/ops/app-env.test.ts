import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMailbox } from '@/lib/alerts/dev/mail-catcher';
import { loadEnv } from '@/lib/env';
import { appEnvironment } from '@/scripts/lib/app-env';

describe('the server npm start spawns', () => {
  it('keeps demo mode on an embedded database and reads the mailbox the catcher writes, whatever its working directory', () => {
    // What `npm start` sees on a fresh clone: no DATABASE_URL, no NODE_ENV, no DEMO_MODE.
    const launcher = loadEnv({ DEMO_MAILBOX_DIR: '.data/demo-mailbox-test' });
    expect(launcher.DEMO_MODE).toBe(true);
    const server = loadEnv(appEnvironment(launcher, { databaseUrl: 'postgresql://postgres@127.0.0.1:54329/eyes', url: 'http://localhost:3000', development: false, base: {} }));
    expect(server.NODE_ENV).toBe('production');
    expect(server.DEMO_MODE).toBe(true);
    expect(server.DEMO_MAILBOX_DIR).toBe(path.resolve('.data/demo-mailbox-test'));

    const dir = mkdtempSync(path.join(tmpdir(), 'demo-mailbox-'));
    writeFileSync(path.join(dir, '1-0.json'), JSON.stringify({ id: '1-0', to: ['a@b.c'], from: '', subject: 'Urgent tip', text: '', receivedAt: '2026-12-03T10:00:00.000Z' }));
    const relative = path.relative(process.cwd(), dir);
    const fromElsewhere = loadEnv(appEnvironment(loadEnv({ DEMO_MAILBOX_DIR: relative }), { databaseUrl: 'postgresql://x@y/z', url: 'http://localhost:3000', development: false, base: {} }));
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      expect(readMailbox(fromElsewhere.DEMO_MAILBOX_DIR).map((mail) => mail.subject)).toEqual(['Urgent tip']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('leaves demo mode off when the operator turned it off', () => {
    const server = loadEnv(appEnvironment(loadEnv({ DEMO_MODE: 'false' }), { databaseUrl: 'postgresql://x@y/z', url: 'http://localhost:3000', development: false, base: {} }));
    expect(server.DEMO_MODE).toBe(false);
  });
});
