import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { nameSets } from '@/lib/dedup/text-features';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0142: general causes of wrong and missed pairs found on blind-11. Every name here is
// invented for the test; none is from a labelled set.
const tip = tipsNear(11.55, 104.91);

describe('Vietnamese "cách X 300 m" is "300 m from X"', () => {
  it('reads the colour after cách as the neighbour\'s, not the place\'s', () => {
    const concepts = conceptFeatures('Khách sạn Hoa Mai 6 tầng màu cam, cách sòng bài xanh vài trăm mét.').concepts;
    expect(concepts).toContain('orange');
    expect(concepts).not.toContain('blue-green');
  });

  it('reads a name after cách as a landmark', () => {
    expect([...nameSets('Tòa nhà Hoa Mai, cách Thiên Phúc khoảng 300 mét.').landmarks]).toEqual(expect.arrayContaining(['thien', 'phuc']));
  });
});

describe('places of the country', () => {
  it('knows Chbar Ampov (Phnom Penh) and Sangkae (Battambang) in Latin letters and Khmer', () => {
    expect(conceptFeatures('held in a tall building in chbar ampov').concepts).toContain('chbar ampov');
    expect(conceptFeatures('អគារខ្ពស់នៅច្បារអំពៅ').concepts).toContain('chbar ampov');
    // សង្កែ followed by a word starting with ប is not Kep (កែប).
    const sangkae = conceptFeatures('គាត់នៅស្រុកសង្កែ ប្រមូលមនុស្ស').concepts;
    expect(sangkae).toContain('sangkae');
    expect(sangkae).not.toContain('kep');
    expect(conceptFeatures('broker from sangke district').concepts).toContain('sangkae');
  });

  it('knows Cham Yeam in Burmese written with its visarga', () => {
    expect(conceptFeatures('ချမ်းယမ် နယ်စပ်နား').concepts).toContain('cham yeam');
  });

  it('does not count Sangkae and Battambang as two towns', () => {
    const a = tip('Recruiter from Sangkae district, takes girls to Thailand', 0, { category: 'RECRUITER' });
    const b = tip('Recruiter in Battambang, takes girls to Thailand', 5_000, { category: 'RECRUITER' });
    expect(reasonCodes(a, b)).not.toContain('other_town');
  });
});

describe('a Khmer or Thai kinship title before a name', () => {
  it('reads the name after មីង, បង, ป้า, ลุง as a person', () => {
    expect(nativeNames('មីងចាន់ធូ នៅភូមិខ្ញុំ')).toEqual([expect.objectContaining({ text: 'ចាន់ធូ', script: 'khmer', person: true })]);
    expect(nativeNames('ลุงสมปอง จากศรีสะเกษ')).toEqual([expect.objectContaining({ text: 'สมปอง', script: 'thai', person: true })]);
  });

  it('reads no name in a sign, a brother or a broker', () => {
    expect(nativeNames('ป้ายชื่อ ไม่มี').filter((name) => name.person)).toEqual([]);
    expect(nativeNames('พี่ชาย ของฉัน').filter((name) => name.person)).toEqual([]);
    expect(nativeNames('បងប្រុស ខ្ញុំ').filter((name) => name.person)).toEqual([]);
  });

  it('meets the Latin spelling of the name in another tip', () => {
    const recruiter = (text: string, north: number) => tip(text, north, { category: 'RECRUITER' });
    const pair = scorePair(recruiter('មីងចាន់ធូ ប្រមូលក្មេងៗទៅធ្វើការនៅថៃ', 0), recruiter('broker Chanthou takes kids to thailand', 3_000));
    expect(pair.reasons.map((reason) => reason.code)).toContain('script_names');
  });
});

describe('an old casino', () => {
  it('is a casino and an old casino in every language', () => {
    for (const text of ['โรงแรมคาสิโนเก่าสีเขียว', 'ကာစီနိုအဟောင်း အရောင်', 'Sòng bài cũ ở gần chợ', 'the old casino by the road', '旧赌场里面'])
      expect([...conceptFeatures(text).concepts].filter((id) => id.endsWith('casino')).sort(), text).toEqual(['casino', 'old casino']);
  });

  it('reads Vietnamese sòng bài as a casino', () => {
    expect(conceptFeatures('sòng bài ở Bavet').concepts).toContain('casino');
  });
});

describe('a tipster who lives, works or sells near a building watches that building', () => {
  it('keeps its colour as the place\'s, where a neighbour\'s colour would not be', () => {
    expect(conceptFeatures('ខ្ញុំលក់កាហ្វេនៅក្បែរអគារពណ៌ប្រផេះ ឃើញមនុស្សស្រែក').concepts).toContain('grey');
    expect(conceptFeatures('i run a noodle stall next to the grey tower, saw people at the windows').concepts).toContain('grey');
    // Not a compound placed by its neighbour.
    expect(conceptFeatures('the compound is next to the grey tower').concepts).not.toContain('grey');
    expect(conceptFeatures('អគារនៅក្បែរអគារពណ៌ប្រផេះ').concepts).not.toContain('grey');
  });
});
