import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0167. Every text here is invented for the test.
const tip = tipsNear(13.74, 107.0);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];
const namesIn = (text: string) => nativeNames(text).map((name) => name.text);

describe('the side of the road or of a landmark (0167)', () => {
  it('reads left and right, and the four directions, in every script', () => {
    for (const text of ['new concrete wall on the left side of the plantation road', 'tường mới bên trái đường', 'tembok baru di kiri jalan', 'របងថ្មី ខាងឆ្វេងផ្លូវ', '路左边新围墙', 'กำแพงใหม่ด้านซ้าย', '길 왼쪽 새 담', 'လမ်း ဘယ်ဘက် တံတိုင်းသစ်']) {
      expect(conceptsOf(text), text).toContain('side:left');
    }
    for (const text of ['sheds south of the sluice gate', 'nhà kho phía nam cống nước', 'gudang sebelah selatan pintu air', 'ឃ្លាំងខាងត្បូងទ្វារទឹក', '水闸南边的仓库', 'โกดังทิศใต้ประตูน้ำ', '수문 남쪽 창고', 'ရေတံခါး တောင်ဘက် ဂိုဒေါင်']) {
      expect(conceptsOf(text), text).toContain('dir:south');
    }
    // "Left" as a verb and "right" as "now" are no side.
    expect(conceptsOf('the workers left the plantation right after the raid').filter((id) => id.includes(':'))).toEqual([]);
  });

  it('tells two compounds on one road apart when one is on the left and the other on the right', () => {
    const left = tip('ផ្លូវចម្ការកៅស៊ូ គីឡូ ៧ ខាងឆ្វេង ផ្ទះកម្មករដំបូលស័ង្កសី មានប៉មយាម', 0);
    const right = tip('ရော်ဘာခြံ လမ်း ညာဘက် ကွန်ကရစ် တံတိုင်း ခွေးများ၊ ကင်းမျှော်စင်', 150);
    const sameSide = tip('ရော်ဘာခြံ လမ်း ဘယ်ဘက် သွပ်မိုး တန်းလျား ကင်းမျှော်စင်', 150);
    expect(reasonCodes(left, right)).toContain('other_side');
    expect(reasonCodes(left, sameSide)).not.toContain('other_side');
    expect(scorePair(left, right).score).toBeLessThan(scorePair(left, sameSide).score - 0.15);
  });

  it('tells north of a landmark from south of it, across languages', () => {
    const north = tip('茶胶运河大堤上，水闸北边的旧碾米厂，发电机整夜响', 0);
    const south = tip('Dãy nhà phố kính đen phía nam cống nước, trên bờ đê', 200);
    expect(reasonCodes(north, south)).toContain('other_side');
  });

  it('reads the side of the place a tip says it is not about as that place’s, not the tip’s own', () => {
    const notLeft = tip('Bên phải đường lô cao su, tường bê tông mới. Không phải dãy nhà mái tôn bên trái.', 0);
    expect(conceptsOf('Bên phải đường lô cao su, tường bê tông mới. Không phải dãy nhà mái tôn bên trái.')).not.toContain('side:left');
    const right = tip('tembok beton baru di kanan jalan kebun karet, banyak anjing', 200);
    const left = tip('ផ្លូវចម្ការកៅស៊ូ ខាងឆ្វេង ផ្ទះកម្មករចាស់', 200);
    expect(reasonCodes(notLeft, right)).not.toContain('other_side');
    expect(reasonCodes(notLeft, left)).toContain('other_side');
  });

  it('does not part two tips when one gives both sides of its own place', () => {
    const both = tip('two gates, one on the left side and one on the right side of the dike road', 0);
    expect(reasonCodes(both, tip('warehouse on the left side of the dike road', 100))).not.toContain('other_side');
    expect(reasonCodes(both, tip('warehouse on the right side of the dike road', 100))).not.toContain('other_side');
  });

  it('does not part left from north: they are not opposite', () => {
    expect(reasonCodes(tip('warehouse on the left side of the dike road', 0), tip('warehouse north of the dike', 100))).not.toContain('other_side');
  });
});

describe('rural landmarks and places, in every script (0167)', () => {
  it('reads dikes, sluice gates, ferry landings, cane and cassava fields, bungalows and pines', () => {
    expect(conceptsOf('old mill on the canal dike by the sluice gate')).toEqual(expect.arrayContaining(['dike', 'sluice']));
    expect(conceptsOf('រោងកិនលើទំនប់ ជិតទ្វារទឹក')).toEqual(expect.arrayContaining(['dike', 'sluice']));
    expect(conceptsOf('大堤上水闸旁边')).toEqual(expect.arrayContaining(['dike', 'sluice']));
    expect(conceptsOf('KS vàng trên bến phà')).toEqual(expect.arrayContaining(['hotel', 'boat']));
    expect(conceptsOf('上丁渡口那栋旅馆')).toEqual(expect.arrayContaining(['hotel', 'boat']));
    // Beside the landing, the landing is the landmark's, as "near the ferry" and ក្បែរកំពង់ចម្លង are (0171).
    expect(conceptsOf('渡口旁边的旅馆')).toEqual(expect.arrayContaining(['hotel', 'other:boat']));
    expect(conceptsOf('ដីចម្ការអំពៅចាស់')).toContain('sugarcane');
    expect(conceptsOf('bekas kebun tebu')).toContain('sugarcane');
    expect(conceptsOf('behind the cassava depot')).toContain('cassava');
    expect(conceptsOf('木薯收购站后面')).toContain('cassava');
    expect(conceptsOf('방갈로 리조트, 소나무 숲')).toEqual(expect.arrayContaining(['bungalow', 'pine forest', 'resort']));
    // An orange door (ទ្វារ + ទឹកក្រូច) is no sluice gate (ទ្វារទឹក); Chbar Ampov, a district of Phnom Penh, is no cane field.
    expect(conceptsOf('វីឡាទ្វារទឹកក្រូច')).toEqual(expect.arrayContaining(['villa', 'orange', 'gate:orange']));
    expect(conceptsOf('វីឡាទ្វារទឹកក្រូច')).not.toContain('sluice');
    expect(conceptsOf('អគារចិន នៅច្បារអំពៅ')).not.toContain('sugarcane');
  });

  it('reads the rural places by their names in every script, and a province shortened to its initial', () => {
    for (const text of ['resort near Kirirom', 'រមណីយដ្ឋានក្បែរគិរីរម្យ', '키리롬 리조트', '基里隆的度假村']) expect(conceptsOf(text), text).toContain('kirirom');
    for (const text of ['lodge at Yeak Laom lake', 'បឹងយក្សឡោម', '약롬 호수', '亚克隆湖边']) expect(conceptsOf(text), text).toContain('yeak laom');
    for (const text of ['blue factory K.Chhnang', 'warehouse in Kg. Chhnang', 'ကမ်ပေါင်ချနန် မြစ်ဆိပ်']) expect(conceptsOf(text), text).toContain('kampong chhnang');
    expect(conceptsOf('container camp at Thpong')).toContain('thpong');
    expect(conceptsOf('ថ្ពង កុងតឺន័រ')).toContain('thpong');
  });

  it('reads a Khmer kilometre post written without "metre"', () => {
    expect(conceptsOf('ផ្លូវចម្ការកៅស៊ូ ហួសគីឡូ ៦ បន្តិច')).toContain('km:6');
    expect(conceptsOf('ផ្លូវចម្ការកៅស៊ូ គីឡូម៉ែត្រទី ៦')).toContain('km:6');
  });

  it('does not take a Korean word for "old" before a resort for its name', () => {
    expect(namesIn('라타나키리 약롬 호수 근처 옛날 리조트에 갇혀 있어요')).not.toContain('옛날');
    const short = tip('약롬 리조트 오늘 차 2대', 0);
    const long = tip('라타나키리 약롬 호수 근처 옛날 리조트예요. 한국인 3명 있어요', 300);
    expect(reasonCodes(short, long)).not.toContain('names_differ');
    expect(scorePair(short, long).reasons.find((reason) => reason.code === 'concepts')).toMatchObject({ concepts: expect.arrayContaining(['yeak laom', 'resort']) });
  });
});

describe('counts are no names (0167)', () => {
  it('does not read a Khmer floor count glued to its number as a name', () => {
    expect(nativeNames('វីឡា ៣ជាន់ ច្រើនខ្នង ព័ទ្ធលួសបន្លា')).toEqual([]);
    // Two floor counts that differ are another floor count, not a name in common.
    const three = tip('វីឡា ៣ជាន់ ច្រើនខ្នង មានសូឡាលើដំបូល', 0);
    const six = tip('អតីតសណ្ឋាគារ ៦ជាន់ ដំបូលទឹកក្រូច ឆ្មាំស្លៀកខៀវ', 300);
    expect(reasonCodes(three, six)).toContain('other_floors');
    expect(reasonCodes(three, six)).not.toContain('script_names');
  });

  it('reads a Khmer villa or house "only one" as one building, against three joined', () => {
    expect(conceptsOf('ផ្លូវ៦ វីឡាតែមួយ ទ្វារខៀវ')).toContain('buildings:1');
    expect(reasonCodes(tip('ផ្លូវ៦ ខាងលិច វីឡា៣ជាប់គ្នា', 0), tip('ផ្លូវ៦ វីឡាតែមួយ ទ្វារខៀវ', 300))).toContain('other_buildings');
  });
});

describe('areas every compound in them gives, and pronouns, are no names (0167)', () => {
  it('does not read the Khmer "I" after "name" ("do not tell my name") as a name', () => {
    const names = namesIn('អគារពណ៌ស ៧ជាន់ គេហៅថា សួនផ្កាខៀវ។ សូមកុំប្រាប់ឈ្មោះខ្ញុំ។');
    expect(names).toContain('សួនផ្កាខៀវ');
    expect(names).not.toContain('ខ្ញុំ');
  });

  it('weighs Koh Dach, Tonle Bet and a Chip Mong mall as the area they are, not as a compound’s name', () => {
    expect(conceptsOf('ตึกกระจกฟ้า ๔ ชั้น เกาะดาจ')).toContain('koh dach');
    expect(conceptsOf('resort on Koh Dach island')).toContain('koh dach');
    expect(conceptsOf('ទន្លេបិទ ជិតផ្លូវ៧')).toContain('tonle bet');
    expect(conceptsOf('behind Chip Mong 271')).toContain('chip mong');
    // A glass tower and a green-roofed resort on one island share its name and nothing of the place.
    const tower = tip('ตึกกระจกฟ้า ๔ ชั้น เกาะดาจ', 0);
    const resort = tip('the riverside resort with green roofs on Koh Dach, guards with radios', 400);
    expect(reasonCodes(tower, resort)).not.toContain('script_names');
    expect(scorePair(tower, resort).score).toBeLessThan(0.5);
  });
});

describe('an emoji before the description (0167)', () => {
  it('reads the text after it as the tip’s own place, as without the emoji', () => {
    // The negated part was cut by code point against a string indexed by UTF-16 unit: after 🙏 every word was "not".
    expect(conceptsOf('🙏 toa nha trang 8 tang sau cay xang Caltex')).toEqual(conceptsOf('toa nha trang 8 tang sau cay xang Caltex'));
    expect(conceptsOf('😭 gedung putih 8 lantai')).not.toContain('other:white');
    expect(conceptsOf('😭 not the white building, the blue one')).toEqual(expect.arrayContaining(['other:white', 'blue']));
  });
});
