import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { scorePair } from '@/lib/dedup/score-pair';
import { translator } from '@/lib/i18n/translate';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0168. Every text here is invented for the test.
const tip = tipsNear(11.55, 104.93);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('the towers and phases of one estate (0168)', () => {
  it('reads a tower’s letter in every script, as a row’s', () => {
    for (const text of ['Lotus Garden Tower C, 20th floor', 'Lotus Garden Building C', 'ខុនដូ Lotus Garden អគារ C', 'ខុនដូ Lotus Garden ប៉ម C', 'Lotus Garden တိုက် C အထပ် ၂၀', 'Lotus Garden ตึก C', 'Lotus Garden tòa C', '莲花园C栋', 'Lotus Garden C동', 'Lotus Garden C座', 'gedung C Lotus Garden', 'menara C Lotus Garden']) {
      expect(conceptsOf(text), text).toContain('row:c');
    }
  });

  it('tells two towers of one named complex apart, however near the pins, and keeps one tower together', () => {
    const towerC = tip('My cousin is held in Lotus Garden condo, Tower C, 22nd floor. The boss is Chinese.', 0);
    const towerE = tip('ខុនដូ Lotus Garden អគារ E ជាន់១០ ក្រុមវៀតណាមជួលបន្ទប់ ១២', 60);
    const alsoC = tip('Lotus Garden ตึก C ชั้น ๒๒ หลานชายถูกขัง', 60);
    expect(reasonCodes(towerC, towerE)).toContain('other_building_number');
    expect(scorePair(towerC, towerE).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    expect(scorePair(towerC, alsoC).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads a borey’s phase in every script, and not the phase a tip says it is not', () => {
    for (const [text, phase] of [
      ['Borey Mekong View phase 2, the row by the gate', 'phase:2'],
      ['borey Mekong View giai đoạn 2', 'phase:2'],
      ['perumahan Mekong View tahap 3', 'phase:3'],
      ['บอเรย์ Mekong View เฟส 3', 'phase:3'],
      ['បុរី Mekong View ដំណាក់កាលទី៣', 'phase:3'],
      ['湄公景花园二期', 'phase:2'],
      ['메콩뷰 2단지', 'phase:2'],
      ['Mekong View အဆင့် ၂', 'phase:2'],
    ] as const) {
      expect(conceptsOf(text), text).toContain(phase);
    }
    expect(conceptsOf('បុរី Mekong View ដំណាក់កាលទី៣ មិនមែនជួរផ្ទះល្វែង phase 2 ទេ')).not.toContain('phase:2');
  });

  it('tells two phases of one borey apart, and keeps one phase together across scripts', () => {
    const two = tip('Borey Mekong View phase 2: a row of shophouses joined together, silver window film, guards at the gate', 0);
    const three = tip('បុរី Mekong View ដំណាក់កាលទី៣ វីឡាទ្វារដែកពណ៌ខៀវ មានគេឃុំមនុស្ស', 150);
    const alsoTwo = tip('湄公景花园二期那一排打通的商铺, 门口有保安', 150);
    expect(reasonCodes(two, three)).toContain('other_building_number');
    expect(reasonCodes(two, alsoTwo)).not.toContain('other_building_number');
    expect(scorePair(two, alsoTwo).reasons).toContainEqual({ code: 'same_row', rows: ['2'], weight: 0.15 });
  });

  it('holds one row of a borey together across scripts, and says which in the officer’s language', () => {
    const khmer = tip('បុរី Sun Garden ជួរ C ទាំងមូល ចិនជួល ដាក់ដែកបង្អួចគ្រប់ជាន់', 0);
    const korean = tip('선가든 C열', 290);
    const otherRow = tip('선가든 D열', 290);
    const same = scorePair(khmer, korean);
    expect(same.reasons.find((reason) => reason.code === 'same_row')).toEqual({ code: 'same_row', rows: ['C'], weight: 0.15 });
    expect(same.score).toBeGreaterThan(scorePair(khmer, otherRow).score + 0.5);
    const message = reasonMessage({ code: 'same_row', rows: ['C'], weight: 0.15 });
    expect(translator('en')(message.key, message.vars)).toBe('Same house, gate, block, row or phase: C');
    expect(translator('km')(message.key, message.vars)).toBe('ផ្ទះ ទ្វារ ប្លុក ជួរ ឬដំណាក់កាលដូចគ្នា៖ C');
  });
});

describe('what stands behind the place is the neighbour’s (0168)', () => {
  it('reads a Khmer "at the back of" the casino as the casino the place is behind, with its roof', () => {
    const behind = conceptsOf('អគារ ៦ ជាន់ បង្អួចពណ៌បៃតង នៅក្រោយកាស៊ីណូដំបូលមាស');
    expect(behind).toEqual(expect.arrayContaining(['other:casino', 'other:gold', 'green']));
    expect(behind).not.toContain('gold');
    expect(behind).not.toContain('roof:gold');
  });

  it('reads a marked Vietnamese roof colour behind a casino as the casino’s, and an unmarked one on the tip’s own building as its own', () => {
    const behind = conceptsOf('tòa 6 tầng cửa sổ xanh lá phía sau sòng bạc mái vàng');
    expect(behind).toContain('other:yellow');
    expect(behind).not.toContain('yellow');
    expect(behind).not.toContain('roof:yellow');
    expect(conceptsOf('toa nha mau vang 5 tang, mai do')).toEqual(expect.arrayContaining(['yellow', 'red', 'roof:red']));
    expect(conceptsOf('phia sau song bac mai vang')).not.toContain('yellow');
  });
});

describe('the capital’s districts (0168)', () => {
  it('reads Prek Pnov, Russey Keo, Stung Meanchey and Por Senchey in Latin and Khmer letters', () => {
    for (const [texts, id] of [
      [['compound by the river in Prek Pnov', 'នៅព្រែកព្នៅ មាត់ទន្លេ', 'ပရက်ပနော့ မြစ်ကမ်းဘေး'], 'prek pnov'],
      [['Russey Keo factory road', 'រោងចក្រនៅឫស្សីកែវ'], 'russey keo'],
      [['borey in Stung Meanchey', 'បុរីនៅស្ទឹងមានជ័យ'], 'mean chey'],
      [['Por Senchey shoe factory', 'រោងចក្រនៅពោធិ៍សែនជ័យ'], 'por senchey'],
    ] as const) {
      for (const text of texts) expect(conceptsOf(text), text).toContain(id);
    }
    // A province's name is not the district's: Banteay Meanchey is not Mean Chey.
    expect(conceptsOf('បន្ទាយមានជ័យ')).not.toContain('mean chey');
  });

  it('gives two tips in one district that district in common, and two districts of the capital no other town', () => {
    const latin = tip('Prek Pnov by the river, compound with tall zinc fence, buses at night', 0);
    const burmese = tip('ပရက်ပနော့ မြစ်ကမ်းဘေး သွပ်ခြံစည်းရိုးမြင့် ဝင်းထဲ မြန်မာ ၁၅ ယောက်', 120);
    const concepts = scorePair(latin, burmese).reasons.find((reason) => reason.code === 'concepts');
    expect(concepts && 'concepts' in concepts ? concepts.concepts : []).toContain('prek pnov');
    expect(reasonCodes(tip('warehouse in Russey Keo with a blue roof', 0), tip('warehouse in Por Senchey with a blue roof', 9_000))).not.toContain('other_town');
  });
});
