/**
 * Names written in another script, read in Latin letters, so that "Golden Lotus" meets
 * ហ្គោលដិនឡូថាស, 金贝 meets "Jinbei" and 골든 meets "Golden":
 * - Chinese: pinyin without tones from pinyin-pro (a maintained library);
 * - Korean: Revised Romanization, computed from the Hangul syllable (Unicode arithmetic);
 * - Khmer, Thai, Burmese: the consonant tables below (UNGEGN/ALA-LC values, simplified:
 *   vowels are dropped, since the skeleton below ignores them anyway); khmerReading, thaiReading
 *   and burmeseReading read the vowels too, for a Latin name that is met exactly.
 * Then a consonant skeleton is compared, because two transliterations agree on consonants
 * far more than on vowels: b/p/ph/f/v -> P, d/t/th -> T, g/k/kh/c/q -> K, l/r -> L,
 * s/z/x/sh -> S, ch/j/zh -> C, m, n/ng/nh/ny -> N; h, w, y and vowels dropped; repeats merged.
 * Table sources and limits: docs/decisions/0111-dedup-concepts.md.
 */
import { pinyin } from 'pinyin-pro';

const KHMER: Record<string, string> = {
  ក: 'k', ខ: 'kh', គ: 'k', ឃ: 'kh', ង: 'ng', ច: 'ch', ឆ: 'chh', ជ: 'ch', ឈ: 'chh', ញ: 'nh', ដ: 'd', ឋ: 'th', ឌ: 'd', ឍ: 'th', ណ: 'n',
  ត: 't', ថ: 'th', ទ: 't', ធ: 'th', ន: 'n', ប: 'b', ផ: 'ph', ព: 'p', ភ: 'ph', ម: 'm', យ: 'y', រ: 'r', ល: 'l', វ: 'v', ស: 's', ហ: 'h',
  ឡ: 'l', អ: '', ឥ: 'e', ឦ: 'ei', ឧ: 'o', ឩ: 'ou', ឪ: 'ov', ឫ: 'rue', ឬ: 'rue', ឭ: 'lue', ឮ: 'lue', ឯ: 'ae', ឰ: 'ai', ឱ: 'ao', ឲ: 'ao', ឳ: 'au',
};
const THAI: Record<string, string> = {
  ก: 'k', ข: 'kh', ฃ: 'kh', ค: 'kh', ฅ: 'kh', ฆ: 'kh', ง: 'ng', จ: 'ch', ฉ: 'ch', ช: 'ch', ซ: 's', ฌ: 'ch', ญ: 'y', ฎ: 'd', ฏ: 't', ฐ: 'th',
  ฑ: 'th', ฒ: 'th', ณ: 'n', ด: 'd', ต: 't', ถ: 'th', ท: 'th', ธ: 'th', น: 'n', บ: 'b', ป: 'p', ผ: 'ph', ฝ: 'f', พ: 'ph', ฟ: 'f', ภ: 'ph',
  ม: 'm', ย: 'y', ร: 'r', ฤ: 'rue', ล: 'l', ฦ: 'lue', ว: 'w', ศ: 's', ษ: 's', ส: 's', ห: 'h', ฬ: 'l', อ: '', ฮ: 'h',
};
const BURMESE: Record<string, string> = {
  က: 'k', ခ: 'kh', ဂ: 'g', ဃ: 'g', င: 'ng', စ: 's', ဆ: 'hs', ဇ: 'z', ဈ: 'z', ည: 'ny', ဋ: 't', ဌ: 'ht', ဍ: 'd', ဎ: 'd', ဏ: 'n', တ: 't',
  ထ: 'ht', ဒ: 'd', ဓ: 'd', န: 'n', ပ: 'p', ဖ: 'ph', ဗ: 'b', ဘ: 'b', မ: 'm', ယ: 'y', ရ: 'r', လ: 'l', ဝ: 'w', သ: 'th', ဟ: 'h', ဠ: 'l', အ: '',
  ဣ: 'i', ဤ: 'i', ဥ: 'u', ဦ: 'u', ဧ: 'e', ဩ: 'o', ဪ: 'o', 'ျ': 'y', 'ြ': 'y', 'ွ': 'w', 'ှ': 'h',
};
const HANGUL_INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const HANGUL_VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const HANGUL_FINALS = ['', 'k', 'k', 'ks', 'n', 'nj', 'nh', 't', 'l', 'lk', 'lm', 'lp', 'ls', 'lt', 'lp', 'lh', 'm', 'p', 'ps', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

function romaniseHangul(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) {
      out += ' ';
      continue;
    }
    out += `${HANGUL_INITIALS[Math.floor(code / 588)]!}${HANGUL_VOWELS[Math.floor((code % 588) / 28)]!}${HANGUL_FINALS[code % 28]!}'`;
  }
  return out;
}

/**
 * Burmese sounds its spelling does not show letter by letter (MLCTS "hky", "gy"; the Myanmar
 * Language Commission's romanisation writes "ch", "j"): kh and g with a medial (ချ, ခြ, ဂျ) are
 * the palatals ch and j, and ချ spells a foreign ch (ဆွမ်ချိုင် "Somchai", ဂျပန် "Japan"); ကျ stays
 * "ky", as Burmese names are written in Latin letters (Kyaw). The rhyme ိုင် is the "ai" Burmese has
 * no open syllable for (ထိုင်း "Thai"): its င is not a final n. ရှ is "sh".
 */
// The onsets, which burmeseReading reads as these do (BURMESE_WITH_LATIN: c, j, š).
const BURMESE_ONSETS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ခ[ျြ]/gu, 'c'],
  [/ဂ[ျြ]/gu, 'j'],
  // ရှ and ယှ are "sh" (MLCTS "hr", "hy"): ရှမ်း is "Shan".
  [/ရှ|ယှ/gu, 'š'],
];
const BURMESE_SOUNDS: ReadonlyArray<readonly [RegExp, string]> = [
  ...BURMESE_ONSETS,
  [/ိုင်/gu, 'ို'],
  // A final က් after the inherent vowel (MLCTS "-ak") is said "et" and so written in names: ထက် "Htet", ဇက် "Zet".
  [/(?<=[\u1000-\u1021][\u103b-\u103e]*)က်/gu, 'တ်'],
];
const sounded = (text: string, rules: typeof BURMESE_SOUNDS) => rules.reduce((out, [pattern, value]) => out.replace(pattern, value), text);
const burmeseSounds = (text: string) => sounded(text, BURMESE_SOUNDS);
const BURMESE_WITH_LATIN: Record<string, string> = { ...BURMESE, c: 'ch', j: 'j', š: 'sh' };

/**
 * Burmese rhymes as names are written in Latin letters (Aung, Zaw, Min, Thein, Tun, Kyaw, Myat): the vowel signs, and
 * the final consonant under ် after them. Keyed by the vowel signs (tall ါ as ာ, long ီ and ူ as short) and the final.
 */
const BURMESE_RHYMES: Readonly<Record<string, string>> = {
  '': 'a', 'ာ': 'a', 'ိ': 'i', 'ု': 'u', 'ေ': 'e', 'ဲ': 'e', 'ော': 'aw', 'ို': 'o', 'ံ': 'an', 'ုံ': 'on', 'ိံ': 'ein',
  '|က': 'et', '|င': 'in', '|စ': 'it', '|ည': 'i', '|ဉ': 'in', '|တ': 'at', '|န': 'an', '|ပ': 'at', '|မ': 'an', '|ယ': 'e', '|ဏ': 'an',
  'ိ|န': 'ein', 'ိ|မ': 'ein', 'ိ|တ': 'eik', 'ိ|ပ': 'eik', 'ု|န': 'on', 'ု|မ': 'on', 'ု|တ': 'ok', 'ု|ပ': 'ok',
  'ော|င': 'aung', 'ော|က': 'auk', 'ို|င': 'ai', 'ို|က': 'aik',
};
const BURMESE_SYLLABLE = /([\u1000-\u102acjš])([\u103b-\u103e]*)([\u102b-\u1032\u1036]*)(?:[\u1037\u1038]?([\u1000-\u1021])\u1037?\u103a)?([\u1037\u1038\u103a]*)/gu;

/**
 * A Burmese run read with its vowels, as Burmese names are written in Latin letters: အောင်ကိုကို "aungkoko", ဇော်မင်း
 * "zawmin", ထွန်း "htun". So a Latin name meets it exactly, as one meets a Khmer reading (khmerReading); the skeleton
 * (romanise) stays the consonants'. ချ and ဂျ are ch and j, ကျ ky, ွ with a final the vowel u (ထွန်း, Tun).
 */
export function burmeseReading(text: string): string {
  const onsets = sounded(text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, ''), BURMESE_ONSETS);
  return onsets.replace(BURMESE_SYLLABLE, (_, onset: string, medials: string, vowels: string, final: string | undefined, tail: string) => {
    // A letter under ် alone is a final of a foreign word (ဆီဟာနုဗီးလ်, "Sihanoukville"): no vowel of its own.
    if (!medials && !vowels && !final && tail.startsWith('\u103a')) return BURMESE_WITH_LATIN[onset] ?? '';
    const sign = vowels.replace(/\u102b/gu, '\u102c').replace(/\u102e/gu, '\u102d').replace(/\u1030/gu, '\u102f').replace(/\u1031\u102c/gu, 'ော');
    const start = `${medials.includes('\u103e') ? 'h' : ''}${BURMESE_WITH_LATIN[onset] ?? ''}${/[\u103b\u103c]/u.test(medials) ? 'y' : ''}`;
    const rounded = medials.includes('\u103d');
    const rhyme = rounded && final && sign === '' ? (final === 'တ' || final === 'ပ' ? 'ut' : 'un') : `${rounded ? 'w' : ''}${(final ? (BURMESE_RHYMES[`${sign}|${final}`] ?? `${BURMESE_RHYMES[sign] ?? ''}${BURMESE[final] ?? ''}`) : (BURMESE_RHYMES[sign] ?? ''))}`;
    return `${start}${rhyme}`;
  }).replace(/[^a-z\s]/g, '');
}

/** A Burmese run's readings: as read, and with ဆ and ထ as the s and t that Latin spellings also write (Hsu / Su, Htun / Tun). */
export const burmeseReadings = (text: string) => {
  const reading = burmeseReading(text).replace(/\s+/g, '');
  return [...new Set([reading, reading.replace(/hs/g, 's').replace(/ht/g, 't')])];
};

// Khmer writes "g" and "f" of foreign names as ហ្គ and ហ្វ, "p" as ប៉; Thai and Burmese have letters.
const KHMER_DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ហ្គ/g, 'g'],
  [/ហ្វ/g, 'f'],
  [/ហ្ស/g, 'z'],
  [/ប៉/g, 'p'],
  [/ម៉/g, 'm'],
  [/ន៉/g, 'n'],
  [/ល៉/g, 'l'],
  [/វ៉/g, 'w'],
  [/យ៉/g, 'y'],
  [/ស៊/g, 's'],
];

// Nikahit (ំ) is a final nasal, read m (អំបិល "ambel", កំពង់ "kampong"): a consonant of the skeleton.
const KHMER_WITH_LATIN: Record<string, string> = { ...KHMER, 'ំ': 'm', g: 'g', f: 'f', z: 'z', p: 'p', m: 'm', n: 'n', l: 'l', w: 'w', y: 'y', s: 's' };

/** Pinyin of one character, remembered: names are read character by character anyway. */
const PINYIN = new Map<string, string>();
function pinyinOf(text: string): string {
  let out = '';
  for (const char of text) {
    let value = PINYIN.get(char);
    if (value === undefined) {
      value = pinyin(char, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
      if (PINYIN.size < 20_000) PINYIN.set(char, value);
    }
    out += `${value}'`;
  }
  return out;
}

// Letters are kept apart by an apostrophe, so that the skeleton does not read two letters as
// one sound: ន then ហ្គ ("n", "g") is not "ng", 한국 is "han'guk".
function byTable(text: string, table: Record<string, string>): string {
  let out = '';
  for (const char of text) {
    const latin = table[char];
    out += latin ? `${latin}'` : /\s/.test(char) ? ' ' : '';
  }
  return out;
}

/**
 * Sino-Vietnamese readings (Hán-Việt) of characters common in compound, company and boss
 * names: a Vietnamese tipster writes 金福 as "Kim Phúc", 凤凰 as "Phượng Hoàng", 陈 as "Trần".
 * From the standard Hán-Việt dictionary readings; marks dropped.
 */
const HAN_VIET: Record<string, string> = Object.fromEntries(
  (
    '金kim 龙long 龍long 福phuc 凤phuong 鳳phuong 凰hoang 天thien 宫cung 宮cung 玉ngoc 海hai 星tinh 幸hanh 运van 運van 园vien 園vien 湾loan 灣loan ' +
    '河ha 珠chau 门mon 門mon 鑫ham 益ich 旭huc 日nhat 东dong 東dong 西tay 南nam 北bac 华hoa 華hoa 富phu 贵quy 貴quy 利loi 发phat 發phat 财tai 財tai ' +
    '兴hung 興hung 盛thinh 隆long 昌xuong 泰thai 安an 康khang 乐lac 樂lac 喜hy 红hong 紅hong 白bach 黄hoang 黃hoang 蓝lam 藍lam 绿luc 青thanh 紫tu ' +
    '银ngan 銀ngan 宝bao 寶bao 钻toan 皇hoang 帝de 王vuong 陈tran 陳tran 林lam 李ly 张truong 張truong 刘luu 劉luu 杨duong 楊duong 吴ngo 吳ngo 赵trieu 趙trieu ' +
    '周chu 徐tu 孙ton 孫ton 马ma 馬ma 朱chu 胡ho 郭quach 何ha 高cao 罗la 羅la 郑trinh 鄭trinh 梁luong 谢ta 謝ta 宋tong 唐duong 许hua 許hua 韩han 韓han ' +
    '冯phung 馮phung 邓dang 鄧dang 曹tao 彭banh 曾tang 萧tieu 蕭tieu 田dien 董dong 潘phan 袁vien 蔡thai 蒋tuong 余du 于vu 杜do 叶diep 葉diep 程trinh ' +
    '魏nguy 苏to 蘇to 吕la 呂la 丁dinh 任nham 沈tham 姚dieu 卢lo 盧lo 姜khuong 崔thoi 钟chung 鍾chung 谭dam 陆luc 陸luc 汪uong 范pham 阮nguyen 黎le ' +
    '大dai 小tieu 新tan 城thanh 山son 水thuy 江giang 湖ho 岛dao 島dao 港cang 国quoc 國quoc 际te 際te 集tap 团doan 團doan 公cong 司ty 科khoa 技ky ' +
    '贸mau 貿mau 易dich 商thuong 业nghiep 業nghiep 城thanh 花hoa 月nguyet 光quang 明minh 亚a 亞a 洲chau 太thai 平binh 洋duong 万van 萬van 豪hao ' +
    '凯khai 凱khai 胜thang 勝thang 威uy 尼ni 斯tu 顺thuan 順thuan 达dat 達dat 京kinh 汇hoi 匯hoi 丰phong 豐phong 荣vinh 榮vinh 耀dieu 德duc 信tin ' +
    '宏hoang 伟vi 偉vi 鸿hong 鴻hong 辉huy 輝huy 腾dang 騰dang 飞phi 飛phi 景canh 风phong 風phong 云van 雲van 雅nha 美my 丽le 麗le 恒hang 永vinh ' +
    // More characters of compound and casino names (same dictionary readings).
    '莲lien 蓮lien 帆pham 石thach 时thoi 時thoi 代dai 吉cat 狮su 獅su 虎ho 鹰ung 鷹ung 鹏bang 鵬bang 珍tran 钱tien 錢tien 源nguyen 泉tuyen ' +
    '峰phong 桥kieu 橋kieu 尊ton 博bac 彩thai 赢doanh 贏doanh 禄loc 祿loc 寿tho 壽tho 祥tuong 瑞thuy 嘉gia 佳giai 家gia 和hoa 合hop 众chung 眾chung ' +
    '鼎dinh 冠quan 殿dien 阁cac 閣cac 苑uyen 庄trang 莊trang 府phu 君quan 御ngu 航hang 舟chu 船thuyen 仙tien 神than 圣thanh 聖thanh 辰than 宇vu ' +
    '世the 纪ky 紀ky 岸ngan 滨tan 濱tan 沙sa 翠thuy 晶tinh 鑽toan 帅suy 帥suy 虹hong 霸ba 龟quy 龜quy 鹤hac 鶴hac 麟lan ' +
    // Vietnamese people's names as a Chinese tip writes them (阮文雄 Nguyễn Văn Hùng, 陈氏贤 Trần Thị Hiền): the
    // middle names Văn and Thị and the commonest given names.
    '文van 氏thi 雄hung 心tam 英anh 俊tuan 秋thu 香huong 兰lan 蘭lan 梅mai 玲linh 芳phuong 雪tuyet 强cuong 強cuong 勇dung 忠trung 孝hieu 义nghia ' +
    '義nghia 仁nhan 智tri 春xuan 秀tu 清thanh 贤hien 賢hien'
  )
    .split(' ')
    .map((pair) => [pair[0]!, pair.slice(1)]),
);

/**
 * Khmer with its vowels, for names (សុខា "Sokha", ដារ៉ា "Dara"): consonants as in KHMER, dependent
 * vowels by UNGEGN's two values (first / second series: the consonant's own series, changed by
 * ៉ to the first and by ៊ to the second). The inherent vowel is not written (វណ្ណា "vnna"), so
 * the reading is compared exactly only with Latin names, and otherwise by skeleton.
 */
const KHMER_SECOND_SERIES = new Set([...'គឃងជឈញឌឍណទធនពភមយរលវ']);
const KHMER_VOWELS: Record<string, readonly [string, string]> = {
  'ា': ['a', 'ea'], 'ិ': ['e', 'i'], 'ី': ['ei', 'i'], 'ឹ': ['oe', 'ue'], 'ឺ': ['eu', 'ueu'], 'ុ': ['o', 'u'], 'ូ': ['o', 'u'], 'ួ': ['uo', 'uo'],
  'ើ': ['aeu', 'eu'], 'ឿ': ['oea', 'oea'], 'ៀ': ['ie', 'ie'], 'េ': ['e', 'e'], 'ែ': ['ae', 'eae'], 'ៃ': ['ai', 'ey'], 'ោ': ['ao', 'o'], 'ៅ': ['au', 'ov'],
  'ំ': ['m', 'm'], 'ះ': ['h', 'h'], 'ៈ': ['a', 'a'],
};
// ាំង is read "ang" (ហាំង "Hang", ចាំង): the nikahit before ង marks the vowel, it is no m of its own.
const KHMER_AM_NG = /\u17c6(?=\u1784)/gu;

/**
 * A Khmer run's readings as a foreign name spelt in Khmer is written back in Latin letters: as read, and with a final
 * យ after a vowel the glide Latin and pinyin write i (ហ៊ុយ "huy" for 汇 hui), វ as w as often as v (ដេវី "Dewi"), ឆ,
 * the aspirated "chh", as Thai and English "ch" (ស៊ុមឆៃ "Somchai"), a final ខ as k (សុខ "Sok"); and ហ្វូ as the foreign
 * "fu" it writes (វ៉ាន់ហ្វូ "Wan Fu", ហុងហ្វូ "Hong Fu"), though ហ's series reads its vowel "o".
 */
export function khmerReadings(text: string): string[] {
  const khmer = khmerReading(text).toLowerCase().replace(/[^a-z]/g, '');
  const foreign = khmer.replace(/(?<=[aeiou])y(?![aeiou])/g, 'i').replace(/v/g, 'w').replace(/chh/g, 'ch').replace(/(?<=[aeiou])kh(?![aeiou])/g, 'k');
  // A stop written twice (ទ្ធ "tth" of វុទ្ធី) is spelt once in Latin letters, and a final ី as y: Vuthy, Sothy.
  const single = khmer.replace(/([tkpc])\1h/g, '$1h').replace(/(?<=[^aeiou])i$/u, 'y');
  return [...new Set([khmer, foreign, foreign.replace(/fo(?![aeiou])/g, 'fu'), single, ...spokenKhmerName(text)])];
}

/**
 * A Khmer name as its bearer spells it in Latin letters, where the script writes no vowel: a consonant before a cluster
 * says the inherent a (វណ្ណា "Vanna", ចន្ទា "Chantha"), a final ា after it is a ("vannea" is written Vanna), and a final
 * ៈ closes the name with k (វណ្ណៈ "Vannak", សុវណ្ណៈ "Sovannak"). Empty when the name has no cluster.
 */
function spokenKhmerName(text: string): string[] {
  if (!/[\u1780-\u17a2]\u17d2/u.test(text)) return [];
  const said = khmerReading(text, true).toLowerCase().replace(/[^a-z]/g, '');
  const closed = /\u17c8$/u.test(text.trim()) ? [said.replace(/a$/u, 'ak')] : [];
  return [...new Set([said, said.replace(/ea$/u, 'a'), ...closed])];
}

export function khmerReading(text: string, inherent = false): string {
  let khmer = text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(SILENT_KHMER, '').replace(KHMER_AM_NG, '');
  for (const [pattern, latin] of KHMER_DIGRAPHS) khmer = khmer.replace(pattern, `${latin}\u17c9`);
  let out = '';
  let second = false;
  let subscript = false;
  const chars = [...khmer];
  for (const [at, char] of chars.entries()) {
    if (char === '\u17d2') subscript = true;
    else if (char === '\u17c9') second = false;
    else if (char === '\u17ca') second = true;
    else if (KHMER_VOWELS[char]) out += KHMER_VOWELS[char][second ? 1 : 0];
    else if (KHMER_WITH_LATIN[char] !== undefined) {
      // A subscript consonant keeps the series of the one it stands under.
      if (!subscript) second = KHMER_SECOND_SERIES.has(char);
      out += KHMER_WITH_LATIN[char];
      // The unwritten vowel of a consonant before a cluster (see spokenKhmerName).
      if (inherent && !subscript && /[\u1780-\u17a2]/u.test(chars[at + 1] ?? '') && chars[at + 2] === '\u17d2') out += 'a';
      subscript = false;
    } else if (/\s/.test(char)) out += ' ';
  }
  return out;
}

/** Pinyin of the characters of each Hán-Việt syllable in the table ("pham" -> 帆 -> "fan"; "hoang" -> huang, hong). */
let PINYIN_OF_VIET: Map<string, Set<string>> | null = null;

/**
 * The pinyin a Vietnamese name of Chinese origin may stand for ("Kim Phàm" -> "jinfan"), so that
 * it meets the same name in pinyin ("Jin Fan"): every syllable must be in the table, and a name
 * with more than `max` readings is left out (too ambiguous to be evidence).
 */
export function pinyinOfHanViet(syllables: readonly string[], max = 4): string[] {
  if (!PINYIN_OF_VIET) {
    PINYIN_OF_VIET = new Map();
    for (const [char, viet] of Object.entries(HAN_VIET)) {
      const readings = PINYIN_OF_VIET.get(viet) ?? new Set<string>();
      readings.add(compactLatin(char));
      PINYIN_OF_VIET.set(viet, readings);
    }
  }
  let out = [''];
  for (const syllable of syllables) {
    const readings = PINYIN_OF_VIET.get(syllable);
    if (!readings) return [];
    out = out.flatMap((start) => [...readings].map((reading) => start + reading));
    if (out.length > max) return [];
  }
  return out;
}

/**
 * Thai with its vowels, for names (วิชัย "wichai", สมชาย "somchai"), simplified RTGS: consonants
 * as in THAI, a final ย and ว as the second part of a vowel ("ai", "ao"), other finals by their
 * final sound (ร, ล, ญ n; ด, ต, ท, ส ... t; บ, พ p; ก, ค k); vowels written before the consonant
 * (เ แ โ ใ ไ) read after it, and with ีย, ิ or ือ after the consonant one vowel (0178); tone marks dropped. The
 * inherent vowel is not written and not read.
 */
const THAI_VOWELS: Record<string, string> = { 'ะ': 'a', 'ั': 'a', 'า': 'a', 'ำ': 'am', 'ิ': 'i', 'ี': 'i', 'ึ': 'ue', 'ื': 'ue', 'ุ': 'u', 'ู': 'u', 'ๅ': 'a' };
const THAI_LEADING: Record<string, string> = { 'เ': 'e', 'แ': 'ae', 'โ': 'o', 'ใ': 'ai', 'ไ': 'ai' };
const THAI_FINAL: Record<string, string> = {
  ย: 'i', ว: 'o', ร: 'n', ล: 'n', ญ: 'n', ณ: 'n', ฬ: 'n', ข: 'k', ค: 'k', ฆ: 'k', จ: 't', ช: 't', ซ: 't', ฎ: 't', ฏ: 't', ฐ: 't', ฑ: 't', ฒ: 't',
  ด: 't', ต: 't', ถ: 't', ท: 't', ธ: 't', ศ: 't', ษ: 't', ส: 't', บ: 'p', ป: 'p', พ: 'p', ฟ: 'p', ภ: 'p',
};
export function thaiReading(text: string): string {
  const chars = [...text.normalize('NFC').replace(SILENT_THAI, '').replace(/[\u0e47-\u0e4b]/g, '')];
  const isVowel = (char: string | undefined) => char !== undefined && THAI_VOWELS[char] !== undefined;
  let out = '';
  let lead = '';
  // onset: a consonant read that has no vowel yet; vowel: the syllable has its vowel.
  let onset = false;
  let vowel = false;
  let ledByE = false;
  let silentAfterVowel = -1;
  const wordOpens = (at: number) => at === 0 || /\s/.test(chars[at - 1]!);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    const next = chars[i + 1];
    // ห before a sonorant at a syllable's start is not said: it only sets the tone (หวัง "wang", หลิน "lin"). After a
    // vowel it opens the next syllable, since ห closes none (อาหลง "along").
    if (char === 'ห' && next !== undefined && /[งญนมยรลว]/u.test(next) && (vowel ? !lead : onset === false || lead !== '')) {
      if (vowel) silentAfterVowel = i;
      vowel = false;
      onset = false;
      continue;
    }
    if (THAI_LEADING[char]) {
      lead = THAI_LEADING[char];
      onset = false;
      vowel = false;
    } else if (isVowel(char)) {
      // เ with ีย, ิ and ือ after the consonant is one vowel (RTGS): เลียก "liak", เสี่ยว "siao", เฉิน "chen" (as Chinese
      // names are spelt), เมือง "mueang"; its ย or อ is part of it, no final.
      const afterE = ledByE && out.endsWith('e');
      const ia = afterE && (char === 'ี' || char === 'ิ') && next === 'ย';
      const uea = afterE && char === 'ื' && next === 'อ';
      if (ia || uea) {
        out = `${out.slice(0, -1)}${ia ? 'ia' : 'uea'}`;
        i++;
      } else if (!(afterE && char === 'ิ')) out += THAI_VOWELS[char];
      ledByE = false;
      onset = false;
      vowel = true;
    } else if (THAI[char] !== undefined) {
      if (char === 'อ' && onset && !lead) {
        // อ after a consonant is the vowel "o" (บอง "bong").
        out += 'o';
        onset = false;
        vowel = true;
      } else if (vowel && !isVowel(next) && next !== 'อ') {
        out += THAI_FINAL[char] ?? THAI[char];
        vowel = false;
      } else if (
        onset &&
        !lead &&
        !isVowel(next) &&
        next !== 'อ' &&
        // Two consonants, then another (สมชาย "somchai"), or a word of two consonants alone (นก "nok",
        // คน "khon"; decision 0145): a closed syllable with the unwritten "o".
        // A silent ห before the first is no letter said (หลง "long", หมด "mot").
        (next !== undefined && !/\s/.test(next) ? THAI_LEADING[next] === undefined : wordOpens(i - 1) || (chars[i - 2] === 'ห' && (wordOpens(i - 2) || silentAfterVowel === i - 2)))
      ) {
        out += `o${THAI_FINAL[char] ?? THAI[char]}`;
        onset = false;
      } else {
        out += THAI[char] + lead;
        ledByE = lead === 'e';
        vowel = lead !== '';
        onset = lead === '';
        lead = '';
      }
    } else if (/\s/.test(char)) {
      out += ' ';
      onset = false;
      vowel = false;
    }
  }
  return out;
}

/** Hán-Việt of a Han run, characters without a reading left out; '' when none has one. */
export function hanViet(text: string): string {
  let out = '';
  for (const char of text) out += HAN_VIET[char] ?? '';
  return out;
}

/**
 * The first sound of each character of a Chinese person's name, by pinyin and by Hán-Việt, in
 * a class that Khmer, Thai and Teochew spellings keep: voicing and aspiration dropped (g/k, d/t,
 * b/p, w/v), the affricates one (j, q, z, c, ch), x with s. 李明豪 "li ming hao" / "Ly Meng Hour":
 * [l, m, h]. Empty when a character has no reading.
 */
export function hanOnsets(text: string): string[][] {
  return [...text].map((char) => [...new Set([pinyinOf(char), HAN_VIET[char] ?? ''].filter(Boolean).map(onsetClass))]);
}

const ONSET_CLASSES: Record<string, string> = { g: 'k', d: 't', b: 'p', w: 'v', j: 'c', q: 'c', z: 'c', x: 's' };

/** The class of a word's first sound (see hanOnsets). */
export function onsetClass(word: string): string {
  const first = word.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase()[0] ?? '';
  return ONSET_CLASSES[first] ?? first;
}

const LATIN_CONSONANT = /^(?:chh|ch|sh|kh|th|ph|zh|ng|nh|gh|[bcdfghjklmnpqrstvwxz])/;

/**
 * The first sounds of a name's syllables, as Chinese characters and Burmese letters write a
 * foreign name by its sound: a character or a syllable for each syllable heard, each consonant of a
 * cluster opening one (斯蕾莉 "si lei li" and စရေလိ "sa re li" for Srey Leak; 亨德拉 "heng de la" for Hendra), a closing consonant
 * not written (高万娜 for Keo Vanna, 森武迪 for Seng Vuthy), r heard l (heardInChinese), y opening no
 * syllable of its own (耶 ye, 伊 yi against a vowel), and the classes of onsetClass: all four "sll", "kvn",
 * "svt". A pinyin syllable is read alike: its initial, its final n, ng or r not written.
 */
/** Inside a word, the consonants that open a syllable of their own before r or l and a vowel (the d of Hendra). */
const STOP_BEFORE_LIQUID = /^(?:[bdgkptf]|kh|th|ph)$/;
export function syllableOnsets(words: readonly string[]): string {
  let out = '';
  for (const word of words) {
    const letters = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd').replace(/[^a-z]/g, '');
    let vowelSeen = false;
    for (let at = 0; at < letters.length; ) {
      const consonant = LATIN_CONSONANT.exec(letters.slice(at))?.[0];
      if (!consonant) {
        vowelSeen = true;
        at++;
        continue;
      }
      at += consonant.length;
      if (!vowelSeen || /^[aeiouy]/.test(letters.slice(at)) || (STOP_BEFORE_LIQUID.test(consonant) && /^[rl][aeiouy]/.test(letters.slice(at)))) out += onsetClass(heardInChinese(consonant));
    }
  }
  return out;
}

/**
 * Letters written but not read: Thai thanthakhat (์) and Khmer toandakhiat (៍) silence the
 * consonant they sit on (ซิลเวอร์ "silver", ពោធិ៍សាត់ "Pursat"), with the vowel sign before it.
 */
const SILENT_THAI = /[\p{Script=Thai}](?:[\u0e34-\u0e38])?\u0e4c/gu;
const SILENT_KHMER = /[\p{Script=Khmer}](?:[\u17b7-\u17ba])?\u17cd/gu;

/** Latin letters for a run of Khmer, Thai, Burmese, Hangul or Han text. */
export function romanise(text: string): string {
  if (/\p{Script=Han}/u.test(text)) return pinyinOf(text);
  if (/\p{Script=Hangul}/u.test(text)) return romaniseHangul(text);
  if (/\p{Script=Khmer}/u.test(text)) {
    let khmer = text.replace(SILENT_KHMER, '').replace(KHMER_AM_NG, '');
    for (const [pattern, latin] of KHMER_DIGRAPHS) khmer = khmer.replace(pattern, latin);
    return byTable(khmer, KHMER_WITH_LATIN);
  }
  if (/\p{Script=Thai}/u.test(text)) return byTable(text.replace(SILENT_THAI, ''), THAI);
  if (/\p{Script=Myanmar}/u.test(text)) return byTable(burmeseSounds(text), BURMESE_WITH_LATIN);
  return text;
}

/**
 * The skeleton of a Thai or Khmer run with its silenced letters read: a loanword keeps letters of
 * the source's spelling under ์ or ៍ (สตาร์คราวน์ "Star Crown": r and n written, not said), so that
 * spelling meets the English one letter for letter. Null when nothing is silenced.
 */
export function speltSkeleton(text: string): string | null {
  if (!/[\u0e4c\u17cd]/u.test(text)) return null;
  return skeleton(romanise(text.replace(/[\u0e4c\u17cd]/gu, '')));
}

const DIGRAPHS: ReadonlyArray<readonly [RegExp, string]> = [
  [/chh|ch|zh|j/g, 'C'],
  [/sh/g, 'S'],
  [/ng|nh|ny/g, 'N'],
  [/ph|gh/g, 'P'],
  [/th|dh/g, 'T'],
  [/kh|gh|ck/g, 'K'],
  [/hs/g, 'S'],
  [/qu/g, 'K'],
];
// Labials are one class: Korean has no f or v (피닉스 "Phoenix", 실버 "Silver"), Burmese writes
// f as ဖ (ph), and Khmer's វ is read v or w.
const SINGLE: Record<string, string> = { b: 'P', p: 'P', f: 'P', v: 'P', d: 'T', t: 'T', g: 'K', k: 'K', c: 'K', q: 'K', l: 'L', r: 'L', s: 'S', z: 'S', x: 'S', m: 'M', n: 'N' };

/**
 * Consonant skeleton of Latin letters (see the header); "golden lotus" -> "KLTNLTS". With `ng`, the
 * velar nasal is a class of its own (G): Chinese, Khmer, Thai and Korean write -n and -ng apart
 * (金莲 jinlian, 金龙 jinlong; ន, ង), so a name read from one of them keeps it (Burmese, whose final
 * င is said "n" in Min and "ng" in Aung, does not).
 */
export function skeleton(latin: string, ng = false): string {
  let text = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^a-z'\s]/g, '');
  if (ng) text = text.replace(/ng/g, 'G');
  // Digraphs within a letter or a word only (see byTable); the separators then drop out.
  for (const [pattern, value] of DIGRAPHS) text = text.replace(pattern, value);
  let out = '';
  for (const char of text) {
    const value = char === char.toUpperCase() && /[A-Z]/.test(char) ? char : (SINGLE[char] ?? '');
    if (value && out.at(-1) !== value) out += value;
  }
  return out;
}

/**
 * The skeleton of an English name as Korean, Thai, Khmer and Burmese spell it from the
 * (non-rhotic) sound: an r after a vowel and before a consonant or the end is not written
 * ("silver" 실버 / ซิลเวอร์, "garden" 가든, "fortune" 포춘), and a final x is "ks" (피닉스 "Phoenix";
 * in pinyin and Vietnamese x, always before a vowel, is "s"): "silver moon" -> "SLPMN"; the gh of "-ght"
 * is not said.
 */
export function spokenSkeleton(latin: string, ng = false): string {
  return skeleton(
    latin
      .toLowerCase()
      .replace(/(?<=[aeiou])r(?=[^aeiouy]|$)/g, '')
      .replace(/x(?![aeiouy])/g, 'ks')
      // The gh of "-ght" is not said ("Starlight", "Knight").
      .replace(/(?<=[aeiou])gh(?=t)/g, ''),
    ng,
  );
}

/**
 * The spoken skeletons of a Latin name: spokenSkeleton, and, when it is spelt with "ch", the same
 * with ch read "k" as English reads it in words of Greek and other origins ("Orchid", "Anchor",
 * "Chrome", "Echo"), which Thai, Khmer and Korean spell by the sound (ออร์คิด, អ័រគីដ, 오키드); and,
 * unless `clusters` is false, with an n + d or t cluster said n.
 */
export function spokenSkeletons(latin: string, { clusters = true } = {}): string[] {
  const spellings = /ch(?!h)/i.test(latin) ? [latin, latin.replace(/ch(?!h)/gi, 'k')] : [latin];
  // Khmer and Thai spell an English n + d or t before a consonant or at the end as n alone (ឌាយម៉ុនបេ
  // "Diamond Bay", ហ្គ្រែន "Grand"): no cluster closes a syllable in either.
  const said = clusters ? spellings.map((spelling) => spelling.replace(/n[dt](?![aeiouy])/gi, 'n')) : [];
  return [...new Set([...spellings, ...said].map((spelling) => spokenSkeleton(spelling)))];
}

/** A Latin spelling without the h that marks an aspirate (Sokha, Thida), as Korean and Mandarin write the name. */
export const unaspirated = (letters: string) => letters.replace(/([ktp])h/g, '$1');

/**
 * A name as Chinese characters spell it by sound: Mandarin loanwords write a foreign r with l (鲁迪
 * "ludi" for Rudi, 罗莎 for Rosa), a final y as i (Rudy, Andy), and no aspirate that other spellings mark with h (卡 for
 * the kha of Sokha, 塔 for tha). Compared and keyed in this form.
 */
export const heardInChinese = (name: string) => unaspirated(name.replace(/(?<=[^aeiouy])y$/u, 'i').replace(/r/g, 'l'));


/** Whether `pattern` occurs in `text` with at most `edits` letters changed, added or left out (Sellers). */
export function containsApprox(text: string, pattern: string, edits: number): boolean {
  if (edits === 0 || pattern.length <= edits) return text.includes(pattern);
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  for (const char of text) {
    const current = [0];
    for (let j = 1; j <= pattern.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (pattern[j - 1] === char ? 0 : 1));
    }
    if (current[pattern.length]! <= edits) return true;
    previous = current;
  }
  return false;
}

/** Pinyin-like Latin of a run, lower case, no spaces (for exact comparison with a Latin name). */
export const compactLatin = (text: string) => romanise(text).toLowerCase().replace(/[^a-z]/g, '');
