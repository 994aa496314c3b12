import { describe, expect, it } from 'vitest';
import { evalCategory } from '@/lib/dedup/evaluate-dedup';

// Decision 0135: a set's category label is read as the intake category a resident would pick.
describe('category labels of a labelled set', () => {
  it('reads a recruitment tip as about a recruiter, so the people rule of score-pair applies', () => {
    expect(evalCategory('RECRUITMENT')).toBe('RECRUITER');
    expect(evalCategory('recruiting')).toBe('RECRUITER');
  });

  it('keeps the exact codes and the older aliases, and reads anything else as OTHER', () => {
    expect(evalCategory('SCAM_COMPOUND')).toBe('SCAM_COMPOUND');
    expect(evalCategory('trafficking')).toBe('PERSON_HELD');
    expect(evalCategory('money mule')).toBe('MONEY_MULE');
    expect(evalCategory('weather')).toBe('OTHER');
  });
});
