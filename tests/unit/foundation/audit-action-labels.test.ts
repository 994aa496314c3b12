/**
 * Every audit action the code writes or looks for is in the one catalogue
 * (lib/audit/actions.ts) and has a label in the console's languages, so the audit page never
 * shows a raw name to a reader (decision 0870). The type of recordAuditEvent already refuses an
 * unknown action; this also catches the ones a query, raw SQL or a cast names as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import { STAFF_LOCALES } from '@/lib/i18n/locales';

// `action: 'tip.viewed'`, `audit: 'case.merged'`, `action = 'staff.updated'`, SQL `e.action = 'tip.status_changed'`.
const NAMED = /\b(?:action|audit)\b\s*(?::|===?|=)\s*'([a-z]+\.[a-z_]+)'/g;
const ROOTS = ['lib', 'app', 'scripts'];
const SKIP = new Set(['lib/db/generated', 'lib/i18n/messages']);

function sources(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function namedActions(text: string): string[] {
  return [...text.matchAll(NAMED)].map((match) => match[1]!);
}

const written = ROOTS.flatMap(sources).flatMap((file) => namedActions(readFileSync(file, 'utf8')).map((action) => ({ file, action })));
const labels = CATALOGUE.enums.messages as Partial<Record<string, Record<string, string>>>;

describe('audit action labels', () => {
  it('finds the actions the code names, in every shape it names them', () => {
    expect(namedActions(`recordAuditEvent(tx, { actor, action: 'tip.viewed' }); const move = { audit: 'case.merged' }; action = 'staff.updated'; WHERE e.action = 'tip.status_changed'`))
      .toEqual(['tip.viewed', 'case.merged', 'staff.updated', 'tip.status_changed']);
    // Not an action: a message key or a permission next to the word.
    expect(namedActions(`t('audit.action'); { permission: 'audit.read' }`)).toEqual([]);
    // The scan reaches the code: most of the catalogue is written somewhere.
    expect(new Set(written.map(({ action }) => action)).size).toBeGreaterThan(AUDIT_ACTIONS.length - 5);
  });

  it('every action written anywhere is in the catalogue and labelled in Khmer and English', () => {
    const missing: string[] = [];
    for (const { file, action } of written) {
      if (!(AUDIT_ACTIONS as readonly string[]).includes(action)) missing.push(`${file}: ${action} is not in lib/audit/actions.ts`);
      for (const locale of STAFF_LOCALES) {
        if (!labels[locale]?.[`AuditAction.${action}`]?.trim()) missing.push(`${file}: ${action} has no ${locale} label in lib/i18n/messages/enums.ts`);
      }
    }
    expect(missing).toEqual([]);
  });
});
