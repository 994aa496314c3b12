import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { DEDUP_DEFAULTS, DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { withGroupMatches } from '@/lib/dedup/find-duplicates';
import { keyFeatures } from '@/lib/dedup/keys';
import { nativeNames } from '@/lib/dedup/native-names';
import { type PreparedTip, scorePair } from '@/lib/dedup/score-pair';
import { textFeatures } from '@/lib/dedup/text-features';
import { tipRef } from '@/lib/tips/staff-ref';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

const tip = tipsNear(10.6, 103.53);
const names = (text: string) => nativeNames(text).map((name) => name.text);
const nameKeys = (text: string) => keyFeatures(textFeatures(text)).names;
const recruiter = { category: 'RECRUITER' } as const;

// Decision 0218: what blind-63's writers (drivers, sellers and former workers who knew a compound before a raid or a new
// owner and report it again under its new name) showed the reader could not read.
describe('places that change and the short tips that follow them (decision 0218)', () => {
  it('keys a Chinese name in a tip of another language by its pinyin, as a Latin tip writes it', () => {
    expect(nameKeys('시아누크빌 오체티알 해변 뒤 7층 흰색 건물, 간판 星辉. 사장 이름 천룽.')).toContain('n:xinghui');
    expect(nameKeys('Gedung putih 7 lantai dekat pantai Ochheuteal, nama baru Xing Hui.')).toContain('n:xinghui');
  });

  it('reads the name a Chinese follow-up opens with, before "tonight", "again" or "changed"', () => {
    expect(names('星辉今晚又进来两辆车')).toContain('星辉');
    expect(names('皇龙换了牌子，人还在')).toContain('皇龙');
    expect(nameKeys('星辉今晚又进来两辆车')).toContain('n:xinghui');
    // Not a pronoun and the words after it, nor a word for a kind of place.
    expect(names('我今天又看到车')).toEqual([]);
    expect(names('工厂今晚又来车')).toEqual([]);
  });

  it('reads the name before a trade a Chinese firm ends with, and after "renamed"', () => {
    const renamed = nameKeys('我2024年在西港海丰科技待过八个月，上周路过，牌子换成星辉贸易，老板还是陈龙。');
    expect(renamed).toEqual(expect.arrayContaining(['n:haifeng', 'n:xinghui']));
    expect(renamed.filter((key) => key.includes('huancheng'))).toEqual([]);
    expect(names('去Ream路上的龙腾园区，挂亚洲之星物流的牌子')).toContain('亚洲之星');
    // High tech (高科技) and the trade a sentence speaks of are no firm's name.
    expect(names('他们搞高科技诈骗')).toEqual([]);
    expect(names('做国际贸易的公司')).toEqual([]);
  });

  it('keys the word pairs of a one-line tip without capitals, one of which is its name', () => {
    expect(nameKeys('xing hui still busy tonight')).toContain('n:xinghui');
    // Nor those of a run of unknown words, Khmer written in Latin letters: its everyday phrases would be keys.
    expect(nameKeys('phteah khiev nov tae mean mnus').filter((key) => key.startsWith('n:'))).toEqual([]);
    // Not those of a longer tip: its name is written as one, and its pairs would be many keys.
    expect(nameKeys('we drove past the xing hui building on monday and again on friday night, guards at the side lane, vans')).not.toContain('n:xinghui');
  });

  it('meets a Chinese follow-up and a lower-case one about the same renamed building, 550 m apart', () => {
    const chinese = tip('星辉今晚又进来两辆车', 0);
    const latin = tip('xing hui still busy tonight', 550);
    expect(scorePair(chinese, latin).score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads Kampenh as a part of Sihanoukville, not a name', () => {
    expect([...conceptFeatures('Golden Dragon Kampenh, atap merah').concepts]).toContain('kampenh');
    expect([...conceptFeatures('คาสิโนเก่ารอยัลดรากอนที่กำเปญ').concepts]).toContain('kampenh');
    expect([...textFeatures('Golden Dragon Kampenh, atap merah').names]).not.toContain('kampenh');
    const casino = tip('Old Royal Dragon casino in Kampenh, green roof, now KP Tech Park', 0);
    const landing = tip('Bến thuyền nhỏ ở Kampenh, khoảng 2 giờ sáng có thuyền chở người vào.', 260, { category: 'OTHER' });
    expect(scorePair(casino, landing).score).toBeLessThan(0.5);
  });

  it('reads a Khmer stop written twice once, and a final ី as y, as a name is spelt in Latin letters (វុទ្ធី, Vuthy)', () => {
    expect(nativeNames('មានបុរសម្នាក់ឈ្មោះ វុទ្ធី មកភូមិខ្ញុំ')[0]!.readings).toContain('vuthy');
    const khmer = tip('មានបុរសម្នាក់ឈ្មោះ វុទ្ធី មកភូមិខ្ញុំនៅពោធិ៍សាត់ ប្រាប់ក្មេងៗថាមានការងារនៅក្រុងព្រះសីហនុ', 0, recruiter);
    const vietnamese = tip('Gần chợ Pursat có anh Vu Thy tuyển người đi làm ở Sihanoukville, lương 800 đô.', 700, recruiter);
    expect(reasonCodes(khmer, vietnamese)).not.toContain('names_differ');
    expect(scorePair(khmer, vietnamese).score).toBeGreaterThanOrEqual(0.5);
  });

  it("reads Thai พี่ and Latin P' before a nickname as a title: P'Noi and พี่น้อย are Noi", () => {
    expect(textFeatures("Thai woman called P'Noi recruiting at the Poipet taxi stand").people).toContain('noi');
    const thai = nativeNames('นายหน้าผู้หญิงชื่อพี่น้อย นั่งแถววงเวียนปอยเปต')[0]!;
    expect(thai.readings).toContain('noi');
    expect(thai.person).toBe(true);
    // พี่น้อง is "brothers and sisters", no one's title.
    expect(names('พี่น้องของฉันอยู่ในตึก')).toEqual([]);
    const english = tip("Thai woman called P'Noi recruiting at the Poipet taxi stand, takes your passport", 0, recruiter);
    expect(scorePair(tip('นายหน้าผู้หญิงชื่อพี่น้อย นั่งแถววงเวียนปอยเปต ชวนคนไทยไปทำงานออนไลน์', 150, recruiter), english).score).toBeGreaterThanOrEqual(0.5);
  });

  it('reads the name a glued Thai follow-up opens with, up to the deed after it', () => {
    const koZaw = nativeNames('โกซอพาพม่ามาอีก ๖ คน');
    expect(koZaw.map((name) => name.text)).toEqual(['โกซอ']);
    expect(koZaw[0]!.readings).toContain('kozaw');
    expect(names('ตึกเหลืองมีคนมาอีก')).toEqual([]);
    // คน ("someone") before ซื้อ ("buys") is no name.
    expect(names('คนซื้อบัญชีที่ บขส.ปอยเปต ยังอยู่')).toEqual([]);
  });

  it("does not count a titled person's name left over as another place's name", () => {
    const agency = tip('ភ្នាក់ងាររកការងារ Golden Future ជិតផ្សារណាត់ ឥឡូវប្ដូរស្លាកពណ៌ទឹកក្រូច ឈ្មោះ Sabay Work តែមនុស្សដដែល។', 0);
    const renamed = tip("Sabay Work Service near Psar Nat, orange sign. Sends young people to 'casino jobs'. The recruiter Vuthy brings them.", 140);
    expect(reasonCodes(agency, renamed)).not.toContain('names_differ');
    expect(scorePair(agency, renamed).score).toBeGreaterThanOrEqual(0.5);
    // A place's name left over still differs.
    expect(reasonCodes(tip('Golden Lotus casino, Mr Kim at the gate', 0), tip('Royal Lotus casino', 100))).toContain('names_differ');
  });

  it('flags a tip giving the old name beside one giving the new, when a likely duplicate gives both and says it was renamed', () => {
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const newName = tip('Asia Star on the Ream road, vans go in at night', 0, { id: id(1) });
    const both = tip('Asia Star di jalan ke Ream, dulu namanya Long Teng. Masih banyak orang Vietnam di dalam', 120, { id: id(2) });
    const oldName = tip('Long Teng compound on the Ream road, three blocks, Khmer workers inside', 260, { id: id(3) });
    const listed = tip('Asia Star and Long Teng, both on the Ream road, vans at night', 120, { id: id(4) });
    const taller = tip('Long Teng compound on the Ream road, 12 floors, Khmer workers inside', 260, { id: id(5) });
    const scored = (others: PreparedTip[]) => others.map((other) => ({ other, ...scorePair(newName, other) }));
    expect(scorePair(newName, oldName).reasons.map((reason) => reason.code)).toContain('names_differ');
    expect(scorePair(newName, oldName).score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    const [, lifted] = withGroupMatches(scored([both, oldName]), DEDUP_DEFAULTS);
    expect(lifted!.score).toBe(DUPLICATE_FLAG_THRESHOLD);
    expect(lifted!.reasons[0]).toMatchObject({ code: 'shared_match', tip: tipRef(both.id) });
    // Not by a tip that names two places side by side, nor for a candidate that differs in more than its name.
    expect(withGroupMatches(scored([listed, oldName]), DEDUP_DEFAULTS)[1]!.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
    const both12 = tip('Asia Star di jalan ke Ream, dulu namanya Long Teng. Gedung 7 lantai', 120, { id: id(2) });
    expect(withGroupMatches(scored([both12, taller]), DEDUP_DEFAULTS)[1]!.score).toBeLessThan(DUPLICATE_FLAG_THRESHOLD);
  });

  it('meets a name of three words ending in a kind of place written without it in Thai (Green Island Resort, กรีนไอส์แลนด์)', () => {
    const english = tip('Cham Yeam: the green building by the border is the old Sea Lion casino. New name Green Island Resort.', 0);
    const thai = tip('กรีนไอส์แลนด์ จามเยียม ยังเปิด', 330);
    expect(reasonCodes(english, thai)).toContain('script_names');
    expect(scorePair(english, thai).score).toBeGreaterThanOrEqual(0.5);
  });
});
