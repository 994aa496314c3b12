/**
 * Every database enum a person reads has one label per value in the `enums` namespace, in
 * every language of its audience, and no other namespace labels those values again (decision
 * 0861): copies that drift apart ("Scam compound" here, "A suspected scam compound" there)
 * cannot come back.
 */
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@/lib/audit/actions';
import * as PrismaEnums from '@/lib/db/generated/enums';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import { enumLabel, type LabelledEnum, RESIDENT_ENUMS } from '@/lib/i18n/enums';
import { RESIDENT_LOCALES, STAFF_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translate';

// A Record over LabelledEnum: adding an enum to the helper's type without listing it here fails typecheck.
const LABELLED: Record<LabelledEnum, true> = {
  TipCategory: true, TimeOfDay: true, StaffRole: true, TipStatus: true, Priority: true, LocationSource: true, CaseStatus: true,
  RewardState: true, PayoutMethod: true, JournalKind: true, AlertKind: true, AlertChannel: true, AlertState: true, AnswerKind: true,
  AuditAction: true,
};

/** Labelled catalogues that live in code rather than in the schema, with their values (decision 0870). */
const CODE_ENUMS: Record<string, readonly string[]> = { AuditAction: AUDIT_ACTIONS };

/** Enums no page shows as a label, and why. A new enum in the schema must be put in one list or the other. */
const NOT_SHOWN: Record<string, string> = {
  MessageDirection: 'messages read "Police" / "You" from the mailbox texts',
  Currency: 'amounts are formatted by formatters(locale).money, which names the currency',
  LedgerAccountKind: 'ledger accounts are shown by their code',
};

/** Per-value sentences, not labels: a subject and body per alert kind, next steps per role. */
const PER_VALUE_SENTENCES = ['alerts.subject_', 'alerts.body_', 'console.next'];

const prismaEnums = Object.entries(PrismaEnums).filter(([, value]) => typeof value === 'object') as [string, Record<string, string>][];
const messages = CATALOGUE.enums.messages as Record<string, Record<string, string> | undefined>;
/** Every labelled enum with its values, from the schema or from code. */
const labelled: [string, readonly string[]][] = [
  ...prismaEnums.filter(([name]) => name in LABELLED).map(([name, values]): [string, readonly string[]] => [name, Object.values(values)]),
  ...Object.entries(CODE_ENUMS),
];

describe('enum labels', () => {
  it('every enum in the schema is either labelled or listed as not shown', () => {
    expect(prismaEnums.length).toBeGreaterThan(10);
    for (const [name] of prismaEnums) expect(name in LABELLED || name in NOT_SHOWN, `${name}: label it in messages/enums.ts or say why not`).toBe(true);
    for (const name of Object.keys(LABELLED)) expect([...prismaEnums.map(([prismaName]) => prismaName), ...Object.keys(CODE_ENUMS)]).toContain(name);
  });

  for (const [name, values] of labelled) {
    const locales = (RESIDENT_ENUMS as readonly string[]).includes(name) ? RESIDENT_LOCALES : STAFF_LOCALES;
    it(`${name}: one label per value in ${locales.join(', ')}, and no label for a value that does not exist`, () => {
      for (const locale of locales) {
        const own = Object.keys(messages[locale] ?? {}).filter((key) => key.startsWith(`${name}.`)).sort();
        expect(own, `${name} in ${locale}`).toEqual(values.map((value) => `${name}.${value}`).sort());
        for (const key of own) expect(messages[locale]![key]!.trim()).not.toBe('');
      }
    });
  }

  it('nothing but labelled enums lives in the enums namespace', () => {
    for (const locale of RESIDENT_LOCALES) {
      for (const key of Object.keys(messages[locale] ?? {})) expect(Object.keys(LABELLED)).toContain(key.split('.')[0]);
    }
  });

  it('no other namespace labels every value of an enum again', () => {
    const copies: string[] = [];
    for (const [namespace, { messages: byLocale }] of Object.entries(CATALOGUE)) {
      if (namespace === 'enums') continue;
      const keys = Object.keys((byLocale as Record<string, Record<string, string>>).en ?? {});
      for (const [name, values] of labelled) {
        const first = values[0]!;
        // Every key naming the first value is a candidate prefix ("status_", "tipStatus.", "role").
        for (const key of keys.filter((candidate) => candidate.endsWith(first))) {
          const prefix = key.slice(0, -first.length);
          if (PER_VALUE_SENTENCES.includes(`${namespace}.${prefix}`)) continue;
          if (values.every((value) => keys.includes(`${prefix}${value}`))) copies.push(`${namespace}.${prefix}* labels ${name}`);
        }
      }
    }
    expect(copies).toEqual([]);
  });

  it('enumLabel reads the one label, in the page language', () => {
    expect(enumLabel(translator('en'), 'TipStatus', 'CLOSED_DUPLICATE')).toBe('Closed: duplicate');
    expect(enumLabel(translator('km'), 'StaffRole', 'OFFICER')).toBe('មន្ត្រីនគរបាល');
    expect(enumLabel(translator('zh'), 'TimeOfDay', 'NIGHT')).toBe('夜间');
    expect(enumLabel(translator('en'), 'AuditAction', 'tip.viewed')).toBe('Tip viewed');
    expect(enumLabel(translator('km'), 'AuditAction', 'tip.viewed')).toBe('បានមើលព័ត៌មាន');
  });
});
