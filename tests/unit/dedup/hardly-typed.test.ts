import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.53, 104.95);
const reading = (text: string) => {
  const features = conceptFeatures(text);
  return { concepts: [...features.concepts].sort(), floors: [...features.floors] };
};

// Decision 0210: what blind-41's writers (people who hardly type) showed the reader could not read.
describe('tips typed by people who hardly type (decision 0210)', () => {
  it('reads Khmer written in Latin letters as the Khmer it spells', () => {
    // "A white four-storey building, green gate": the same words in Khmer letters and as Cambodians text them.
    expect(reading('agar sor 4 chan tvea beitong')).toEqual(reading('អគារពណ៌ស ៤ជាន់ ទ្វារធំពណ៌បៃតង'));
    expect(reading('agar sor 4 chan tvea beitong').floors).toEqual([4]);
    // "The old casino with the red roof", "a blue-glass hotel".
    expect(reading('kasino chas dambol krohom')).toEqual(reading('កាស៊ីណូចាស់ ដំបូលក្រហម'));
    expect(reading('sonthakea kanhchok khiev').concepts).toEqual(expect.arrayContaining(['hotel', 'glass', 'blue']));
    // A man called Chan is no floor count; nor is Ta Khmau (khmau, "black") a colour.
    expect(reading('a broker called Chan at the market').floors).toEqual([]);
    expect(reading('kasino chas ta khmau').concepts).not.toContain('black');
  });

  it('reads Thai typed without its tone marks as Thai typed with them, and leaves a short word unmarked', () => {
    // "A light-blue building, 7 floors, behind the market, many Chinese", tone marks left out.
    const toneless = textFeatures('ตึกสีฟา ๗ ชัน หลังตลาด มีคนจีนเยอะ');
    const marked = textFeatures('ตึกสีฟ้า ๗ ชั้น หลังตลาด มีคนจีนเยอะ');
    expect([...toneless.concepts.concepts].sort()).toEqual([...marked.concepts.concepts].sort());
    expect([...toneless.concepts.floors]).toEqual([7]);
    // "An old casino with a red roof by the river" (คาสิโนเก่า, แม่น้ำ without their marks).
    expect([...textFeatures('คาสิโนเกาหลังคาสีแดงริมแมนำ มีคนไทยแปดคน').concepts.concepts]).toEqual(expect.arrayContaining(['old casino', 'river', 'red']));
    // หา ("look for") is ห้า ("five") without its mark: two letters are left as written.
    expect([...textFeatures('หางานทีปอยเปต มีคนไทยเยอะมาก').numbers]).toEqual([]);
  });

  it('reads a floor count over ten spelt in words, in Korean, Thai, Khmer and Burmese', () => {
    // 25 and 12 floors, which the number words up to ten read as 5 and 2; "I am on the 14th" (십사층에) is no height.
    expect(reading('회색 빌딩 이십오층 크레인 두 대 있어요 저 십사층에 있어요').floors).toEqual([25]);
    expect(reading('카지노 뒤 건물 십이층').floors).toEqual([12]);
    expect(reading('ตึกสีขาว สิบสองชั้น').floors).toEqual([12]);
    expect(reading('ตึก ยี่สิบเอ็ดชั้น').floors).toEqual([21]);
    expect(reading('អគារ ដប់ពីរជាន់').floors).toEqual([12]);
    expect(reading('အဆောက်အဦ ဆယ့်နှစ်ထပ်').floors).toEqual([12]);
    expect(reading('건물 칠층').floors).toEqual([7]);
  });

  it("takes a sentence's first word as a name only when the other tip gives it as one", () => {
    // An Indonesian relative opens with the victim's name, which a Chinese tip gives in brackets.
    const relative = tip('Rizky msh di Mekong Star lt 4');
    expect([...relative.features.names]).not.toContain('rizky');
    const chinese = tip('湄公之星大楼四楼有个印尼小伙叫里兹基（Rizky），被打得很惨。大楼在水净华（Russey Keo）五号公路边。', 260);
    const result = scorePair(relative, chinese);
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'names', names: ['rizky'] }));
    expect(result.reasons.map((reason) => reason.code)).not.toContain('names_differ');
    // Against a tip that names someone else, the first word is no name of its own.
    expect(scorePair(relative, tip('湄公之星大楼四楼有个印尼小伙叫（Budi），被打得很惨。', 260)).reasons.map((reason) => reason.code)).not.toContain('names');
  });

  it('meets a name in a tip written without capitals, as its first word or spelt a letter apart', () => {
    // "Vannak came to the village again last night", in Khmer written in Latin letters, against an English tip.
    const english = tip('man called vanak drives a white lexus he come to the market every sunday promise job in casino');
    const opening = tip('vannak mk phum tiet yub minh', 60);
    expect([...opening.features.names]).toEqual([]);
    expect(scorePair(english, opening).reasons).toContainEqual(expect.objectContaining({ code: 'names', names: ['vannak'] }));
    // Not first: the word as written, a doubled letter apart from the name.
    const inside = tip('a vannak mok phum knhom tiet hz bong', 70);
    expect(scorePair(english, inside).reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: ['vanak'] }));
    // A letter apart is another word: a resort (nghỉ dưỡng) written without capitals is no boss Vương.
    const boss = tip('Ông chủ tên Vương Chí Hào (người Hoa), tòa kính xanh 15 tầng đường Otres, Sihanoukville.');
    expect(reasonCodes(boss, tip('otres 2, khu nghỉ dưỡng bungalow cũ rào tôn xanh, chồng tôi ở trong đó', 300))).not.toContain('script_names');
  });

  it('reads "Htl" as a hotel, and a name word that is part of the other tip\'s name as no other name', () => {
    const english = tip('Starlight Htl Poipet 9F burmese locked in');
    expect(english.features.concepts.concepts).toContain('hotel');
    // The Burmese tip writes Starlight by its sound (စတားလိုက်): its "star" is Starlight's, not another name.
    const burmese = tip('ပွိုင်းပက် စတားလိုက် ဟိုတယ် ၉ ထပ်၊ မြန်မာ ၄၀ ကျော် ချုပ်ထားတယ်', 430);
    expect(reasonCodes(english, burmese)).not.toContain('names_differ');
    expect(reasonCodes(tip('Moonlight Hotel Poipet, burmese locked in'), burmese)).toContain('names_differ');
  });
});
