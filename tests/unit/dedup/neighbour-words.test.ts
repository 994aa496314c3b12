import { describe, expect, it } from 'vitest';
import { conceptFeatures } from '@/lib/dedup/concepts';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { scorePair } from '@/lib/dedup/score-pair';
import { reasonCodes, tipsNear } from '../../helpers/dedup-tips';

// Decision 0171. Every text here is invented for the test.
const tip = tipsNear(11.55, 104.93);
const conceptsOf = (text: string) => [...conceptFeatures(text).concepts];

describe('the place a tip stands by, in Vietnamese and Chinese (0171)', () => {
  it('reads Vietnamese words that open with a marked letter: đối diện is "opposite"', () => {
    const concepts = conceptsOf('Kho có hàng rào trắng bên phải đường, đối diện sòng bạc mái đỏ.');
    expect(concepts).toEqual(expect.arrayContaining(['warehouse', 'white', 'other:casino', 'other:red']));
    expect(concepts).not.toContain('casino');
    expect(concepts).not.toContain('roof:red');
  });

  it('reads "I live near" in Vietnamese as a witness’s own building, as in English', () => {
    expect(conceptsOf('Tôi ở gần tòa nhà màu trắng, thấy cửa sổ có song sắt')).toContain('white');
    expect(conceptsOf('Tôi ở gần tòa nhà màu trắng, thấy cửa sổ có song sắt')).not.toContain('other:white');
  });

  it('reads a Chinese landmark before its postposition, not past 的', () => {
    expect(conceptsOf('灰色烂尾楼，在白色中资酒店对面，不是环岛那栋')).toEqual(expect.arrayContaining(['grey', 'other:white', 'other:hotel']));
    expect(conceptsOf('灰色烂尾楼，在白色中资酒店对面，不是环岛那栋')).not.toContain('white');
    expect(conceptsOf('靠近金色赌场的灰楼')).toEqual(expect.arrayContaining(['other:gold', 'other:casino', 'grey']));
    expect(conceptsOf('赌场后面的白色大楼')).toEqual(expect.arrayContaining(['other:casino', 'white']));
    expect(conceptsOf('赌场后面的白色大楼')).not.toContain('other:white');
  });

  it('reads the name after đối diện or sát bên as the landmark’s, not the place’s own', () => {
    const casino = tip('Sòng bạc Kim Cương ở Chrey Thom, chữ đỏ to trên mái, xây xong rồi.', 0);
    for (const text of ['Toà nhà đang xây sát bên Kim Cương, giàn giáo xanh, tầng 1-3 có người ở.', 'Toà nhà đang xây đối diện Kim Cương, giàn giáo xanh.']) {
      const building = tip(text, 150);
      expect(reasonCodes(casino, building), text).not.toContain('names');
      expect(reasonCodes(casino, building), text).not.toContain('script_names');
    }
  });

  it('keeps together a Vietnamese and a Chinese tip that stand opposite one white hotel', () => {
    const vietnamese = tip('Tòa nhà xám chưa xây xong đối diện khách sạn trắng của người Trung Quốc ở Otres. Tối qua nghe tiếng người bị đánh.', 0);
    const chinese = tip('灰色烂尾楼，在白色中资酒店对面。晚上听到有人被打的声音。', 90);
    expect(scorePair(vietnamese, chinese).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });
});

describe('words of other scripts after an ASCII-only \\b (0171)', () => {
  it('reads a floor word of any script as floors, and 楼 only after a number', () => {
    for (const text of ['ชั้นบนสุดเปิดไฟทั้งคืน', '맨 위층 불이 켜져 있어요', 'ជាន់លើមានភ្លើង', '顶层一直亮灯', '在五楼']) {
      expect(conceptsOf(text), text).toContain('floors');
    }
    expect(conceptsOf('那栋大白楼')).not.toContain('floors');
  });

  it('reads "only one toà" with its marked last letter as one building', () => {
    expect(conceptsOf('chỉ có một toà nhà, xung quanh là ruộng')).toContain('buildings:1');
  });
});

describe('sát bên in the witness reader (0171)', () => {
  it('reads a witness who sells right beside a building as watching that building', () => {
    expect(conceptsOf('tôi bán hàng sát bên tòa nhà màu trắng')).toContain('white');
    expect(conceptsOf('tôi bán hàng sát bên tòa nhà màu trắng')).not.toContain('other:white');
  });
});

describe('one list of Latin near words, and the counts of the place a tip stands by (0173)', () => {
  const floorsOf = (text: string) => [...conceptFeatures(text).floors];

  it('gives the neighbour a Vietnamese or Indonesian count said after its kind', () => {
    expect(floorsOf('Tòa nhà xám 5 tầng cạnh tòa 9 tầng')).toEqual([5]);
    expect(floorsOf('Nhà kho xanh, sát bên tòa nhà 12 tầng')).toEqual([]);
    expect(floorsOf('Gedung abu-abu 4 lantai dekat gedung 10 lantai')).toEqual([4]);
    expect(floorsOf('grey 5-floor block next to the 9-floor tower')).toEqual([5]);
  });

  it('reads a floor count before the kind as floors, not as that many buildings', () => {
    for (const text of ['a 6 floor grey tower by the river', '5 storey blocks behind the market', 'gedung 4 lantai warna abu-abu']) {
      expect(conceptsOf(text).filter((id) => id.startsWith('buildings:')), text).toEqual([]);
    }
    expect(conceptsOf('3 big grey towers')).toContain('buildings:3');
    expect(conceptsOf('2 gedung tinggi')).toContain('buildings:2');
  });

  it('reads a near word without its Vietnamese marks in every reader', () => {
    expect(conceptsOf('nha kho mai xanh, ben canh khach san mau trang')).not.toContain('white');
    const casino = tip('Song bac Kim Cuong o Chrey Thom, chu do to tren mai.', 0);
    const building = tip('Toa nha dang xay ben canh Kim Cuong, gian giao xanh, co nguoi o.', 150);
    expect(reasonCodes(casino, building)).not.toContain('names');
  });
});
