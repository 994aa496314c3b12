import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { khmerReadings } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { translator } from '@/lib/i18n/translate';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.507, 104.918);
const concepts = (text: string) => [...conceptFeatures(text).concepts];

// Decision 0211: what blind-43's writers (addresses and map habits) showed the reader could not read.
describe('addresses: houses and rows of an estate (decision 0211)', () => {
  it('tells two houses of one estate apart by their numbers, and meets one house by its number', () => {
    const c12 = tip('Borey Peng Huoth khu C, hàng 12, nhà C12-07. Em trai tôi bị giữ ở đây', 0, { category: 'PERSON_HELD' });
    const c14 = tip('បុរីប៉េងហួត ប្លុក C ផ្ទះ C14-07 និង C14-09 វាយទម្លុះជញ្ជាំងភ្ជាប់គ្នា ធ្វើជាការិយាល័យបោក', 90);
    const again = tip('C12-07 masih dikunci', 300, { category: 'PERSON_HELD' });
    expect(concepts('Rumah C12-07, Borey Peng Huoth blok C baris 12.')).toEqual(expect.arrayContaining(['house:c1207', 'lane:12', 'row:c']));
    expect(reasonCodes(c12, c14)).toContain('other_building_number');
    expect(reasonCodes(c12, c14)).not.toContain('same_row');
    // One digit apart is another house, not a typo of a name (C12-07 against C14-07); a shop's name with its number against
    // the same name written apart from it ("lucky8" / "Lucky 8") is one shop.
    expect(scorePair(tip('C12-07 still locked', 0), tip('C14-07 still locked', 50)).reasons.some((reason) => reason.code === 'names')).toBe(false);
    expect(reasonCodes(tip('bong rith buys ABA account 50$ at phone shop lucky8', 0), tip('Phone shop Lucky 8 on street 289, the owner buys bank accounts', 300))).toContain('names');
    const same = scorePair(c12, again).reasons.find((reason) => reason.code === 'same_row');
    expect(same).toEqual(expect.objectContaining({ rows: ['#C1207'], weight: 0.25 }));
    // The officer reads it as a house's number, in their language.
    const message = reasonMessage(same!);
    expect(translator('en')(message.key, message.vars)).toBe('Same house, gate, block, row or phase: #C1207');
    expect(translator('vi')(message.key, message.vars)).toBe('Cùng số nhà, cổng, tòa, dãy hoặc giai đoạn: #C1207');
  });

  it('reads a row by its number apart from its block letter, and a house number only where an address gives one', () => {
    // Block C in common, rows 12 and 14: two rows.
    expect(reasonCodes(tip('Borey Peng Huoth blok C baris 12, 6 orang Indonesia dikurung'), tip('Peng Huoth 别墅区C区14排，里面全是电脑', 100))).toContain('other_building_number');
    expect(concepts('Peng Huoth 别墅区C区14排')).toEqual(expect.arrayContaining(['row:c', 'lane:14']));
    // A row the tip says it is not ("不是12排那家") is the neighbour's.
    expect(concepts('C区14排，不是12排那家')).not.toContain('lane:12');
    // Nine people in the row, a room's number, a day of the month, a km post, a floor range: no house, no row.
    expect(concepts('baris 3 orang di depan')).toEqual([]);
    expect(concepts('room #301 on the 3rd floor').filter((id) => id.startsWith('house:'))).toEqual([]);
    expect(concepts('我12号到的')).toEqual([]);
    expect(concepts('NR4 km38-40').filter((id) => id.startsWith('house:'))).toEqual([]);
    expect(concepts('ផ្ទះ ៣ ខ្នង').filter((id) => id.startsWith('house:'))).toEqual([]);
    expect(concepts('金边271号路12号')).toContain('house:12');
    expect(concepts('villa 12 on St 2004')).toContain('house:12');
    // A number before a street is the house on it ("45B St 371"); "9 storey ... km 6 on 6A" is none.
    expect(concepts('៤៥B ផ្លូវ៣៧១ នៅតែទិញកាត')).toContain('house:45b');
    expect(concepts('9 storey condo near km 6 on 6A').filter((id) => id.startsWith('house:'))).toEqual([]);
  });

  it('tells two plots apart by their gates\' numbers', () => {
    expect(concepts('켑 빨간 지붕, 7번 게이트')).toContain('gate_no:7');
    expect(concepts('cổng số 3, tường cao')).toContain('gate_no:3');
    const green = tip('កែប ឡើងភ្នំ មានវីឡាដំបូលបៃតង ទ្វារលេខ ១២ មានកាមេរ៉ា និងឆ្មាំ');
    expect(reasonCodes(green, tip('켑 게 시장 뒤 언덕, 빨간 지붕 리조트, 7번 게이트', 200))).toContain('other_building_number');
    expect(reasonCodes(tip('Kep hill resort, red roofs, gate 7', 0), tip('켑 빨간 지붕, 7번 게이트', 200))).toContain('same_row');
  });
});

describe('floors, blocks and what a tip says it is near (decision 0211)', () => {
  it('reads a floor number said alone as which floor as well as how many: no other count contradicts a lower one', () => {
    const tower = tip('포이펫 국경에서 가까운 12층 호텔 건물, 파란 간판 Grand Diamond. 사장 이름 김재호.');
    // "Still on the 9th floor of the Grand Diamond", in Korean and in Burmese.
    expect(reasonCodes(tip('그랜드 다이아몬드 9층 아직 있어요', 180), tower)).not.toContain('other_floors');
    expect(reasonCodes(tip('Grand Diamond ၉ ထပ်မှာ ရှိနေတုန်း', 180), tower)).not.toContain('other_floors');
    // Above the other's count it is no floor of it; and a count said before its noun is a count.
    expect(reasonCodes(tip('Grand Diamond ၁၅ ထပ်မှာ ရှိနေတုန်း', 180), tower)).toContain('other_floors');
    expect(reasonCodes(tip('흰색 9층 건물 Grand Diamond', 180), tower)).toContain('other_floors');
  });

  it('counts blocks said before their word in Thai and before 단지 in Korean, and reads 在五栋 as block five', () => {
    expect(concepts('ถนนไปสนามบิน 6 ตึก ยังมีคน')).toContain('buildings:6');
    expect(concepts('6동 단지 오늘도 버스 옴')).toContain('buildings:6');
    expect(concepts('6동짜리 단지')).toContain('buildings:6');
    expect(concepts('3동 앞')).toEqual(['building_no:3']);
    expect(concepts('我们在五栋，对面是酒店')).toContain('building_no:5');
    expect(concepts('我们在五栋，对面是酒店')).not.toContain('buildings:5');
    expect(reasonCodes(tip('ถนนไปสนามบิน 6 ตึก ยังมีคน'), tip('ផ្លូវទៅព្រលានយន្តហោះ មានអគារ ៦ខ្នង ក្នុងរបងតែមួយ', 150))).toContain('buildings');
  });

  it('reads a Thai name after "away from" as a landmark, and a Thai or Khmer place word after a kind as no name', () => {
    const features = textFeatures('ตึก ๑๒ ชั้น ป้ายแดง Lucky Star ปอยเปต ห่างจาก Grand Diamond ประมาณ 200 เมตร');
    expect([...features.landmarks].sort()).toEqual(['diamond', 'grand']);
    expect([...features.names].sort()).toEqual(['lucky', 'star']);
    // "The old building by the Kampot river": ริม (by) opens a place, not a name.
    expect(textFeatures('ตึกเก่าริมแม่น้ำกัมปอต ฝั่งตะวันตก').scripts.names).toEqual([]);
    expect(textFeatures('អគារចាស់ខាងលិចទន្លេកំពត').scripts.names).toEqual([]);
  });

  it('reads the Mekong in Vietnamese, a pink wall in Khmer, a bus station, a bank and a colonial building', () => {
    expect([...textFeatures('Tòa nhà trắng 9 tầng, phía bờ sông Mê Kông, đối diện nhà thuốc').names]).toEqual([]);
    expect(concepts('វីឡាជញ្ជាំងផ្កាឈូក ផ្លូវ២១')).toEqual(expect.arrayContaining(['pink', 'wall:pink']));
    expect(reasonCodes(tip('វីឡាជញ្ជាំងផ្កាឈូក ផ្លូវ២១ នៅដដែល'), tip('វីឡាជញ្ជាំងលឿង ផ្លូវជាតិលេខ២១ តាខ្មៅ', 100))).toContain('other_colour');
    expect(concepts('คนซื้อบัญชีที่ บขส.ปอยเปต ยังอยู่')).toEqual(expect.arrayContaining(['bus station', 'bank account']));
    // ធនាគារ (a bank) holds the letters of នាគ (a naga, a dragon): a mule buyer of bank accounts is no Dragon.
    expect(concepts('មានបុរសទិញគណនីធនាគារថៃ និងស៊ីមថៃ')).toEqual(expect.arrayContaining(['bank account', 'sim card']));
    expect(concepts('មានបុរសទិញគណនីធនាគារថៃ និងស៊ីមថៃ')).not.toContain('dragon');
    expect(concepts('ធនាគារ ABA')).toEqual(['bank']);
    // ស៊ីម opens a name (ស៊ីមឆៃ, Somchai) and cement (ស៊ីម៉ង់ត៍): a SIM only as ស៊ីមកាត or a Thai SIM.
    expect(concepts('ជញ្ជាំងស៊ីម៉ង់ត៍')).not.toContain('sim card');
    expect(concepts('Bên kia sông Kampot, tòa nhà cũ kiểu Pháp mới sơn lại')).toContain('colonial');
    expect(concepts('Old french era building on the west bank')).toContain('colonial');
    // A boulevard's name says where, not which building: no name, a place.
    expect([...textFeatures('Dormitory 5 floors on Veng Sreng, south side').names]).toEqual([]);
    expect(concepts('វេងស្រេង អគារកញ្ចក់ខៀវ មានរបងខ្ពស់')).toContain('veng sreng');
  });
});

describe('a pin the tip says is not on its place (decision 0211)', () => {
  it('reads "pin is my house" in every language, and not a bank card\'s PIN nor Khmer ពិនិត្យ ("check")', () => {
    for (const text of ['Pin is my fish pond, dock is maybe 300m east.', 'I pinned the pharmacy across the road', 'ពិនគឺផ្ទះខ្ញុំ អគារនោះនៅខាងជើង', 'ผมปักหมุดที่ร้านผมในตลาด', '제 핀은 일하는 식당이고 건물은 북쪽으로 1km 정도', 'Tôi ghim vị trí từ nhà tôi bên Mộc Bài', 'Pin saya kira-kira saja']) {
      expect(concepts(text)).toContain('pin:elsewhere');
    }
    for (const text of ['they took my ATM card and PIN code', 'ប៉ូលិសត្រូវពិនិត្យ', '필리핀 사람 5명']) expect(concepts(text)).not.toContain('pin:elsewhere');
  });

  it('widens nearness on one specific piece in common when a pin is said to be elsewhere, and not when something differs', () => {
    // One tower, its twelve floors in common, 1 km between the pins: one of them put at the tipster's home.
    const report = tip('12 floor building, many Chinese at night', 0);
    const fromHome = tip('អគារ១២ជាន់។ ពិនគឺផ្ទះខ្ញុំ អគារនោះនៅខាងជើង ប្រហែល ១គ.ម។', 1_000);
    const unsaid = tip('អគារ១២ជាន់។ ចិនច្រើនពេលយប់។', 1_000);
    const weightOf = (a: typeof report, b: typeof report) => scorePair(a, b).reasons.find((reason) => reason.code === 'distance')?.weight ?? 0;
    expect(weightOf(report, fromHome)).toBeGreaterThan(weightOf(report, unsaid));
    // A red building against the blue one: no widening, the pin's remark or not.
    const blue = tip('ពណ៌ខៀវ អគារ១២ជាន់។ ពិនគឺផ្ទះខ្ញុំ អគារនោះនៅខាងជើង ប្រហែល ១គ.ម។', 1_000);
    expect(weightOf(tip('Red 12 floor building, many Chinese at night', 0), blue)).toBe(0);
  });
});

describe('names (decision 0211)', () => {
  it('reads a Khmer name with the vowel its script does not write, as its bearer spells it', () => {
    expect(khmerReadings('វណ្ណៈ')).toEqual(expect.arrayContaining(['vanna', 'vannak']));
    expect(khmerReadings('វណ្ណា')).toContain('vanna');
    // No cluster, no unwritten vowel: សុខា is read as before.
    expect(khmerReadings('សុខា')).toEqual(['sokha']);
    const khmer = tip('មេខ្យល់ឈ្មោះ វណ្ណៈ នៅភូមិកំពង់ក្រែង ប្រមូលក្មេងៗទៅធ្វើការនៅសីហនុ', 0, { category: 'RECRUITER' });
    expect(reasonCodes(khmer, tip('Người môi giới tên Vannak ở Kampot', 600, { category: 'RECRUITER' }))).toContain('script_names');
    // Written with one n, as the man himself writes it on Facebook.
    expect(reasonCodes(khmer, tip('The recruiter Vanak came again', 600, { category: 'RECRUITER' }))).toContain('script_names');
  });

  it('meets a name opening a sentence in the other tip\'s Khmer run, and leaves out a district among the names', () => {
    const khmer = tip('វណ្ណៈ មកភូមិទៀតហើយ', 0, { category: 'RECRUITER' });
    expect(reasonCodes(khmer, tip('Vannak takes young people to jobs in Sihanoukville, he says $600', 140, { category: 'RECRUITER' }))).toContain('script_names');
    const latin = tip('Recruiter called Sokha, waits outside the garment factories on Chak Angre road', 0, { category: 'RECRUITER' });
    const chinese = tip('介绍我们来的人叫Sokha，在金边Meanchey那边，说是去做客服', 300, { category: 'RECRUITER' });
    expect(reasonCodes(latin, chinese)).toContain('names');
    expect(reasonCodes(latin, chinese)).not.toContain('names_differ');
    // A short name is not met inside a Khmer word where its h belongs to the consonant before it (Hằng in ខាង, "khang").
    const north = tip('បាវិត ផ្លូវជាតិលេខ១ ខាងជើងផ្លូវ កាស៊ីណូទី២ពីច្រកព្រំដែន ដំបូលមូលពណ៌មាស', 0);
    expect(reasonCodes(tip('Chị Hằng người Tây Ninh, hay đưa người qua Bavet nói làm sòng bài', 300, { category: 'RECRUITER' }), north)).not.toContain('script_names');
  });
});
