import { describe, expect, it } from 'vitest';
import { hanNameWords, speltInitials } from '@/lib/dedup/concepts';
import { translatedNames } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';

// Decision 0157: the words compound names are made of, translated, transliterated, in Hán-Việt and spelt as initials.
const f = textFeatures;
const words = (text: string) => [...f(text).concepts.concepts];

describe('compound-name vocabulary', () => {
  it('meets a name translated into another language', () => {
    expect(translatedNames(f('Sapphire Peacock casino in Bavet'), f('巴域蓝宝石孔雀娱乐城'))).toBe(true);
    expect(translatedNames(f('Khu Cầu Vồng ở Ream'), f('Rainbow compound at Ream'))).toBe(true);
  });

  it('reads a name spelt in Thai, Khmer, Korean or Burmese letters', () => {
    expect(words('คาสิโนคริสตัลใกล้ตลาด')).toContain('crystal');
    expect(words('ហ្គាឡាក់ស៊ី ឡានចូលទៀត')).toContain('galaxy');
    expect(words('갤럭시 단지에 갇혀 있음')).toContain('galaxy');
    expect(translatedNames(f('Crystal Whale hotel, Kampot'), f('คริสตัลวาฬ กำปอต'))).toBe(true);
  });

  it('reads a Chinese name by its longest name words and two Hán-Việt syllables that make one word as that word', () => {
    expect(hanNameWords('钻石湾')).toEqual(['diamond', 'bay']);
    expect(hanNameWords('银河城')).toEqual(['galaxy', 'city']);
    expect(words('sòng bạc Phượng Hoàng ở Bavet')).not.toContain('royal');
    expect(translatedNames(f('khu Ngân Hà ở Bavet'), f('Galaxy casino in Bavet'))).toBe(true);
    expect(translatedNames(f('khu Kình Vương ở Ream'), f('西港鲸凤园区'))).toBe(false);
    expect(translatedNames(f('khu Kình Vương ở Ream'), f('西港鲸王园区'))).toBe(true);
  });

  it('reads initials spelt letter by letter', () => {
    expect(speltInitials('ភីជី')).toBe('pg');
    expect(speltInitials('เอ็มแซด')).toBe('mz');
    expect(speltInitials('에이치제이')).toBe('hj');
    expect(speltInitials('ဂျေကေ')).toBe('jk');
    // Words that are letters but no name: ทีวี (TV), โอเค (OK), Korean 이유 ("reason").
    expect(speltInitials('ทีวี')).toBeNull();
    expect(speltInitials('โอเค')).toBeNull();
    expect(speltInitials('이유')).toBeNull();
    expect([...f('ភីជី ឡានក្រុងចូលយប់មិញ').names]).toContain('pg');
    expect([...f('PG Park again, vans tonight').names]).toContain('pg');
  });

  it('keeps a lead word shared alone from making two names one', () => {
    expect(translatedNames(f('Golden World casino, Poipet'), f('Dragon World hotel, Poipet'))).toBe(false);
    expect(translatedNames(f('Holiday Orchid hotel'), f('假日玫瑰酒店'))).toBe(false);
  });

  it('reads a name word that is also a common word only inside a name', () => {
    // "5-star" in running English and Vietnamese hoa hồng (a commission) name nothing.
    expect(words('we were told it was a five-star hotel job')).not.toContain('rose');
    expect(words('họ hứa trả hoa hồng cao')).not.toContain('rose');
    expect(words('公司在西港，我们每天工作')).not.toContain('king');
  });

  it('tells two rows of one estate apart', () => {
    expect(words('Jasmine borey row D, villas locked')).toContain('row:d');
    expect(words('Jasmine borey row D (not row F)')).not.toContain('row:f');
    expect(words('茉莉花园F排别墅')).toContain('row:f');
  });
});
