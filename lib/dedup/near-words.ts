/**
 * Khmer and Thai words (and below, Latin ones) that make the place after them another one than the tip's: near, opposite,
 * next to, and "not" (the neighbour a tipster tells it from). One table for every reader: the
 * landmarks of native-names.ts (a Khmer or Thai name), of text-features.ts (a Latin name after them)
 * and the negated descriptions of concepts.ts. A leaf module: concepts.ts and native-names.ts import
 * each other's neighbours, and a regular expression built at load must not wait on a cycle.
 */
export interface NearWord {
  word: string;
  script: 'khmer' | 'thai';
  sense: 'near' | 'opposite' | 'next' | 'not';
  /**
   * Only right before a kind of place (ជាប់បុរី, ติดคาสิโน, ข้างโรงแรม) or a Latin name (ជាប់ Lucky Star, 0181):
   * ជាប់ and ติด also mean "held" and "stuck" (ជាប់ឃុំ, ติดอยู่ที่: held at), ข้าง opens "inside" and "behind"
   * (ข้างใน, ข้างหลัง), and the block behind a casino is often the casino's own (0141).
   */
  kindOnly?: true;
}

export const NEAR_WORDS: readonly NearWord[] = [
  { word: 'ក្បែរ', script: 'khmer', sense: 'near' },
  { word: 'ជិត', script: 'khmer', sense: 'near' },
  // "ចម្ងាយពី X ២០០ម៉ែត្រ", "ឆ្ងាយពី X": (200 m) away from X.
  { word: 'ចម្ងាយពី', script: 'khmer', sense: 'near' },
  { word: 'ឆ្ងាយពី', script: 'khmer', sense: 'near' },
  { word: 'ទល់មុខ', script: 'khmer', sense: 'opposite' },
  { word: 'ជាប់នឹង', script: 'khmer', sense: 'next' },
  { word: 'ជាប់', script: 'khmer', sense: 'next', kindOnly: true },
  // North, south, east or west of a kind of place (នៅខាងជើងរោងចក្រដំបូលបៃតង: north of the green-roofed factory), with នៃ
  // ("of") or without; not of anything else: អគារខាងជើង ពណ៌ស is "the north building, white". Nor the side of a river a
  // bank is (ច្រាំងខាងកើត សណ្ឋាគារពណ៌ស: on the east bank, a white hotel).
  ...['ខាងជើង', 'ខាងត្បូង', 'ខាងកើត', 'ខាងលិច']
    .flatMap((side) => [`${side}នៃ`, side])
    .map((word) => ({ word: `(?<!ច្រាំង|ត្រើយ)${word}`, script: 'khmer' as const, sense: 'near' as const, kindOnly: true as const })),
  { word: 'មិនមែន', script: 'khmer', sense: 'not' },
  { word: 'ใกล้', script: 'thai', sense: 'near' },
  { word: 'ตรงข้าม', script: 'thai', sense: 'opposite' },
  // Diagonally across (เยื้องกับ X: "across the road from X, a little along").
  { word: 'เยื้องกับ', script: 'thai', sense: 'opposite' },
  { word: 'เยื้อง', script: 'thai', sense: 'opposite' },
  // "ห่างจาก X 200 เมตร": 200 m away from X.
  { word: 'ห่างจาก', script: 'thai', sense: 'near' },
  { word: 'ข้างๆ', script: 'thai', sense: 'next' },
  // "Next to" (ถัดจาก X, ติดกับ X): unlike ติด alone, never "stuck at".
  { word: 'ถัดจาก', script: 'thai', sense: 'next' },
  { word: 'ติดกับ', script: 'thai', sense: 'next' },
  { word: 'ข้าง', script: 'thai', sense: 'next', kindOnly: true },
  { word: 'ติด', script: 'thai', sense: 'next', kindOnly: true },
  // ทางเหนือของ X: north (south, east, west) of X.
  ...['ทางเหนือของ', 'ทางใต้ของ', 'ทางตะวันออกของ', 'ทางตะวันตกของ'].map((word) => ({ word, script: 'thai' as const, sense: 'near' as const })),
  { word: 'ไม่ใช่', script: 'thai', sense: 'not' },
  // "Not at" (ไม่ได้อยู่หลังตลาดนะ: it is not behind the market): the place after it is the one it is told from.
  { word: 'ไม่ได้อยู่', script: 'thai', sense: 'not' },
];

/**
 * The same in Latin letters (English, Vietnamese with and without its marks, Indonesian), for the readers of
 * concepts.ts (whose colour or count is the neighbour's, who watches from beside it) and text-features.ts (whose
 * name is a landmark). Vietnamese "cách X 300 m" is "300 m from X", not "cách đây" ("ago"). One list, so that a
 * word added or mended is read alike by every reader. Words, not regular expressions, but for that lookahead.
 */
export interface LatinNearWord {
  word: string;
  /** 'by': of a concept only, not a name ("a casino by the sea Paradise Bay" is Paradise Bay). */
  sense: 'near' | 'next' | 'by' | 'opposite' | 'distance';
}

export const LATIN_NEAR_WORDS: readonly LatinNearWord[] = [
  ...['near', 'gần', 'dekat', 'dkt'].map((word) => ({ word, sense: 'near' as const })),
  ...['next to', 'beside', 'cạnh', 'bên cạnh', 'sát bên', 'kế bên', 'ben canh', 'sat ben', 'ke ben', 'samping', 'sebelah'].map((word) => ({
    word,
    sense: 'next' as const,
  })),
  // "By the river", "the kiosk by the yellow warehouse"; not "by the same tuk tuk" (the same one, not a place beside).
  { word: 'by the(?! same)', sense: 'by' },
  ...['opposite', 'across from', 'đối diện', 'doi dien', 'seberang'].map((word) => ({ word, sense: 'opposite' as const })),
  { word: 'cách(?! đây)', sense: 'distance' },
];

/**
 * The Latin words that pass `keep`, longest first, as an alternation that starts only where a word does
 * (JavaScript's `\b` knows only ASCII letters: it never opens "đối diện", 0171).
 */
export function latinNearWords(keep: (word: LatinNearWord) => boolean): string {
  return `(?<![\\p{L}\\p{M}])(?:${longestFirst(LATIN_NEAR_WORDS.filter(keep))})`;
}

/** Longest first, so that an alternation takes "bên cạnh" before "cạnh" and ជាប់នឹង before ជាប់. */
function longestFirst(entries: readonly { word: string }[]): string {
  return entries
    .map((entry) => entry.word)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * Kinds of places a Khmer or Thai tip writes before a name (កាស៊ីណូ X, โรงแรม X): after a word that is
 * kindOnly the name is a landmark only with one of them between.
 */
export const NATIVE_KINDS = 'កាស៊ីណូ|សណ្ឋាគារ|វីឡា|បុរី|រីសត|រ៉េសត|ក្រុមហ៊ុន|คาสิโน|โรงแรม|วิลล่า|บริษัท|รีสอร์ท|อาคาร|ตึก';

/** The words that pass `keep`, longest first, as an alternation for a regular expression. */
export function nearWords(keep: (word: NearWord) => boolean): string {
  return longestFirst(NEAR_WORDS.filter(keep));
}

/**
 * Words for near, beside and opposite that Chinese, Japanese, Korean and Burmese put after the name
 * (金时代附近, 离金沙不远, 주유소 근처, ဈေးအနီး): what stands before them is a landmark, and they are no name of
 * their own ("국경 근처라고": "near the border, they said"). The one list of them, in simplified and traditional
 * characters, for the concepts (a neighbour's colour), the names and the landmarks.
 */
export const NEAR_AFTER: readonly string[] = [
  ...['附近', '旁边', '旁邊', '旁', '对面', '對面', '隔壁', '周边', '周邊', '边上', '邊上', '对过', '對過', '不远', '不遠', ...hanSides()],
  ...['近く', '근처', '옆', '맞은편', 'အနီး', 'ဘေး'],
];

/** North (south, east, west) of it, as Chinese says it after the place (绿顶工厂北边的红顶楼: the red-roofed block north of the green-roofed factory). */
export function hanSides(): string[] {
  return [...'北南东西東'].flatMap((side) => [`${side}边`, `${side}邊`, `${side}面`, `以${side}`]);
}

/**
 * What ends a Thai or Khmer sentence that says "not X" (ไม่ใช่ X นะ, មិនមែន X ទេ): the particle, glued
 * to X as these scripts write, is no part of X's name.
 */
export const NOT_ENDS: Readonly<Record<NearWord['script'], readonly string[]>> = { thai: ['นะ', 'ครับ', 'ค่ะ', 'คะ'], khmer: ['ទេ'] };

/**
 * "Again", "more" (ទៀត, ម្តងទៀត, อีก, ထပ်, 又, 또; again, lagi, nữa, lại), or "still" (នៅតែ, ยังอยู่, ရှိသေး, 还在, 아직;
 * still, masih, vẫn): a short tip with one follows up on an earlier one and names what it follows up on first
 * ("ជីនសា B ជាន់ ១២ នៅតែមាន": Jinsha B, floor 12, still there). native-names.ts reads that first word in native letters,
 * text-features.ts in Latin ones, each with its own words.
 */
const FOLLOW_UP = {
  native: /ទៀត|នៅតែ|อีก|ยังอยู่|ยังมี|ထပ်|ရှိသေး|နေသေး|又|还在|還在|仍在|또|아직/u,
  latin: /(?<![\p{L}])(?:again|more|still|lagi|masih|nữa|nua|lại|vẫn)(?![\p{L}])/iu,
} as const;
export const isFollowUp = (clean: string, letters: keyof typeof FOLLOW_UP) => isShortTip(clean) && FOLLOW_UP[letters].test(clean);

/**
 * What a tip says to point back at a place already reported, in any length of tip: "the same place", "as
 * before", "update" (កន្លែងដដែល, 还是那栋, 上周说的, chỗ cũ, yg sama, ที่เดิม, 그 건물, နေရာဟောင်း).
 */
const SAME_PLACE = /ដដែល|ដូច[^\s។]{0,24}មុន|还是那|上次说的|上周说的|同一个|ที่เดิม|그 건물|같은 곳|နေရာဟောင်း|(?<![\p{L}])(?:same (?:place|building|compound|one)|as before|update|last week|chỗ cũ|cho cu|lần trước|lan truoc|(?:báo|bao) (?:tuần|tuan) (?:trước|truoc)|yg sama|yang sama)(?![\p{L}])/iu;

/**
 * A tip that follows up on a place already reported, by its own tipster or a neighbour: a short tip that says
 * "again" or "more" (isFollowUp), or any tip that says "the same place". It says of the place only that it was
 * reported: its nearness to that report is its evidence (0189).
 */
export const followsUp = (text: string) => {
  const clean = text.normalize('NFC');
  return SAME_PLACE.test(clean) || isFollowUp(clean, 'native') || isFollowUp(clean, 'latin');
};

/**
 * A tip of one line ("KB Park, 3 buses tonight", "the orange-gate villas, a car in again"): it says what it
 * reports on by a name or two or three words, and nothing more, as a follow-up or a passer-by writes. A
 * Chinese, Japanese or Korean character is a syllable, a word or most of one: it counts as two letters.
 */
export const isShortTip = (text: string) => text.trim().length + (text.match(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) <= 60;
