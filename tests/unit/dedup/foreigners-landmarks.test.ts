import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(10.6125, 103.524);
const concepts = (text: string) => [...conceptFeatures(text).concepts];
const recruiter = { category: 'RECRUITER' } as const;

// Decision 0215: what blind-53's writers (expats, guesthouse owners, backpackers, who place a building by the landmarks
// the map apps and the tourist trade name) showed the reader could not read.
describe('the landmarks foreigners place a street by (decision 0215)', () => {
  it('reads the Golden Lions roundabout in every language as one landmark, not as a name', () => {
    for (const text of ['Golden Lions tower, guards doubled', '골든 라이언 로터리 바로 옆 미완성 고층 건물', '金狮转盘边上那栋烂尾楼', 'ហាងកាហ្វេជិតរង្វង់មូលសិង្ហមាស']) {
      expect(concepts(text)).toContain('golden lion');
    }
    expect([...textFeatures('Lina lagi di kafe Golden Lions').names]).toEqual(['lina']);
  });

  it('does not take a recruiter in a café at Golden Lions and the tower on the roundabout for one place by its name', () => {
    const cafe = tip('Lina lagi di kafe Golden Lions', 0, recruiter);
    const tower = tip('The unfinished tower right on the Golden Lions roundabout. Only floors 1-8 have glass, those are lit all night.', 40);
    expect(reasonCodes(cafe, tower)).not.toContain('names');
    expect(scorePair(cafe, tower).score).toBeLessThan(0.5);
  });

  it('reads the bar street, the markets, the hill pagoda and the stadium across languages', () => {
    expect(concepts('guesthouse one block west of Pub Street')).toContain('pub street');
    expect(concepts('暹粒酒吧街西边小巷里那家旅馆')).toContain('pub street');
    expect(concepts('เกสต์เฮาส์ในซอยทางตะวันตกของผับสตรีท')).toContain('pub street');
    expect(concepts('ရုရှားဈေး အနောက်ဘက် ပြာရောင်မှန် ၆ ထပ် ရုံး')).toContain('russian market');
    expect(concepts('Hostel hijau dekat Old Market')).toEqual(expect.arrayContaining(['old market', 'market']));
    expect(concepts('ហាងបាយកូរ៉េជិតពហុកីឡដ្ឋានអូឡាំពិក')).toContain('olympic stadium');
    expect(concepts('bars near Wat Phnom')).toContain('wat phnom');
    expect(concepts('세렌디피티 비치 로드, 부두 쪽으로')).toContain('ochheuteal');
  });
});

describe('Boeung Keng Kang\'s quarters (decision 0215)', () => {
  it('reads BKK1 as the quarter: no name, and its 1 no number', () => {
    const features = textFeatures('BKK1, Street 278 near the corner with 57: the 3-storey yellow villa');
    expect([...features.names]).toEqual([]);
    expect([...features.numbers].sort()).toEqual(['278', '3', '57']);
    expect(concepts('ร้านกาแฟใน BKK1 มีคนสัมภาษณ์งาน')).toContain('bkk');
  });

  it('does not take two places of BKK1 for one by the quarter\'s name and number', () => {
    const cafe = tip('ร้านกาแฟใน BKK1 มีคนสัมภาษณ์งานคนไทย ๕ คนต่อวัน บอกว่าเป็นงานแอดมินออนไลน์', 0, recruiter);
    const restaurant = tip('คนเกาหลีชื่อคิม หาคนที่ร้านอาหารเกาหลีแถว BKK1', 170, recruiter);
    expect(reasonCodes(cafe, restaurant)).not.toContain('names');
    expect(reasonCodes(cafe, restaurant)).not.toContain('numbers');
    expect(scorePair(cafe, restaurant).score).toBeLessThan(0.5);
  });
});

describe('Chinese words of when are no names (decision 0215)', () => {
  it('does not read 今晚 ("tonight") as the Latin name Jin Wan', () => {
    const hongyun = tip('鸿运三栋，今晚又来两车人');
    const jinwan = tip('Grey tower two streets back from Ochheuteal, the single one with a yellow crane next to it (Jin Wan on the sign).', 90);
    expect(reasonCodes(hongyun, jinwan)).not.toContain('script_names');
    // The name itself, written in Chinese, still meets it.
    expect(reasonCodes(tip('奥彻蒂尔后面那栋单独的灰色高楼，招牌“金湾”'), jinwan)).toContain('script_names');
  });
});

describe('the Chinese words said after a landmark are one list (decision 0215)', () => {
  it('reads a Latin name before 边上 ("beside") as the landmark\'s, not the tip\'s', () => {
    const features = textFeatures('Lucky Star 边上的灰色八层楼');
    expect([...features.names]).toEqual([]);
    expect([...features.landmarks]).toEqual(['lucky', 'star']);
  });

  it('reads the casino before 周边 ("around") or 旁 ("beside") as the neighbour, with its red roof', () => {
    expect(concepts('红顶赌场周边的白色楼，八层')).toEqual(expect.arrayContaining(['other:casino', 'other:red', 'white']));
    expect(concepts('红顶赌场周边的白色楼，八层')).not.toContain('roof:red');
    expect(concepts('金沙赌场旁的白楼')).toContain('other:casino');
    expect(concepts('金沙赌场旁的白楼')).not.toContain('casino');
  });
});

describe('a sliding gate\'s colour (decision 0215)', () => {
  it('reads the gate\'s colour past "sliding" in English and Khmer, and before တံခါး in Burmese', () => {
    expect(concepts("the walled block with the YELLOW sliding gate")).toContain('gate:yellow');
    expect(concepts('តំបន់ Chinatown បរិវេណមានទ្វាររអិលពណ៌លឿង')).toContain('gate:yellow');
    expect(concepts('Chinatown ဘက်က အဝါရောင် တံခါး ဝင်းကြီး')).toContain('gate:yellow');
  });
});

// Decision 0215, from blind-55's writers (mobile-money agents, changers, pawn and SIM shops who place a mule or a compound
// by their counter).
describe('the counters money is counted at (decision 0215)', () => {
  const scriptNames = (text: string) => textFeatures(text).scripts.names.map((name) => name.text);

  it('reads Kilo 4 and 7 Makara as quarters: no name, their digit no number', () => {
    const kilo = textFeatures('Kompleks 3 gedung di belakang pasar Kilo 4 Poipet, pagar seng.');
    expect([...kilo.names]).toEqual([]);
    expect([...kilo.numbers]).toEqual(['3']);
    const makara = textFeatures('7 Makara区那栋蓝色玻璃二十三层大楼，一楼有U商柜台');
    expect([...makara.names]).toEqual([]);
    expect([...makara.numbers]).toEqual([]);
  });

  it('reads no name in a counter, a car, a gate of the market or "we"', () => {
    expect([...textFeatures('Quầy Wing chợ Olympic, lại rút tiền').names]).toEqual([]);
    expect([...textFeatures('Heng Heng money changer opposite Psar Leu, always the same Land Cruiser outside.').names]).toEqual(['heng']);
    expect(scriptNames('东门Wing，今天又来了四个人')).toEqual([]);
    expect(scriptNames('我们公司就是他的，每周来换钱')).toEqual([]);
  });

  it('does not meet two Burmese tips by the word for dollar', () => {
    const recruiter = tip('အာလုံ ဆိုတဲ့လူက မြန်မာလုပ်သားတွေကို ဘဏ်အကောင့်ဖွင့်ပေးရင် ဒေါ်လာ ၅၀ ပေးမယ်ပြောတယ်', 0, { category: 'RECRUITER' });
    const stall = tip('အိုရုစီဈေး မြေညီထပ် အရှေ့လှေကားနား ငွေလဲဆိုင်မှာ USDT ကို ဒေါ်လာ လဲပေးတယ်', 245, { category: 'MONEY_MULE' });
    expect(reasonCodes(recruiter, stall)).not.toContain('script_names');
  });

  it('reads the Orussey market in Chinese and Burmese as the landmark it is, a market', () => {
    expect(concepts('招人的叫阿龙，在奥鲁西市场那边找本地年轻人开ABA账户')).toEqual(expect.arrayContaining(['orussey market', 'market']));
    expect(concepts('အိုရုစီဈေး မြေညီထပ် အရှေ့လှေကားနား ငွေလဲဆိုင်')).toContain('orussey market');
  });
});
