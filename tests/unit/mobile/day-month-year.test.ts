import { describe, expect, it } from 'vitest';
import { DMY_PATTERN, dayMonthYear, formatDayMonthYear, parseDayMonthYear } from '@/lib/dates/day-month-year';

describe('dates typed as DD/MM/YYYY (decision 0401)', () => {
  it('reads day first, with or without leading zeros, and the separators people type', () => {
    expect(parseDayMonthYear('05/01/2026')).toBe('2026-01-05'); // 5 January, not 1 May
    expect(parseDayMonthYear('5/1/2026')).toBe('2026-01-05');
    expect(parseDayMonthYear(' 31.12.2026 ')).toBe('2026-12-31');
    expect(parseDayMonthYear('29-02-2028')).toBe('2028-02-29'); // a leap year
  });

  it('still reads YYYY-MM-DD, from links and code written before', () => {
    expect(parseDayMonthYear('2026-03-14')).toBe('2026-03-14');
  });

  it('refuses what is not a day: month first, impossible days, two-digit years, words', () => {
    for (const text of ['02/30/2026', '31/04/2026', '29/02/2026', '00/01/2026', '12/13/2026', '1/1/26', 'yesterday', '', '2026-13-45', '2026-02-30']) {
      expect(parseDayMonthYear(text), text).toBeNull();
    }
  });

  it('shows an ISO day back as DD/MM/YYYY, and leaves what a person typed as it was', () => {
    expect(formatDayMonthYear('2026-03-14')).toBe('14/03/2026');
    expect(formatDayMonthYear('14/3/2026')).toBe('14/3/2026');
    expect(formatDayMonthYear(undefined)).toBe('');
  });

  it('is a schema giving YYYY-MM-DD, or the message key it was given', () => {
    const schema = dayMonthYear('consolePhone.dateInvalid');
    expect(schema.parse('14/03/2026')).toBe('2026-03-14');
    expect(schema.parse(new Date('2026-03-14T00:00:00Z'))).toBe('2026-03-14');
    const refused = schema.safeParse('30/02/2026');
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe('consolePhone.dateInvalid');
  });

  it('gives the field a pattern browsers accept (they compile it with the v flag) that matches what the parser reads', () => {
    const pattern = new RegExp(`^(?:${DMY_PATTERN})$`, 'v');
    for (const text of ['14/03/2026', '5/1/2026', '31.12.2026', '2026-03-14']) expect(pattern.test(text), text).toBe(true);
    for (const text of ['14/03/26', 'March 14', '']) expect(pattern.test(text), text).toBe(false);
  });
});
