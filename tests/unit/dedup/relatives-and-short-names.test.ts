import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { nameOnsets, nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decisions 0182 and 0183. Every text here is invented for the test.
const tip = tipsNear(10.62, 103.52);
const names = (text: string) => nativeNames(text).map((name) => name.text);

describe('a relative named after the kinship word, and a Chinese name in Khmer or Thai (0182)', () => {
  it('reads the name after 弟弟, 表弟, 老公: a surname and one or two characters', () => {
    expect(names('我表弟李志强被卖到西港')).toContain('李志强');
    expect(names('我弟弟刘洋在西港胜利山附近')).toContain('刘洋');
    expect(names('老公王建华被骗去柬埔寨')).toContain('王建华');
  });

  it('reads no name where a verb follows the kinship word', () => {
    expect(names('弟弟说他在达克茂，手机被抢了')).toEqual([]);
    expect(names('朋友转给我的消息，说在西港')).toEqual([]);
  });

  it('meets the relative written in Vietnamese by its Hán-Việt reading', () => {
    const chinese = tip('我表弟李志强被卖到西港，灰色的楼，十层', 0);
    const vietnamese = tip('Tôi làm chung với anh Lý Chí Cường ở Sihanoukville, tòa nhà màu xám 10 tầng', 400);
    expect(reasonCodes(chinese, vietnamese)).toContain('script_names');
    expect(scorePair(chinese, vietnamese).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads a Chinese name in Thai and Khmer whole, surname and given name, and the surname alone', () => {
    expect(names('ชายจีนชื่อเฉิน เจียหาว ถูกขังที่โอเสม็ด')).toEqual(expect.arrayContaining(['เฉิน เจียหาว', 'เฉิน']));
    expect(names('ចិនឈ្មោះ វ៉ាង ស៊ាវជុន ជាប់ឃុំនៅអូរស្មាច់')).toEqual(expect.arrayContaining(['វ៉ាង ស៊ាវជុន', 'វ៉ាង']));
  });

  it('meets the Thai spelling of a relative named in Chinese, as the surname alone did not', () => {
    const chinese = tip('我哥哥陈家豪在奥斯马被关，手机被抢了', 0);
    const thai = tip('ชายจีนชื่อเฉิน เจียหาว ถูกขังที่โอเสม็ด', 900);
    expect(scorePair(chinese, thai).reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: expect.arrayContaining(['陈家豪 (chenjiahao)']) }));
    expect(scorePair(chinese, thai).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});

describe('a Chinese name of three consonants written in Thai or Khmer (0183)', () => {
  it('meets it by its consonants and nasals', () => {
    const thai = tip('คาสิโนจินซา ฝั่งใต้ถนน ป้ายสีน้ำเงิน', 0);
    const chinese = tip('金沙酒店，公路南边，门口蓝色招牌', 280);
    expect(reasonCodes(thai, chinese)).toContain('script_names');
    expect(scorePair(thai, chinese).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('does not meet it where the nasals differ (-ng against -n)', () => {
    const thai = tip('คาสิโนจิงซา ฝั่งใต้ถนน ป้ายสีน้ำเงิน', 0);
    const chinese = tip('金沙酒店，公路南边，门口蓝色招牌', 280);
    expect(reasonCodes(thai, chinese)).not.toContain('script_names');
  });
});

describe('a Thai person named after นาย, นาง or นางสาว, or opening the tip before a people\'s word (0185)', () => {
  it('reads the full name after the title, its words spaced, up to a deed or a people', () => {
    expect(names('นายจัน ดารา หาแรงงานไปทำงานคาสิโน')).toContain('จัน ดารา');
    expect(names('มูลนิธิแจ้ง: นายซอ มิน ชาวพม่า ถูกขังที่ปอยเปต')).toContain('ซอ มิน');
  });

  it('reads no name after นายหน้า (a broker) or นายจ้าง (an employer)', () => {
    expect(names('นายหน้าพม่า ส่งคนไปไพลิน')).toEqual([]);
    expect(names('นายจ้าง ยึดพาสปอร์ต')).toEqual([]);
  });

  it('meets the Chinese name of a recruiter the Thai tip opens with', () => {
    const thai = tip('เฉินเหว่ย คนจีนที่เกียนสวาย หลอกคนไปทำงาน เงินเดือน ๑๕๐๐ ดอลลาร์', 0, { category: 'RECRUITER' });
    const korean = tip('천웨이라는 중국인이 끼엔스바이에서 고객상담 알바 구한다고 함, 월 1500달러', 250, { category: 'RECRUITER' });
    expect(reasonCodes(thai, korean)).toContain('script_names');
    expect(scorePair(thai, korean).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});

describe('a boss called by surname and 老板 (0186)', () => {
  it('reads 陈老板 as Boss Chen, a person, and 中国老板 as no one', () => {
    const boss = nativeNames('西港奥特雷斯2号村陈老板的别墅区').find((name) => name.text === '陈老板');
    expect(boss).toMatchObject({ person: true, readings: expect.arrayContaining(['chen', 'tran']) });
    expect(names('中国老板很凶，打人')).toEqual([]);
  });

  it('gives a titled name no syllable onsets: the title is no part of the name', () => {
    const [boss] = nativeNames('西港奥特雷斯2号村陈老板的别墅区').filter((name) => name.text === '陈老板');
    expect(nameOnsets(boss!)).toEqual([]);
    const [manager] = nativeNames('管事的韩国人大家叫他金室长').filter((name) => name.text === '金室长');
    expect(nameOnsets(manager!)).toEqual([]);
    const [relative] = nativeNames('我弟弟王小军在安隆汶被关').filter((name) => name.text === '王小军');
    expect(nameOnsets(relative!)).toEqual(['vsc']);
  });
});

describe('a Chinese boss in a Korean tip: by the sound of his surname or its hanja reading (0187)', () => {
  it('reads 천 사장 as Boss Chen, and 천 with no title after it as no one', () => {
    expect(nativeNames('오트레스2 근처 천 사장 빌라 단지래요').find((name) => name.text === '천사장')).toMatchObject({ person: true, readings: expect.arrayContaining(['chen']) });
    expect(names('천막 안에 사람들이 있어요')).toEqual([]);
  });

  it('meets 陈老板 and 천 사장 across 1.2 km, the same villas behind a blue gate', () => {
    const chinese = tip('西港奥特雷斯2号村陈老板的别墅区，六栋别墅，蓝色铁门，保安穿灰色制服', 0);
    const korean = tip('오트레스2 근처 천 사장 빌라 단지래요. 파란 철문', 1200);
    expect(reasonCodes(chinese, korean)).toContain('script_names');
    expect(scorePair(chinese, korean).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('meets 黄总 and 황 사장 by the hanja reading of 黄', () => {
    const chinese = tip('黄总在贡布又开了个新园区', 0);
    const korean = tip('캄폿 시내 근처 황 사장 새 단지. 한국 사람 데려간다는 소문', 1300);
    expect(scorePair(chinese, korean).reasons).toContainEqual(expect.objectContaining({ code: 'script_names', names: expect.arrayContaining(['황사장 (hwang)']) }));
  });
});
