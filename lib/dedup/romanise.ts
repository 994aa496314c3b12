/**
 * Names written in another script, read in Latin letters, so that "Golden Lotus" meets
 * ហ្គោលដិនឡូថាស, 金贝 meets "Jinbei" and 골든 meets "Golden":
 * - Chinese: pinyin without tones from pinyin-pro (a maintained library);
 * - Korean: Revised Romanization, computed from the Hangul syllable (Unicode arithmetic);
 * - Khmer, Thai, Burmese: the consonant tables below (UNGEGN/ALA-LC values, simplified:
 *   vowels are dropped, since the comparison below ignores them anyway).
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
    out += HANGUL_INITIALS[Math.floor(code / 588)]! + HANGUL_VOWELS[Math.floor((code % 588) / 28)]! + HANGUL_FINALS[code % 28]!;
  }
  return out;
}

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

function byTable(text: string, table: Record<string, string>): string {
  let out = '';
  for (const char of text) out += table[char] ?? (/\s/.test(char) ? ' ' : '');
  return out;
}

/** Latin letters for a run of Khmer, Thai, Burmese, Hangul or Han text. */
export function romanise(text: string): string {
  if (/\p{Script=Han}/u.test(text)) return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');
  if (/\p{Script=Hangul}/u.test(text)) return romaniseHangul(text);
  if (/\p{Script=Khmer}/u.test(text)) {
    let khmer = text;
    for (const [pattern, latin] of KHMER_DIGRAPHS) khmer = khmer.replace(pattern, latin);
    return byTable(khmer, { ...KHMER, g: 'g', f: 'f', z: 'z', p: 'p', m: 'm', n: 'n', l: 'l', w: 'w', y: 'y', s: 's' });
  }
  if (/\p{Script=Thai}/u.test(text)) return byTable(text, THAI);
  if (/\p{Script=Myanmar}/u.test(text)) return byTable(text, BURMESE);
  return text;
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
const SINGLE: Record<string, string> = { b: 'P', p: 'P', f: 'P', v: 'P', d: 'T', t: 'T', g: 'K', k: 'K', c: 'K', q: 'K', l: 'L', r: 'L', s: 'S', z: 'S', x: 'S', m: 'M', n: 'N' };

/** Consonant skeleton of Latin letters (see the header); "golden lotus" -> "KLTNLTS". */
export function skeleton(latin: string): string {
  let text = latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[^a-z]/g, '');
  for (const [pattern, value] of DIGRAPHS) text = text.replace(pattern, value);
  let out = '';
  for (const char of text) {
    const value = char === char.toUpperCase() && /[A-Z]/.test(char) ? char : (SINGLE[char] ?? '');
    if (value && out.at(-1) !== value) out += value;
  }
  return out;
}

/** Pinyin-like Latin of a run, lower case, no spaces (for exact comparison with a Latin name). */
export const compactLatin = (text: string) => romanise(text).toLowerCase().replace(/[^a-z]/g, '');
