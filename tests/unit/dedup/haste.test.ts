import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeName } from '@/lib/dedup/native-names';
import { reasonMessage } from '@/lib/dedup/reason-message';
import { thaiReading } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { translator } from '@/lib/i18n/translate';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.98, 105.46);
const concepts = (text: string) => [...conceptFeatures(text).concepts];
const scriptNames = (text: string) => textFeatures(text).scripts.names.map((name) => ({ text: name.text, readings: name.readings, person: name.person ?? false }));

// Decision 0212: what blind-45's writers (tips typed in haste on cheap phones) showed the reader could not read.
describe('a broker called "Ah" in every script (decision 0212)', () => {
  it('reads Ah Long as Long, the way 阿龙 is read, in Khmer, Thai, Korean, Burmese and Latin letters', () => {
    expect(scriptNames('អាឡុង មកម្ដងទៀតហើយ')).toEqual([{ text: 'អាឡុង', readings: ['long'], person: true }]);
    expect(scriptNames('อาหลง มาหาคนในหมู่บาน')).toEqual([{ text: 'อาหลง', readings: ['long'], person: true }]);
    expect(textFeatures('ah fei back at lion roundabout cafe').people).toEqual(['fei']);
    const recruiter = { category: 'RECRUITER' } as const;
    const chinese = tip('阿龙 在磅湛农村招人 说去西港上班 一个月八百刀', 0, recruiter);
    for (const other of ['អាឡុង មកម្ដងទៀតហើយ', 'อาหลง มาหาคนในหมู่บาน บอกวาไปทํางานที่สีหนุ', '아롱 이라는 브로커, 캄퐁참 시골 마을에서 job 제안', 'အာလောင် ဆိုတဲ့ ပွဲစား ကမ်ပေါင်ချမ်း ရွာမှာ လူစုနေ']) {
      expect(reasonCodes(chinese, tip(other, 300, recruiter))).toContain('script_names');
    }
    expect(reasonCodes(tip('ah fei back at lion roundabout cafe', 0, recruiter), tip('អាហ្វី ជនជាតិចិន អង្គុយហាងកាហ្វេ', 200, recruiter))).toContain('script_names');
    // Korean writes Fei's f with ㅍ: 아페이 is 阿飞.
    expect(reasonCodes(tip('아페이라는 중국 사람이 사자 로터리 카페에서 기다렸어요', 0, recruiter), tip('阿飞在金狮子环岛边的咖啡店等新来的人', 130, recruiter))).toContain('script_names');
  });

  it('leaves the words អា and อา open alone: food, a week, an age, a building, a foreign name', () => {
    for (const text of ['អាហារ ល្អ', 'អាទិត្យមុន', 'អាយុ ២០ឆ្នាំ', 'อาหาร อร่อย', 'อาทิตย์ ที่แล้ว', 'อาคาร ๕ ชั้น', 'អាន់ឌី']) expect(scriptNames(text)).toEqual([]);
  });

  it('reads a Thai name that opens with a silent ห with its unwritten vowel', () => {
    expect(thaiReading('หลง')).toBe('long');
    expect(thaiReading('หมด')).toBe('mot');
    expect(thaiReading('คน')).toBe('khon');
  });
});

describe('a Khmer name Thai writes with w (decision 0212)', () => {
  it('meets Vannak written วันนัก against 반낙 and "Vannak"', () => {
    expect(nativeName('วันนัก')).toEqual(expect.objectContaining({ readings: ['wannak', 'vannak'], spelt: 'PNK' }));
    const recruiter = { category: 'RECRUITER' } as const;
    const thai = tip('คนขับรถชือวันนัก เปนคนเขมร แวะบานเขาทีหมูบานแถวตาแกว', 0, recruiter);
    expect(reasonCodes(thai, tip('반낙이라는 캄보디아 사람이 타케오 마을에서 젊은 사람 모아요', 60, recruiter))).toContain('script_names');
    expect(reasonCodes(thai, tip('The driver Vannak took us from Takeo', 60, recruiter))).toContain('script_names');
  });
});

describe('petrol stations by their brand (decision 0212)', () => {
  const tela = tip('ឃ្លាំងដំបូលខៀវ ក្រោយប៉ុមសាំងតេឡា ផ្លូវលេខ១ មានយាមចិន');
  it('tells the warehouse behind the Tela from the one behind the Total, and meets one station by its brand', () => {
    expect(concepts('blue roof warehouse right behind the Total station')).toEqual(expect.arrayContaining(['total station', 'petrol']));
    expect(concepts('道达尔加油站后面的蓝顶仓库')).toEqual(expect.arrayContaining(['total station', 'petrol']));
    expect(concepts('Chbar Ampov လမ်းမ ၁ Total ဓာတ်ဆီဆိုင်နောက် ဂိုဒေါင်')).toContain('total station');
    // "total" is a word as well: not the brand without a station.
    expect(concepts('total 200 people inside')).toEqual([]);
    const total = tip('blue roof warehouse right behind the Total station on NR1, vans at night', 250);
    const landmark = scorePair(tela, total).reasons.find((reason) => reason.code === 'landmark');
    expect(landmark).toEqual(expect.objectContaining({ names: ['tela', 'total station'], weight: -0.25 }));
    expect(translator('km')(reasonMessage(landmark!, 'km').key, reasonMessage(landmark!, 'km').vars)).toContain('តេឡា');
    const again = scorePair(tela, tip('kho mai xanh sau cay xang Tela, quoc lo 1 Chbar Ampov', 250));
    expect(again.reasons.some((reason) => reason.code === 'landmark')).toBe(false);
    expect(again.reasons.find((reason) => reason.code === 'concepts')).toEqual(expect.objectContaining({ concepts: expect.arrayContaining(['tela', 'petrol']) }));
  });
});

describe('what a tip typed in haste says (decision 0212)', () => {
  it('reads a Wing agent, a pharmacy, a sign\'s colour in Vietnamese without its marks, 堵场 for 赌场', () => {
    expect(concepts('dai ly Wing bien vang canh nha thuoc cho Kratie')).toEqual(expect.arrayContaining(['wing agent', 'yellow', 'pharmacy']));
    expect(concepts('ភ្នាក់ងារវីង ស្លាកលឿង ជាប់ឱសថស្ថាន')).toEqual(expect.arrayContaining(['wing agent', 'yellow', 'pharmacy']));
    expect(concepts('the east wing of the hotel')).not.toContain('wing agent');
    expect(concepts('金沙堵场那栋蓝色玻璃楼')).toContain('casino');
    expect(concepts('兰色屋顶的仓库')).toContain('blue');
    expect(concepts('柏威夏高中东边那个Wing代理点')).toEqual(expect.arrayContaining(['school', 'wing agent']));
    // A rice mill in three languages; a sky-blue roof in Thai typed without its tone mark, not a straw roof.
    for (const text of ['Nhà máy xay lúa cũ trên bờ kênh', 'រោងកិនស្រូវលើទំនប់', 'โรงสีเก่าริมคลอง']) expect(concepts(text)).toContain('rice mill');
    expect(concepts('โกดังหลังคาฟา โอราล')).toEqual(expect.arrayContaining(['blue', 'roof:blue']));
    expect(concepts('บ้านหลังคาฟาง')).not.toContain('blue');
  });

  it('reads a floor\'s number apart from the building\'s, a Wing agent by its capital, 湄公 as the Mekong', () => {
    // Building 3, 5th floor (ជាន់ទី៥): no three-floor building; five floors "that have" a fountain (ชั้นที่มี) are five.
    expect(concepts('អគារលេខ៣ ជាន់ទី៥')).toEqual(expect.arrayContaining(['building_no:3', 'level:5']));
    expect(conceptFeatures('អគារលេខ៣ ជាន់ទី៥').floors.size).toBe(0);
    expect([...conceptFeatures('คาสิโนเก่าที่โอเสม็ด ตึก ๕ ชั้นที่มีน้ำพุแห้งๆ').floors]).toEqual([5]);
    expect(concepts('ហាង Wing ក្នុងផ្សារតាខ្មៅ')).toContain('wing agent');
    expect(concepts('湄公之星大楼')).toContain('mekong');
  });

  it('reads no Korean term across a space from inside a word', () => {
    // 렉서스 타요: "rides a Lexus", no 스타 (a star); 스타 시티 is Star City, here the landmark the tip is near (0214).
    expect(concepts('흰색 렉서스 타요')).not.toContain('star');
    expect(concepts('스타 시티 근처')).toContain('other:star');
    expect(concepts('다이아몬드 섬 근처')).toContain('diamond island');
  });

  it('takes no name from a tip that says the place is not that one', () => {
    const grand = tip('Grand Diamond Poipet, toa hong');
    const crown = tip('diamond crown poipet, yg ada menara jam, bukan grand diamond', 200, { category: 'PERSON_HELD' });
    expect(reasonCodes(grand, crown)).not.toContain('script_names');
    // What it said it is not is the landmark it is told from.
    expect(reasonCodes(grand, crown)).toContain('landmark');
  });
});
