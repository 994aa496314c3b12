import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { nativeNames } from '@/lib/dedup/native-names';
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
