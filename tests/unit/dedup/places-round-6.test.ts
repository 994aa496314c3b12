import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeNames } from '@/lib/dedup/native-names';
import { textFeatures } from '@/lib/dedup/text-features';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0164: round 6 (blind-29 and blind-31). Every name and text here is invented for the test.
const tip = tipsNear(10.62, 103.52);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('a count of the building across the road is the neighbour’s (0164)', () => {
  it('does not read the count after "across <road> from", or after Khmer "opposite" and the kind, as the tip’s own', () => {
    expect(conceptsOf('one yellow tower, 15 floors, across Ekareach Rd from the 3 yellow towers')).not.toContain('buildings:3');
    expect(conceptsOf('អគារពណ៌លឿង ១៥ជាន់ ទល់មុខអគារលឿង៣ខ្នង')).not.toContain('buildings:3');
    // Its own count still reads, and "escaped from the 3 towers" is the tip's own place.
    expect(conceptsOf('3 yellow towers in one fence, 15 floors')).toContain('buildings:3');
    expect(conceptsOf('my son escaped from the 3 yellow towers')).toContain('buildings:3');
  });

  it('keeps the floors of the building a tipster watches from near it', () => {
    expect([...conceptFeatures('អគារចិន នៅច្បារអំពៅ ក្បែរមាត់ទន្លេ ១២ជាន់ ពណ៌ស').floors]).toEqual([12]);
    expect([...conceptFeatures('ខ្ញុំលក់បាយនៅក្បែរអគារពណ៌ស ១២ជាន់ ច្បារអំពៅ').floors]).toEqual([12]);
  });

  it('reads a building said to stand alone as one, against the three of the compound across the road', () => {
    for (const text of ['only one yellow tower, 15 floors', 'a single 15-floor tower', 'អគារពណ៌លឿងតែមួយខ្នង ១៥ជាន់', '独栋黄楼十五层', 'ตึกเดียว สีเหลือง ๑๕ ชั้น', 'cuma satu gedung kuning 15 lt']) {
      expect(conceptsOf(text), text).toContain('buildings:1');
    }
    // "One building" and 一栋 are how a tip says "a building".
    expect(conceptsOf('one building with guards at the gate')).not.toContain('buildings:1');
    expect(conceptsOf('一栋黄色大楼，十五层')).not.toContain('buildings:1');
    const single = tip('អគារពណ៌លឿងតែមួយខ្នង ១៥ជាន់ មានស្លាក Sunshine Apartment ទល់មុខអគារលឿង៣ខ្នង។');
    const three = tip('3 tower kuning 1 pagar, tiap tower 15 lt. sy kabur dr tower C', 130);
    expect(reasonCodes(single, three)).toContain('other_buildings');
    expect(reasonCodes(single, three)).not.toContain('buildings');
  });
});

describe('a boss called by his surname and 老 or 小 (0164)', () => {
  it('reads 老张 and 小陈 as names, not 老板, 老乡, 老挝 or 小时', () => {
    expect(nativeNames('戈公桥边那个中国酒店 老张的 六楼').map((name) => name.text)).toContain('老张');
    expect(nativeNames('中介小陈说包吃包住').map((name) => name.text)).toContain('小陈');
    for (const text of ['老板不让我们出去', '我老乡在里面', '从老挝过来的', '每天工作十六个小时']) {
      expect(nativeNames(text).filter((name) => /^[老小]/u.test(name.text)), text).toEqual([]);
    }
  });

  it('meets the name as Latin, Thai and Khmer tips write it', () => {
    const chinese = tip('戈公 桥边那个中国酒店 老张的 六楼 都是做杀猪盘的');
    for (const other of ['boss name Lao Zhang, they take our passport', 'โรงแรมจีนใกล้สะพาน หัวหน้าชื่อเหล่าจาง', 'ថៅកែឈ្មោះ ឡៅចាង អ្នកភូមិនិយាយ']) {
      expect(reasonCodes(chinese, tip(other, 300)), other).toContain('script_names');
    }
    expect(reasonCodes(chinese, tip('ថៅកែឈ្មោះ ហេង អ្នកភូមិនិយាយ', 300))).not.toContain('script_names');
  });
});

describe('round 6, second part (0164)', () => {
  it('gives the safety netting its own colour, not the tower’s', () => {
    for (const text of ['blue tower with green netting', 'gedung biru ditutup jaring hijau', 'អគារពណ៌ខៀវ មានសំណាញ់បៃតង', 'ตึกสีฟ้า มีตาข่ายสีเขียว']) {
      const concepts = conceptsOf(text);
      expect(concepts, text).toContain('netting:green');
      expect(concepts, text).not.toContain('green');
      expect(concepts, text).toContain('blue');
    }
    expect(conceptsOf('green tower, 9 floors')).toContain('green');
  });

  it('reads "not yet finished" as Indonesian, Chinese and Burmese tipsters write it', () => {
    for (const text of ['gedung biru 9 lt yg blm jadi', '九层没盖完的蓝楼', 'အိုထရက်လမ်း ဆောက်လက်စ ၁၄ ထပ်']) expect(conceptsOf(text), text).toContain('construction');
  });

  it('ends what a tip says its place is not at a dash', () => {
    const concepts = conceptsOf('Not the Golden Dragon one - the taller blue glass tower just north of it');
    expect(concepts).toContain('blue');
    expect(concepts).toContain('other:dragon');
  });

  it('gives the sky-blue roof across the road to the neighbour, and reads no name in “the cement one not yet finished”', () => {
    const text = 'ตึกปูนยังสร้างไม่เสร็จ ๑๔ ชั้น อยู่ฝั่งตรงข้ามตึกหลังคาสีฟ้า';
    expect(conceptsOf(text)).toContain('other:blue');
    expect(conceptsOf(text)).not.toContain('roof:blue');
    expect(nativeNames(text)).toEqual([]);
  });

  it('reads N楼 right after a colour or the building as its height, not where someone is', () => {
    expect([...conceptFeatures('金边对岸 江边黄色六楼 有自己的码头').floors]).toEqual([6]);
    expect([...conceptFeatures('西港胜利山 紫色那栋 八楼 我们被关在六楼').floors]).toEqual([8]);
    expect([...conceptFeatures('西港蓝鹭 五楼 还有人被关').floors]).toEqual([]);
    expect([...conceptFeatures('灰楼十二层 黄色八楼').floors]).toEqual([12]);
    expect(nativeNames('金边对岸 阿雷克萨那边').map((name) => name.text)).toEqual([]);
  });

  it('reads a kilometre post on the road in every script, not a distance', () => {
    const cases: readonly (readonly [string, number])[] = [
      ['NR4 km 212 sihanoukville 3 gedung', 212],
      ['quoc lo 4 km 212 truoc khi vao Sihanoukville', 212],
      ['ផ្លូវជាតិលេខ៤ គ.ម ២១២ មុនដល់ក្រុងព្រះសីហនុ', 212],
      ['ถนน 5 กม.402 หลังปั๊ม PTT', 402],
      ['四号公路9公里龙湾科技', 9],
      ['လမ်းမကြီး ၄ ကီလို ၉', 9],
      ['4번 국도 9km 롱베이', 9],
    ];
    for (const [text, post] of cases) expect(conceptsOf(text), text).toContain(`km:${post}`);
    expect(conceptsOf('2 km past the pagoda, 9km from town').some((id) => id.startsWith('km:'))).toBe(false);
    const at212 = tip('NR4 km 212, white walls, 3 buildings');
    expect(reasonCodes(at212, tip('quoc lo 4 km 213, 3 toa nha tuong trang', 600))).toContain('km_post');
    expect(reasonCodes(at212, tip('quoc lo 4 km 230, 3 toa nha tuong trang', 600))).toContain('other_km_post');
  });

  it('widens nearness for one kilometre post on one road, as for a building number; nh4 and km9 are no names', () => {
    const indonesian = tip('kompleks tembok panjang di jalan nasional 4 dekat sihanoukville, km 9. sy kabur dr sana');
    const english = tip('long wall nh4 km9 sihanoukville', 900);
    expect(textFeatures('long wall nh4 km9 sihanoukville').names.size).toBe(0);
    expect(reasonCodes(indonesian, english)).toEqual(expect.arrayContaining(['km_post', 'road']));
    const far = scorePair(indonesian, english).reasons.find((reason) => reason.code === 'distance');
    // Without the shared road the post alone gives the near curve's nothing at 900 m.
    expect(far?.weight).toBeGreaterThan(0.15);
    const otherRoad = scorePair(indonesian, tip('long wall nh3 km9 sihanoukville', 900)).reasons.find((reason) => reason.code === 'distance');
    expect(otherRoad?.weight ?? 0).toBeLessThan(0.05);
  });

  it('reads a boss by surname and 总, ថៅកែ or เถ้าแก่, not 总统 or “the Chinese boss”', () => {
    expect(nativeNames('三号公路25公里 黄总园区').find((name) => name.text === '黄总')?.person).toBe(true);
    expect(nativeNames('ទៅអគារពណ៌ស របស់ថៅកែឆេន។').map((name) => name.text)).toEqual(['ឆេន']);
    expect(nativeNames('บาเว็ต ตึกขาว ของเถ้าแก่เฉิน มีคนไทย').map((name) => name.text)).toEqual(['เฉิน']);
    expect(nativeNames('总统来了').filter((name) => name.text.endsWith('总'))).toEqual([]);
    expect(nativeNames('ថៅកែចិន មកទិញ')).toEqual([]);
  });
});

describe('a person named by both in one town (0164)', () => {
  const takeo = (text: string, north: number, category: 'MONEY_MULE' | 'PERSON_HELD' = 'MONEY_MULE') => tip(text, north, { category });
  const nameWeight = (a: ReturnType<typeof tip>, b: ReturnType<typeof tip>) =>
    scorePair(a, b).reasons.find((reason) => reason.code === 'script_names' || reason.code === 'names')?.weight;

  it('weighs the name as two when both tips place the person in the same town', () => {
    const vi = takeo('Người tên Vi-sal ở Takeo thuê tài khoản ngân hàng 50 đô một cái', 0);
    expect(nameWeight(vi, takeo('វិសាល ជួលគណនី ABA នៅតាកែវ', 900))).toBe(0.4);
    expect(nameWeight(vi, takeo('វិសាល ជួលគណនី ABA', 900))).toBe(0.3);
    const held = takeo('ឥណ្ឌូណេស៊ី ឈ្មោះ ប៊ូឌី ជាប់ឃុំនៅប៉ោយប៉ែត', 0, 'PERSON_HELD');
    expect(nameWeight(held, takeo('คนอินโดชื่อบูดี ถูกขังที่ปอยเปต ชั้น ๖', 600, 'PERSON_HELD'))).toBe(0.4);
  });

  it('not when each gives another phone, nor for a surname alone', () => {
    const a = takeo('Sok Da Ra o Takeo, sdt 855-96-718-4220, hua viec lam', 0);
    const b = takeo('ស្រីឈ្មោះ សុខ ដារី តាកែវ ជួលមនុស្សទៅថៃ លេខ ០១៧ ៤៤០ ៩៨១', 900);
    expect(nameWeight(a, b)).toBe(0.3);
    expect(nameWeight(a, takeo('ស្រីឈ្មោះ សុខ ដារី តាកែវ ជួលមនុស្សទៅថៃ', 900))).toBe(0.4);
    const wang = takeo('คนไทยชื่อหวัง ถูกขังที่ตาแก้ว', 0, 'PERSON_HELD');
    expect(nameWeight(wang, takeo('王总 在茶胶 关了我们', 600, 'PERSON_HELD'))).toBe(0.3);
  });
});
