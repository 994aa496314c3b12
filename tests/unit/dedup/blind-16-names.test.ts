import { describe, expect, it } from 'vitest';
import { nativeNames } from '@/lib/dedup/native-names';
import { khmerReading } from '@/lib/dedup/romanise';
import { scorePair } from '@/lib/dedup/score-pair';
import { handleTokens, nameSets, numberTokens, textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0148: names and people across scripts, causes found on blind-16 and blind-18. Every
// name, phone and handle here is invented for the test; none is from a labelled set.
const tip = tipsNear(11.57, 104.91);
const recruiter = (text: string, north = 0) => tip(text, north, { category: 'RECRUITER' });
const codes = (a: ReturnType<typeof tip>, b: ReturnType<typeof tip>) => reasonCodes(a, b);

describe('phones and handles (0148)', () => {
  it('reads a foreign mobile written without + after an app name as the one written at home', () => {
    // Indonesia 62 and 8…, Vietnam 84 and nine digits, Thailand 66 and nine.
    expect(numberTokens('WA 62 813-2222-4571')).toContain('81322224571');
    expect(numberTokens('0813-2222-4571')).toEqual(new Set(['81322224571']));
    expect(numberTokens('zalo 84 912 000 731')).toContain('912000731');
    expect(numberTokens('line 66 81 555 0192')).toContain('815550192');
    // Not after another word: an account may start with those digits.
    expect(numberTokens('account 6281322224571')).toEqual(new Set(['6281322224571']));
  });

  it('knows one list of messaging apps for handles, phones and names alike', () => {
    // An app named in Chinese before a foreign mobile, as before a handle.
    expect(numberTokens('电报 84 912 000 731')).toContain('912000731');
    // "wa" before a handle said aloud, as before a phone.
    expect(handleTokens('wa: sokun hr 61')).toEqual(['@sokunhr61']);
  });

  it('does not read a handle as a name, so two handles of one recruiter are no two names', () => {
    const features = textFeatures('박실장 카톡 bluejob55 캄보디아');
    expect([...features.names]).toEqual([]);
    expect(features.handleNames).toEqual(['bluejob55', 'bluejob']);
    // The trade's words in a handle are no one's name.
    expect(textFeatures('tg dara_jobs77 ហៅមនុស្ស').handleNames).toEqual(['darajobs77', 'dara']);
    const [a, b] = [recruiter('박실장 카톡 bluejob55 캄보디아'), recruiter('韩国中介朴室长，电报seoul_blue_55，送人到贡布', 200)];
    expect(codes(a, b)).not.toContain('names_differ');
  });

  it('meets a name in the letters of a handle (Chen Wei / tg chenwei_hr…)', () => {
    const a = recruiter('มีคนชวนไปทำงาน เทเลแกรม haoran_job21 อย่าไปนะ');
    const b = recruiter('ong Hao Ran tuyen nguoi lam o Nam Vang, sdt 0977000123', 300);
    expect(scorePair(a, b).reasons.find((reason) => reason.code === 'names')).toMatchObject({ names: ['hao ran'] });
  });
});

describe('people by their titles in every script (0148)', () => {
  it('reads 阿X as a person called X, not 阿姨', () => {
    expect(nativeNames('越南中介 阿梅 骗人来巴域').map((name) => [name.text, name.person])).toContainEqual(['阿梅', true]);
    expect(nativeNames('我阿姨在西港').filter((name) => name.person)).toEqual([]);
  });

  it('reads a Korean surname in hanja before a Korean title by its Korean spelling', () => {
    expect(nativeNames('韩国中介崔室长').find((name) => name.text === '崔室长')?.readings).toContain('choi');
    const [a, b] = [recruiter('崔社长 在贡布招人'), recruiter('최사장 카톡 사기', 200)];
    expect(codes(a, b)).toContain('script_names');
  });

  it('reads a Burmese name without its title (ကို Ko), as Thai writes it', () => {
    const [name] = nativeNames('ကိုသန်းမင်း ဆိုတဲ့ ပွဲစားက');
    expect(name?.skeleton).toBe('TNMN');
    expect(name?.person).toBe(true);
  });

  it('reads a short name after ឈ្មោះ as a person, even when the word also means something else', () => {
    // ឡាន is also "car".
    expect(nativeNames('មេខ្យល់ស្រីឈ្មោះ ឡាន ហៅតាម Telegram')).toMatchObject([{ text: 'ឡាន', readings: ['lan'], person: true }]);
    expect(nativeNames('ป้ายชื่อ ไม่มี')).toEqual([]);
  });

  it('reads ាំង as "ang" and skips a language word after ឈ្មោះ', () => {
    expect(khmerReading('ចាំង')).toBe('chang');
    expect(nativeNames('ឈ្មោះចិន ជីនហួ').map((name) => name.text)).toEqual(['ជីនហួ']);
  });

  it('takes Indonesian titles and lower-case names after "namanya" and before an app', () => {
    expect([...nameSets('hati2 sama pak darto wa 0813').subjects]).toEqual(['darto']);
    expect([...nameSets('tempatnya namanya mingyue garden tembok kuning').subjects]).toEqual(['mingyue']);
    expect([...nameSets('Broker named Sokha recruits').subjects]).toEqual(['sokha']);
    expect([...nameSets('Tuan zalo 0903 000 111 bavet').subjects]).toEqual(['tuan']);
  });

  it('reads a final y as i in a name (Andy / Andi)', () => {
    expect(codes(recruiter("agent 'Pak Andi' at the airport"), recruiter('hati2 sama Andy Wijaya', 200))).toContain('names');
  });
});

describe('place names across scripts (0148)', () => {
  it('keeps -n and -ng apart between a Chinese name and a Khmer one', () => {
    // 金莲 jinlian is not ជីនឡុង "chinlong"; 金龙 jinlong is.
    const khmer = tip('អគារពណ៌ប្រផេះ ឈ្មោះចិន ជីនឡុង');
    expect(codes(khmer, tip('金莲园区 灰色', 200))).not.toContain('script_names');
    expect(codes(khmer, tip('金龙园区 灰色', 200))).toContain('script_names');
  });

  it('reads 海 as sea or ocean in a translated name', () => {
    expect(codes(tip('巴域 海冠 绿顶'), tip('Con tôi ở chỗ Ocean Crown, mái xanh', 200))).toContain('script_names');
  });

  it('reads a Vietnamese name without marks in unmarked Vietnamese by its name words', () => {
    const features = textFeatures('toi bi giu o khu Phuong Hoang, toa nha 5 tang, cuu toi voi');
    expect(features.concepts.concepts.has('phoenix')).toBe(true);
    expect([...features.joinedNames.keys()]).toContain('fenghuang');
  });

  it('meets a misspelt lower-case name and a lower-case pair in another script', () => {
    expect(codes(tip('silver orhcid otres blue bldg'), tip('Khu Silver Orchid ở Otres, màu xanh', 200))).toContain('script_names');
    expect(codes(tip('o smach moon garden grey bldg'), tip('โอเสม็ด ตึกมูนการ์เด้น ๖ ชั้น', 200))).toContain('script_names');
  });

  it('reads no name in a Khmer run that opens with a thing', () => {
    expect(nativeNames('មានបុរីថ្មី របងខ្ពស់ ៤ម៉ែត្រ ជិតផ្សារ')).toEqual([]);
    expect(nativeNames('មានបុរីសុខលាភ ជញ្ជាំងលឿង').map((name) => name.text)).toEqual(['សុខលាភ']);
  });
});
