import { describe, expect, it } from 'vitest';
import { DUPLICATE_FLAG_THRESHOLD } from '@/lib/dedup/config';
import { nativeNames } from '@/lib/dedup/native-names';
import { scorePair } from '@/lib/dedup/score-pair';
import { tipsNear } from '../../helpers/dedup-tips';

// Decision 0199. Every text here is invented for the test.
const tip = tipsNear(11.45, 104.95);
const sharedNames = (a: string, b: string) => {
  const reason = scorePair(tip(a, 0), tip(b, 200)).reasons.find((found) => found.code === 'script_names');
  return reason && 'names' in reason ? reason.names : [];
};
const personsNamed = (text: string) => nativeNames(text).filter((name) => name.person).map((name) => name.text);

describe('a foreign person named in Chinese characters without a word for "named" (0199)', () => {
  it('is read where a clause opens with the name and goes on with what they do', () => {
    expect(personsNamed('达拉又在塔克茂市场招人')).toContain('达拉');
    expect(personsNamed('菜市场门口，维萨天天招女工去西港')).toContain('维萨');
    expect(personsNamed('索卡那个女的在市场招人')).toContain('索卡');
  });

  it('meets the name as Chinese hears it: l for r (达拉, Dara), and no aspirate (索卡, Sokha)', () => {
    expect(sharedNames('达拉又在塔克茂市场招人', 'Recruiter called Dara at the coffee shop in front of Ta Khmau market')).toEqual(['达拉 (dala)']);
    expect(sharedNames('索卡那个女的在市场招人，说去西港上班', 'Chị Sokha bán cà phê ở chợ, rủ người đi làm công ty Trung Quốc')).toEqual(['索卡 (suoka)']);
    expect(sharedNames('索卡那个女的在市场招人，说去西港上班', 'ผู้หญิงชื่อซกขา หาคนงานที่ตลาด บอกว่างานออนไลน์เงินดี')).toEqual(['索卡 (suoka)']);
  });

  it('so two reports of one recruiter, in Chinese and in Indonesian, 200 m apart, are flagged', () => {
    expect(scorePair(tip('达拉又在塔克茂市场招人', 0, { category: 'RECRUITER' }), tip('agen namanya Dara di pasar Ta Khmau, janji kerja casino', 200, { category: 'RECRUITER' })).score).toBeGreaterThanOrEqual(DUPLICATE_FLAG_THRESHOLD);
  });

  it('but not another name with other vowels, nor a town or a road at the start of a tip', () => {
    expect(sharedNames('达拉又在塔克茂市场招人', 'Recruiter called Dari at Ta Khmau market')).toEqual([]);
    expect(personsNamed('贡布 河边 新盖的五层楼 红色')).toEqual([]);
    expect(personsNamed('波贝，赌场后面二号楼，七楼，我出不去')).toEqual([]);
    expect(personsNamed('马路对面那栋楼又来了三辆车')).toEqual([]);
  });
});
