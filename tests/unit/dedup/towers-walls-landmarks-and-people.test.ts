import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { tipsNear } from '../../helpers/dedup-tips';

// Decisions 0197 and 0198. Every text here is invented for the test.
const tip = tipsNear(10.95, 103.35);
const sharedConcepts = (a: string, b: string, north = 450) => {
  const reason = scorePair(tip(a, 0), tip(b, north)).reasons.find((found) => found.code === 'concepts');
  return reason && 'concepts' in reason ? reason.concepts : [];
};

describe('a building of ten floors or more is a tower (0197)', () => {
  it('meets "towers" said without a count', () => {
    expect(sharedConcepts('다라사코 회색 14층 아직 운영중', 'Dara Sakor grey towers, still running')).toContain('tower');
    expect(sharedConcepts('Dara Sakor grey towers, still running', 'ដារាសាគរ អគារប្រផេះ ១៤ជាន់')).toContain('tower');
  });

  it('so the two tips of one grey tower at Dara Sakor, 450 m apart, are flagged', () => {
    expect(scorePair(tip('다라사코 회색 14층 아직 운영중', 0), tip('Dara Sakor grey towers, still running', 450)).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('but not a low building, and not twice where both give the count (their floors weigh it)', () => {
    expect(sharedConcepts('다라사코 회색 4층 아직 운영중', 'Dara Sakor grey towers, still running')).not.toContain('tower');
    expect(sharedConcepts('다라사코 회색 14층 아직 운영중', 'Dara Sakor grey 14 floor building')).not.toContain('tower');
  });
});

describe('a new wall or fence, in every language (0197)', () => {
  it('is read in the eight languages, and is a wall', () => {
    for (const text of [
      'new concrete wall on the right of the rubber road',
      'Tembok beton baru di kanan jalan kebun karet',
      'Bên phải đường lô cao su, tường bê tông mới',
      '고무농장 길 오른쪽, 새 콘크리트 담',
      'ផ្លូវចម្ការកៅស៊ូ មានរបងបេតុងថ្មី',
      '橡胶园路右边新围墙',
      'ถนนสวนยาง กำแพงใหม่ ด้านขวา',
      'ရော်ဘာခြံ လမ်း ညာဘက် ကွန်ကရစ် တံတိုင်းအသစ်',
    ]) {
      expect(textFeatures(text).concepts.concepts, text).toContain('new wall');
      expect(textFeatures(text).concepts.concepts, text).toContain('wall');
    }
  });

  it('is not an old wall, nor a new building', () => {
    expect(textFeatures('old concrete wall on the right of the rubber road').concepts.concepts).not.toContain('new wall');
    expect(textFeatures('a new building behind the wall').concepts.concepts).not.toContain('new wall');
  });
});

describe('a landmark the concepts know, in one Latin word, is a place and not a name (0197)', () => {
  it('does not make "Caltex" and "Kampi" two names of two places', () => {
    expect([...textFeatures('ក្រចេះ ផ្លូវទៅកំពី ហួស Caltex បន្តិច របងពណ៌ទឹកក្រូច មិនទាន់រួច').names]).not.toContain('caltex');
    const khmer = tip('ក្រចេះ ផ្លូវទៅកំពី ហួស Caltex បន្តិច របងពណ៌ទឹកក្រូច មិនទាន់រួច ខាងឆ្វេងដៃ', 0);
    const chinese = tip('桔井 往Kampi方向 加德士过去一点 左手边 橙色围墙 没盖完的楼', 380);
    expect(scorePair(khmer, chinese).reasons.map((reason) => reason.code)).not.toContain('names_differ');
    expect(scorePair(khmer, chinese).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('reads Caltex in Chinese, Korean and Thai as the petrol station it is', () => {
    for (const text of ['加德士过去一点', '근처에 칼텍스 주유소', 'ตรงข้ามคาลเท็กซ์']) expect(textFeatures(text).concepts.concepts, text).toContain('petrol');
  });

  it('but a compound named after the place is still named ("Thpong Garden")', () => {
    expect([...textFeatures('Thpong Garden compound, 3 blocks, guards').names]).toEqual(expect.arrayContaining(['garden']));
  });
});

describe('the nationality of the people held (0198)', () => {
  it('is read as people in the eight languages, not as a country', () => {
    for (const text of ['day nha sau cho Bavet, nguoi Myanmar', 'ខាងក្រោយផ្សារបាវិត ឮគេនិយាយភាសាភូមា', '30 Burmese workers locked in', '缅甸人二十个', '미얀마 사람 20명', 'คนพม่าเยอะ', 'ada orang myanmar 20', 'မြန်မာ ၂၀ ယောက်']) {
      expect(textFeatures(text).concepts.concepts, text).toContain('burmese people');
    }
    expect(textFeatures('Poipet casino by the Thai border').concepts.concepts).not.toContain('thai people');
    expect(textFeatures('โรงแรมใกล้ชายแดน มีคนไทยถูกขัง').concepts.concepts).toContain('thai people');
  });

  it('is weighed as a concept two tips share', () => {
    expect(sharedConcepts('day nha sau cho Bavet, nguoi Myanmar', 'ខាងក្រោយផ្សារបាវិត ផ្ទះល្វែង ឮគេនិយាយភាសាភូមា')).toContain('burmese people');
    expect(sharedConcepts('day nha sau cho Bavet, nguoi Viet', 'ខាងក្រោយផ្សារបាវិត ផ្ទះល្វែង ឮគេនិយាយភាសាភូមា')).not.toContain('burmese people');
  });
});

describe('a gold top in Chinese, 金顶 (0198)', () => {
  it('is a gold dome, a roof of gold', () => {
    const concepts = textFeatures('巴域一号公路边的旧赌场，白色金顶，七层。').concepts.concepts;
    expect([...concepts]).toEqual(expect.arrayContaining(['dome', 'gold', 'roof:gold']));
  });

  it('but 金 in a name is no colour', () => {
    expect(textFeatures('金龙大楼 十二层').concepts.concepts).not.toContain('gold');
    expect(textFeatures('金沙赌场后面的楼').concepts.concepts).not.toContain('gold');
  });

  it('so the hotel behind the gold-dome casino is told from the casino', () => {
    const casino = tip('巴域一号公路边的旧赌场，白色金顶，七层。里面有个越南人，天天挨打。', 0);
    const hotel = tip('បាវិត សណ្ឋាគារពណ៌ស ៧ជាន់ ស្លាកខៀវ នៅខាងក្រោយកាស៊ីណូដំបូលមាស។ មិនមែនកាស៊ីណូទេ', 470);
    expect(scorePair(casino, hotel).reasons.map((reason) => reason.code)).toContain('landmark');
    expect(scorePair(casino, hotel).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });
});
