import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(11.58, 104.93);
const scriptNames = (text: string) => textFeatures(text).scripts.names.map((name) => ({ text: name.text, person: name.person ?? false }));
const concepts = (text: string) => [...conceptFeatures(text).concepts];
const recruiter = { category: 'RECRUITER' } as const;

// Decision 0214: what blind-51's writers (drivers, boatmen, porters who place a building by its route and its gate) showed
// the reader could not read.
describe('a person named after a Khmer title with a space, or after Chinese "that" (decision 0214)', () => {
  it('reads អ្នកស្រី សុខា and លោក គីម as persons, and the titles alone as none', () => {
    expect(scriptNames('នៅភូមិព្រែកហូរ អ្នកស្រី សុខា ចុះមកជួបក្មេងៗម្តងទៀត')).toEqual([{ text: 'សុខា', person: true }]);
    expect(scriptNames('ម្ចាស់គេហៅថា លោក គីម។ គេទិញទឹក ៤០ ធុង')).toEqual([{ text: 'គីម', person: true }]);
  });

  it('reads 那个索卡 ("that Sokha") as the name a Khmer tip writes សុខា', () => {
    expect(scriptNames('达克茂市场那个索卡又在招人')).toEqual([{ text: '索卡', person: true }]);
    const khmer = tip('ស្រីឈ្មោះ សុខា ជាមេខ្យល់ នៅផ្សារតាខ្មៅ។ នាងជួលឡានខ្ញុំដឹកក្មេងស្រី ៦ នាក់ទៅក្រុងព្រះសីហនុ', 0, recruiter);
    expect(reasonCodes(tip('达克茂市场那个索卡又在招人', 300, recruiter), khmer)).toContain('script_names');
  });
});

describe('words that are no names (decision 0214)', () => {
  it('reads no name in a Thai "the last time" after a kind of place', () => {
    expect(scriptNames('แล้วจ้างผมพาไปส่งคาสิโน ครั้งล่าสุด ๘ คน')).toEqual([]);
    // A name after the kind still is one.
    expect(scriptNames('ไปส่งที่คาสิโน ลักกี้สตาร์ ทุกคืน').map((name) => name.text)).toContain('ลักกี้สตาร์');
  });

  it('reads no name in the first word of a Vietnamese kind said in two ("Sòng bài … lại vào")', () => {
    const features = textFeatures('Sòng bài bên đường 1, xe đêm lại vào');
    expect([...features.names]).toEqual([]);
    expect(features.openers).toEqual([]);
    expect(reasonCodes(tip('Sòng bài bên đường 1, xe đêm lại vào', 0), tip('Sòng bài có tượng ngựa trắng, phía bắc quốc lộ 1 bên Bavet, 12 tầng.', 300))).not.toContain('names');
  });

  it('reads Bangkok and Saigon as towns, not as names two tips share', () => {
    expect(concepts('ผมขับรถตู้กรุงเทพฯ-อรัญฯ ส่งผู้โดยสารถึงวงเวียนปอยเปต')).toContain('bangkok');
    expect(concepts('Từ Sài Gòn chở ba thanh niên lên Mộc Bài')).toContain('ho chi minh city');
    expect([...textFeatures('Van from Bangkok drops people at the Poipet circle').names]).toEqual([]);
    expect(reasonCodes(tip('Driver from Saigon, took 3 boys to the casino by the checkpoint', 0), tip('Taxi from Saigon to the white building, 9 floors', 200))).not.toContain('names');
  });
});

describe('a gate by its number, and the gate a tip says it is not (decision 0214)', () => {
  it('reads a gate number in Indonesian, Burmese, and with its colour between in Khmer and Thai', () => {
    expect(concepts('Saya antar galon air ke gerbang nomor 16 di Jalan 1986')).toContain('gate_no:16');
    expect(concepts('သရဖူတိုက် ဂိတ် ၃ ဒီည လူထပ်ဝင်')).toContain('gate_no:3');
    expect(concepts('ទ្វារខៀវលេខ១៨ យប់នេះឡានចូល៣គ្រឿង')).toContain('gate_no:18');
    expect(concepts('ประตูสีฟ้าเลข ๑๘')).toContain('gate_no:18');
    expect(reasonCodes(tip('သရဖူတိုက် ဂိတ် ၃ ဒီည လူထပ်ဝင်', 0), tip('ပွိုင်ပက် ဂိတ် ၅ မှန်စိမ်းတိုက်', 140))).toContain('other_building_number');
  });

  it('does not read the gate of a Thai "not the tall one at gate 18", nor a roof after a number as a count of buildings', () => {
    const thai = 'ไปส่งข้าวสารที่โกดังประตูสีฟ้า ถนน 1986 เขียนเลข ๑๖ หลังคาสังกะสี ๓ ชั้น ไม่ใช่ตึกสูงประตู ๑๘ ที่อยู่ถัดไป มีหมาเยอะ';
    expect(concepts(thai)).not.toContain('gate_no:18');
    expect(concepts(thai).filter((id) => id.startsWith('buildings:'))).toEqual([]);
    expect(reasonCodes(tip('St 1986 gate 18, same again tonight', 0), tip(thai, 250))).not.toContain('same_row');
    // Said with its particle, as before: ไม่ใช่ตึก ๗ ชั้นนะ is another building's seven floors.
    expect(conceptFeatures('ไม่ใช่ตึก ๗ ชั้นนะ ตึกสีขาว').floors.size).toBe(0);
  });
});

describe('a market or a pagoda one tip is at and another near (decision 0214)', () => {
  it('does not tell a recruiter met "at Phsar Nat" from one near ផ្សារណាត់', () => {
    const khmer = tip('មេខ្យល់ឈ្មោះ អាឡុង ចិនកាត់ខ្មែរ អង្គុយហាងកាហ្វេក្បែរផ្សារណាត់ បាត់ដំបង។', 0, recruiter);
    const english = tip('Ah Long at Phsar Nat cafe again', 600, recruiter);
    expect(reasonCodes(english, khmer)).not.toContain('landmark');
    expect(scorePair(english, khmer).score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('what a tip says its place is not, and where it stands by (decision 0214)', () => {
  it('gives no number of the place a tip says it is not', () => {
    const indonesian = 'Saya antar galon air ke gudang pagar biru nomor 16 di Jalan 1986 Sen Sok, bukan yang nomor 18 yang gedungnya tinggi.';
    expect([...textFeatures(indonesian).numbers]).toContain('16');
    expect([...textFeatures(indonesian).numbers]).not.toContain('18');
    expect(reasonCodes(tip('Gate 18 again tonight, Sen Sok road 1986', 0), tip(indonesian, 180))).not.toContain('numbers');
  });

  it('reads the name after "block by" as where the block stands, not as the block', () => {
    expect(textFeatures('Grey 9-floor block by Lucky Mart 6A').landmarks).toEqual(new Set(['lucky', 'mart']));
    // After a deed, "by" names who did it.
    expect(textFeatures('Casino run by Chen Long, Bavet').names).toEqual(new Set(['chen', 'long']));
    const thai = tip('ตึกสีเทา 9 ชั้น ถนน 6A ฝั่งตะวันตก ติดกับร้าน Lucky Mart ไม่มีป้ายชื่อ', 0);
    expect(reasonCodes(tip('Grey 9-floor block by Lucky Mart 6A', 260), thai)).not.toContain('landmark');
  });

  it('reads a fishing village in every language', () => {
    for (const text of ['Gần làng chài Ream có một cầu tàu', 'ရိမ်း ငါးဖမ်းရွာ နားက သစ်သားဆိပ်ခံ', 'នៅភូមិអ្នកនេសាទរាម', 'boats leave the fishing village at Ream']) {
      expect(concepts(text)).toContain('fishing village');
    }
  });
});

describe('north, south, east or west of a kind of place (decision 0214)', () => {
  it('gives the colour of the factory a Khmer tip stands north of to the factory', () => {
    const redRoof = 'អគារដំបូលក្រហម ២ ជាន់ នៅខាងជើងរោងចក្រដំបូលបៃតងនោះ កំពែងមានលួសបន្លា';
    expect(concepts(redRoof)).toContain('other:green');
    expect(concepts(redRoof)).not.toContain('green');
    expect(reasonCodes(tip(redRoof, 0), tip('រោងចក្រដំបូលបៃតង ដង្កោ ម៉ោង៣ឡានមកទៀត', 140))).toContain('other_colour');
    // "The north building, white": the side of the building, no neighbour.
    expect(concepts('អគារខាងជើង ពណ៌ស ៥ ជាន់')).toContain('white');
  });
});

describe('what a Chinese tip stands near or north of (decision 0214)', () => {
  it('reads the casino before 北边 or 附近 as the landmark, not as the tip’s own name', () => {
    expect(scriptNames('金龙赌场北边那栋白楼，八层')).toEqual([]);
    expect(textFeatures('金龙赌场北边那栋白楼，八层').scripts.landmarks).toEqual(['金龙赌场']);
    expect(concepts('绿顶工厂北边的红顶楼，两层')).toEqual(expect.arrayContaining(['other:green', 'red']));
    for (const text of ['金龙赌场北边那栋白楼，八层', '金龙赌场附近那栋白楼，八层']) {
      const pair = scorePair(tip(text, 0), tip('金龙赌场，金色屋顶，十五层', 150));
      expect(pair.reasons.map((reason) => reason.code)).toContain('landmark');
      expect(pair.score).toBeLessThan(0.5);
    }
  });
});

describe('what a Korean tip stands by (decision 0214)', () => {
  it('gives the colour before 옆, 맞은편 or 북쪽 to the place the tip stands by', () => {
    expect(concepts('초록 지붕 공장 옆에 있는 빨간 건물, 2층')).toEqual(expect.arrayContaining(['other:green', 'red']));
    expect(concepts('초록 지붕 공장 옆에 있는 빨간 건물, 2층')).not.toContain('green');
    expect(concepts('노란 빌라 맞은편 회색 아파트')).toEqual(expect.arrayContaining(['other:yellow', 'grey']));
    // Without one, the colour is the place's own.
    expect(concepts('뚤꼭 노란 담장 빌라, 대문 위에 한글 간판')).toContain('yellow');
  });
});
