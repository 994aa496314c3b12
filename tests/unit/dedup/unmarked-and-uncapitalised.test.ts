import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0174. Every text here is invented for the test.
const tip = tipsNear(14.42, 103.69);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];
const roadsOf = (text: string) => [...conceptFeatures(text).roads];

describe('a name translated, from a tip written without capitals (0174)', () => {
  it('meets a lower-case "grand dragon" with នាគ and 龙 as one name translated', () => {
    const lowerCase = tip('o smach hotel grand dragon, suami sy kerja disitu gk blh plg', 0);
    expect(reasonCodes(lowerCase, tip('អូរស្មាច់ សណ្ឋាគារនាគធំ កាស៊ីណូចាស់ មានកម្មករថៃជាប់', 500))).toContain('script_names');
    expect(reasonCodes(lowerCase, tip('奥斯玛大龙酒店（老赌场）里面搞电诈', 500))).toContain('script_names');
  });

  it('takes no name words of a Korean or Thai tip that names nothing for its name: they may be its landmark’s', () => {
    const named = tip('Star City 단지 안에 친구가 갇혀 있어요', 0);
    expect(reasonCodes(named, tip('스타 시티 근처 식당, 밤마다 도시락 주문이 많아요', 300))).not.toContain('script_names');
  });

  it('takes no single lower-case word for a name', () => {
    expect(reasonCodes(tip('hotel dragon near the border, guards at night', 0), tip('奥斯玛大龙酒店（老赌场）里面搞电诈', 500))).not.toContain('script_names');
  });
});

describe('Vietnamese typed without its marks, and a road before its km post (0174)', () => {
  it('reads "quoc lo 4" and "duong so 7" as roads, as "quốc lộ 4" is', () => {
    expect(roadsOf('quoc lo 4, truoc khi vao Sihanoukville')).toEqual([4]);
    expect(roadsOf('duong so 7 gan cho')).toEqual([7]);
  });

  it('reads the road before a km post, not before a distance', () => {
    expect(roadsOf('NR4 km 212 sihanoukville 3 gedung')).toEqual([4]);
    expect(roadsOf('quốc lộ 4 km 212, bên phải')).toEqual([4]);
    expect(roadsOf('the road 4 km from the market')).toEqual([]);
  });

  it('counts "3 toa nha" as three buildings, as "3 tòa nhà" is', () => {
    expect(conceptsOf('3 toa nha tuong trang, xe bus co chu TQ')).toContain('buildings:3');
    expect(conceptsOf('3 tòa nhà tường trắng')).toContain('buildings:3');
  });
});
