import { describe, expect, it } from 'vitest';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0181. Every text here is invented for the test.
const tip = tipsNear(11.6, 104.87);

describe('the make of a car is no name of the place (0181)', () => {
  it('reads a Lexus, an Alphard or a Toyota Hiace as no name', () => {
    expect([...textFeatures('Every night a black Lexus and a white Alphard stop at the Golden Sun villas').names]).toEqual(['golden', 'sun']);
    expect([...textFeatures('Toyota Hiace vans bring people to Golden Sun at 2am').names]).toEqual(['golden', 'sun']);
  });

  it('meets the place by its name when one tip also names the car', () => {
    const one = tip('Golden Sun villas in Sen Sok: the boss comes every evening in a Lexus, guards at the gate', 0);
    const other = tip('Golden Sun villa compound, Sen Sok, the boss is called Wang Lei, people cannot leave', 150);
    expect(reasonCodes(one, other)).toContain('names');
    expect(reasonCodes(one, other)).not.toContain('names_differ');
  });
});

describe('a Latin name right after Khmer ជាប់ or Thai ติด, ข้าง ("next to") is a landmark (0181)', () => {
  it('reads the name after the word as the neighbour, not the place', () => {
    const khmer = textFeatures('បុរី Star City វីឡា A12 ជាប់ Lucky Star មានឡានចូលយប់');
    expect([...khmer.names]).not.toContain('lucky');
    expect([...khmer.landmarks]).toContain('lucky');
    expect([...textFeatures('ตึกใหม่ติด Golden Sun มีคนไทยถูกขัง').landmarks]).toEqual(['golden', 'sun']);
  });

  it('keeps the name after ជាប់ឃុំនៅ ("held at"), which is the place', () => {
    const held = textFeatures('ប្អូនខ្ញុំជាប់ឃុំនៅ Golden Sun ៣ខែហើយ');
    expect([...held.names]).toEqual(['golden', 'sun']);
    expect([...held.landmarks]).toEqual([]);
  });

  it('does not meet the neighbour a tip says it is next to', () => {
    const starCity = tip('បុរី Star City វីឡា A12 ជាប់ Lucky Star មានឡានចូលយប់', 0);
    const luckyStar = tip('Lucky Star borey, red gate, about 40 people inside', 200);
    expect(reasonCodes(starCity, luckyStar)).not.toContain('names');
  });
});
