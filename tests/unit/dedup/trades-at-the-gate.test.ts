import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { keyFeatures } from '@/lib/dedup/keys';
import { nativeNames } from '@/lib/dedup/native-names';
import { heardInChinese } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.62, 104.92);
const concepts = (text: string) => [...conceptFeatures(text).concepts];
const names = (text: string) => nativeNames(text).map((name) => name.text);
const recruiter = { category: 'RECRUITER' } as const;

// Decision 0217: what blind-61's writers (the riders, SIM sellers, cooks and laundries that serve a compound from its
// gate, who place it by the shop they stand by) showed the reader could not read.
describe('the place a tip stands by (decision 0217)', () => {
  it('reads what comes after "by the" as the neighbour\'s, not "by the same" one', () => {
    const kiosk = concepts('Top-up kiosk on NH5 by the yellow warehouse. A guy called Dara pays');
    expect(kiosk).toEqual(expect.arrayContaining(['other:yellow', 'other:warehouse']));
    expect(kiosk).not.toContain('yellow');
    expect(kiosk).not.toContain('warehouse');
    expect(concepts('food delivered 3 times a day by the same yellow tuk tuk')).toContain('yellow');
  });

  it('keeps a name after "by the" the place\'s own: the casino by the sea Paradise Bay is Paradise Bay', () => {
    const english = tip('cham yeam casino by the sea paradise bay, thai+burmese held', 0, { category: 'PERSON_HELD' });
    const thai = tip('เกาะกง ใกล้ด่านหาดเล็ก มีคาสิโนพาราไดซ์เบย์ ริมทะเล ตึกสีครีม มีคนไทยกับพม่าถูกขังทำงาน', 145, { category: 'PERSON_HELD' });
    expect(reasonCodes(english, thai)).not.toContain('landmark');
    expect(scorePair(english, thai).score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads the kind right after Khmer ជាប់ ("next to") as the neighbour\'s, as its colour already was', () => {
    const kiosk = concepts('តូបលក់កាតទូរស័ព្ទ ជាប់ឃ្លាំងលឿង ផ្លូវ៥។');
    expect(kiosk).toEqual(expect.arrayContaining(['other:warehouse', 'other:yellow']));
    expect(kiosk).not.toContain('warehouse');
    // ជាប់ before no kind keeps what follows: held in the red building.
    expect(concepts('ជាប់ឃុំក្នុងអគារក្រហម')).toEqual(expect.arrayContaining(['building', 'red']));
  });

  it('does not take the kiosk by the yellow warehouse for the warehouse', () => {
    const kiosk = tip('Top-up kiosk on NH5 by the yellow warehouse. A guy called Dara pays $50 per bank account', 0, { category: 'MONEY_MULE' });
    const warehouse = tip('Yellow warehouse again, 3 trucks today', 70);
    expect(scorePair(kiosk, warehouse).score).toBeLessThan(0.5);
  });

  it('reads a Burmese postposition glued to a later word as that word\'s neighbour only', () => {
    const casino = concepts('အမိုးနီ ကာစီနို ပြတင်းပေါက်ဘေး');
    expect(casino).toEqual(expect.arrayContaining(['casino', 'red', 'roof:red']));
    expect(casino).not.toContain('other:casino');
    // Spaced from the word before it, it is still the neighbour's postposition a word or two on (0216).
    expect(concepts('ဟိုတယ်ဖြူ နားက အဆောက်အဦ')).toContain('other:hotel');
  });

  it('meets the red-roofed casino in Burmese and in Khmer', () => {
    const burmese = tip('အမိုးနီ ကာစီနို ပြတင်းပေါက်ဘေး', 0);
    const khmer = tip('កាស៊ីណូសង់មិនទាន់រួច ដំបូលក្រហម ផ្លូវទៅអូរត្រេស។ ខ្ញុំលក់បាយ ៨០ប្រអប់ ហុចតាមបង្អួចចំហៀង', 90);
    expect(scorePair(burmese, khmer).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('lights, letters and stone lions (decision 0217)', () => {
  it('reads the colour of a casino\'s lights in Chinese, and no name in it', () => {
    expect(concepts('南边紫灯赌场 厨房门')).toEqual(expect.arrayContaining(['purple', 'casino']));
    expect(names('南边紫灯赌场 厨房门')).toEqual([]);
  });

  it('reads gold letters and stone lions in every language they were written in', () => {
    expect(concepts('ตึกอักษรทอง สิงโตหิน ๒ ตัว')).toEqual(expect.arrayContaining(['gold', 'sign', 'statue']));
    expect(names('ตึกอักษรทอง สิงโตหิน ๒ ตัว')).toEqual([]);
    expect(concepts('Gold letters, 2 stone lions, main gate')).toEqual(expect.arrayContaining(['gold', 'sign', 'statue']));
    expect(concepts('ទ្វារធំមានសិង្ហថ្មពីរ')).toContain('statue');
    expect(concepts('정문에 돌사자 두 마리')).toContain('statue');
    expect(concepts('大门口两只石狮子')).toContain('statue');
  });
});

describe('a floor, a crossing and towns, not names (decision 0217)', () => {
  it('reads no name in the Thai hotel\'s 5th floor, nor in the casino at the Cham Yeam crossing', () => {
    expect(names('โรงแรมชั้น ๕ ลูกกรงเหล็ก')).toEqual([]);
    expect(concepts('โรงแรมชั้น ๕ ลูกกรงเหล็ก')).toContain('level:5');
    expect(names('កាស៊ីណូច្រកចាំយាម ដដែល')).toEqual([]);
  });

  it('does not take the hotel at Cham Yeam for the casino by the crossing\'s name', () => {
    const hotel = tip('សណ្ឋាគារ ក្រោយច្រកចាំយាម ៣០០ម៉ែត្រ ផ្លូវ៤៨ បង្អួចជាន់ទី៥ មានរបាំងដែក។ ខ្ញុំដឹកបាយ', 0, { category: 'PERSON_HELD' });
    const casino = tip('កាស៊ីណូច្រកចាំយាម ដដែល', 190);
    expect(reasonCodes(hotel, casino)).not.toContain('script_names');
  });

  it('reads Thma Sa and Neak Loeung as towns, and their colour-like words as no colour', () => {
    expect(concepts('ថ្មស របងខ្ពស់ នៅតែដដែល')).toContain('thma sa');
    expect(textFeatures('Ở Thmor Sor có mấy dãy nhà mái cam').names).not.toContain('thmor');
    const village = concepts('មេខ្យល់ វណ្ណា មកភូមិក្បែរអ្នកលឿង');
    expect(village).toContain('neak loeung');
    expect(village).not.toContain('other:yellow');
    expect(concepts('渡口 涅良')).toContain('neak loeung');
  });
});

describe('the fifth floor in Burmese and the east bank in Khmer (decision 0217)', () => {
  it('reads Burmese ၅ ထပ်မြောက် as the fifth floor, not five floors, and ဟော်တယ် as a hotel', () => {
    const burmese = conceptFeatures('ဟော်တယ် ၅ ထပ်မြောက်မှာ ပြတင်းပေါက် သံတိုင်တွေ');
    expect([...burmese.concepts]).toEqual(expect.arrayContaining(['level:5', 'hotel']));
    expect([...burmese.floors]).toEqual([]);
    // မြောက်ဘက် after a count is the north side, and the count still the building's.
    expect([...conceptFeatures('၇ထပ်မြောက်ဘက်').floors]).toEqual([7]);
  });

  it('meets the hotel whose fifth-floor windows are barred in Burmese, Thai and English', () => {
    const burmese = tip('ဟော်တယ် ၅ ထပ်မြောက်မှာ ပြတင်းပေါက် သံတိုင်တွေ၊ ကျွန်တော့်ညီ အထဲမှာ ပိတ်ခံထားရတယ်', 0, { category: 'PERSON_HELD' });
    expect(scorePair(burmese, tip('Hotel 5th floor bars, Cham Yeam', 170, { category: 'PERSON_HELD' })).score).toBeGreaterThanOrEqual(0.5);
    expect(scorePair(burmese, tip('โรงแรมชั้น ๕ ลูกกรงเหล็ก', 120, { category: 'PERSON_HELD' })).score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads the side of a river bank as a side, not as east of the hotel after it', () => {
    expect(concepts('អ្នកលឿង ច្រាំងខាងកើត សណ្ឋាគារពណ៌ស ៥ជាន់')).toEqual(expect.arrayContaining(['hotel', 'white']));
    expect(concepts('នៅខាងជើងរោងចក្រដំបូលបៃតង')).toContain('other:warehouse');
    const khmer = tip('អ្នកលឿង ច្រាំងខាងកើត សណ្ឋាគារពណ៌ស ៥ជាន់ ជិតកំពង់សាឡាងចាស់។ ខ្ញុំលក់បាយ ៤០ប្រអប់', 0);
    expect(scorePair(khmer, tip('渡口白色五层酒店', 90)).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('"Chinese" in Khmer is no Chen (decision 0217)', () => {
  it('does not meet Mr Chen or ឆេន in a phone repairer\'s tip that says a Chinese man brings phones', () => {
    const repairer = tip('ហាងជួសជុលទូរស័ព្ទខ្ញុំ នៅទួលគោក។ ម្ដងៗមានចិនយកទូរស័ព្ទ ៣០គ្រឿង ក្នុងប្រអប់ មកឲ្យលុបទិន្នន័យ', 0, { category: 'OTHER' });
    const khmer = tip('ខ្ញុំដឹកទឹកសុទ្ធ ២០ធុង ទៅអគារពណ៌ប្រផេះ ៧ជាន់ ទួលគោក។ អ្នកទទួលជាចិនឈ្មោះ ឆេន មើលផ្ទះបាយ', 300);
    const english = tip('grey 7 floor bldg in the lane behind st 289, canteen guy Mr Chen pays cash', 270);
    expect(reasonCodes(repairer, khmer)).not.toContain('script_names');
    expect(reasonCodes(repairer, english)).not.toContain('script_names');
    // A name that opens with the same letters is still read: ចិន្តា (Chinda); and so is ចិន where it is the surname Chen.
    expect(textFeatures('ស្រីឈ្មោះ ចិន្តា នៅទួលគោក').scripts.latin).toContain('chenta');
    const chenWei = tip('ចិន វៃ ជាអ្នករកការងារនៅកៀនស្វាយ ផ្សាយការងារ ខែ ១៥០០ ដុល្លារ', 0, recruiter);
    expect(reasonCodes(chenWei, tip('Chen Wei posted the same ad again today', 140, recruiter))).toContain('script_names');
    const mrChen = tip('លោកចិន ជាថៅកែចិន នៅក្បែររង្វង់មូលតោមាស ក្រុងព្រះសីហនុ ជួលមនុស្សខ្មែរ', 0, recruiter);
    expect(reasonCodes(mrChen, tip('มีนายหน้าจีนชื่อเถ้าแก่เฉิน (Mr Chen) อยู่สีหนุวิลล์', 220, recruiter))).toContain('script_names');
  });
});

describe('a recruiter named in Chinese and in Khmer (decision 0217)', () => {
  it('hears a Latin name as Chinese writes it, without the h of an aspirate', () => {
    expect(heardInChinese('sokha')).toBe('soka');
    expect(heardInChinese('rithy')).toBe('liti');
  });

  it('meets Sokha called so in Chinese (叫索卡) by name and by key', () => {
    const chinese = tip('介绍人叫索卡，在马德望甘良路的村子招人，说去泰国工厂', 0, recruiter);
    const english = tip('Broker called Sokha, black Fortuner, visits villages on the Kamrieng road every Sunday', 600, recruiter);
    expect(reasonCodes(chinese, english)).toContain('script_names');
    const keys = (text: string) => keyFeatures(textFeatures(text)).names;
    expect(keys('介绍人叫索卡，在马德望')).toContain('n:soka');
    expect(keys('Broker called Sokha')).toContain('n:soka');
  });

  it('reads 万纳 at the start of a clause as Vanna, and the name after Khmer មេខ្យល់ ("broker")', () => {
    expect(nativeNames('万纳在涅良一带的村子招人').find((name) => name.text === '万纳')?.readings).toContain('vanna');
    expect(nativeNames('មេខ្យល់ វណ្ណា មកភូមិក្បែរអ្នកលឿង').find((name) => name.text === 'វណ្ណា')).toMatchObject({ person: true });
    // Not a broker's nationality or "that broker".
    expect(names('មេខ្យល់ចិន មកភូមិ')).toEqual([]);
  });

  it('meets Vanna in Chinese and in Khmer six hundred metres apart', () => {
    const chinese = tip('万纳在涅良一带的村子招人，带去金边，八个年轻人走了', 0, recruiter);
    const khmer = tip('មេខ្យល់ វណ្ណា មកភូមិក្បែរអ្នកលឿង ប្រាប់ក្មេងៗថាមានការងារនៅភ្នំពេញ ខែ ៥០០ដុល្លារ', 580, recruiter);
    expect(reasonCodes(chinese, khmer)).toContain('script_names');
    expect(scorePair(chinese, khmer).score).toBeGreaterThanOrEqual(0.5);
  });
});
