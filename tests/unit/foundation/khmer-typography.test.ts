/**
 * Khmer typography of the whole catalogue (issue 11, drive report item 22): a space between a
 * number and a Khmer word ("6 ខ្ទង់", not "6ខ្ទង់"), "៖" after a label, not ":", and one word
 * each for police and the inbox, so a resident and an officer meet the same names everywhere.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '@/lib/i18n/catalogue';
import { translator } from '@/lib/i18n/translate';

/** Khmer letters, vowel signs and marks; not "។", "៖" or "៛" (U+17D4 onwards), which may touch a digit. */
const KHMER_LETTER = '[\\u1780-\\u17D3\\u17DD]';
const GLUED_DIGIT = new RegExp(`${KHMER_LETTER}[0-9#]|[0-9#]${KHMER_LETTER}|${KHMER_LETTER}\\{|\\}${KHMER_LETTER}`);
const LATIN_COLON = /[\u1780-\u17FF]\s*:/;

/** Deliberate exceptions, with why. None yet: add `namespace.key` here only with a reason. */
const EXCEPTIONS: Record<string, string> = {};

const khmerMessages = Object.entries(CATALOGUE).flatMap(([namespace, { messages }]) =>
  Object.entries((messages as Record<string, Record<string, string> | undefined>).km ?? {}).map(([key, text]) => ({ id: `${namespace}.${key}`, text })),
);

describe('Khmer catalogue typography', () => {
  it('has Khmer messages to check', () => {
    expect(khmerMessages.length).toBeGreaterThan(500);
  });

  it('never glues a number (or a placeholder) to a Khmer word', () => {
    const glued = khmerMessages.filter(({ id, text }) => !(id in EXCEPTIONS) && GLUED_DIGIT.test(text)).map(({ id, text }) => `${id}: ${text}`);
    expect(glued).toEqual([]);
  });

  it('writes "៖", not ":", after Khmer text', () => {
    const colons = khmerMessages.filter(({ id, text }) => !(id in EXCEPTIONS) && LATIN_COLON.test(text)).map(({ id, text }) => `${id}: ${text}`);
    expect(colons).toEqual([]);
  });

  it('says police and inbox one way', () => {
    expect(khmerMessages.filter(({ text }) => text.includes('ប៉ូលិស')).map(({ id }) => id)).toEqual([]);
    // The inbox is "ប្រអប់ព័ត៌មាន" (the navigation's word); "ប្រអប់សារ" (mailbox) and "ប្រអប់សំបុត្រ" (the demo mailbox) are other things.
    const en = (id: string) => {
      const [namespace, ...rest] = id.split('.');
      return ((CATALOGUE as Record<string, { messages: Record<string, Record<string, string>> }>)[namespace!]!.messages.en ?? {})[rest.join('.')] ?? '';
    };
    const inboxElsewhere = khmerMessages.filter(({ id, text }) => /\binbox\b/i.test(en(id)) && !text.includes('ប្រអប់ព័ត៌មាន')).map(({ id, text }) => `${id}: ${text}`);
    expect(inboxElsewhere).toEqual([]);
  });

  it('the checks bite', () => {
    expect(GLUED_DIGIT.test('រៀងរាល់30វិនាទី')).toBe(true);
    expect(GLUED_DIGIT.test('ចាក់សោ{minutes}នាទី')).toBe(true);
    expect(GLUED_DIGIT.test('រៀងរាល់ 30 វិនាទី។')).toBe(false);
    expect(LATIN_COLON.test('នគរបាល: 117')).toBe(true);
    expect(LATIN_COLON.test('នគរបាល៖ 117')).toBe(false);
  });

  it('a label and its value take "៖" in Khmer and ":" in English', () => {
    expect(translator('km')('report.labelValue', { label: translator('km')('report.emergency_police'), value: '117' })).toBe('នគរបាល៖ 117');
    expect(translator('en')('report.labelValue', { label: 'Police', value: '117' })).toBe('Police: 117');
  });
});
