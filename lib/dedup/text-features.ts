/**
 * What a tip's words offer to duplicate detection, in any of the resident languages:
 * character n-grams (Khmer, Thai and Burmese have no spaces between words, so words cannot be
 * the unit), the Latin-script names in it (a compound's name is usually written in Latin
 * letters whatever the language around it, so names are the signal that crosses languages)
 * and the numbers in it (a road, street, building or phone number), whatever digits they
 * were written with.
 */
import myanmarTools, { type ZawgyiConverter, type ZawgyiDetector } from 'myanmar-tools';
import { Converter } from 'opencc-js/t2cn';
import { PROVINCES } from '@/lib/geo/provinces';
import { CONCEPTS, type ConceptFeatures, conceptFeatures, conceptOfTerm, hanNameWords, hanNumber, speltInitials, tonedThaiTerms, VIET_NAME_WORDS, withoutConceptWords, withoutWhatItIsNot } from './concepts';
import { HAN_NOT_NAMES, type NativeName, nativeLandmarks, nativeNames } from './native-names';
import { followsUp, isFollowUp, isShortTip, latinNearWords, NATIVE_KINDS, NEAR_AFTER, nearWords } from './near-words';
import { burmeseReadings, compactLatin, hanViet, khmerReadings, pinyinOfHanViet, romanise, skeleton, speltSkeleton } from './romanise';

export interface TextFeatures {
  /** Character n-grams of the normalised text, prefixed by the kind of run they come from. */
  grams: ReadonlySet<string>;
  /** Distinctive Latin-script names of what the tip is about, lower-case, without diacritics. */
  names: ReadonlySet<string>;
  /** Multi-word names written together, to match a tip that writes them as one word. */
  joinedNames: ReadonlyMap<string, string[]>;
  /** Names the tip only mentions as landmarks ("near the Golden Lotus"). */
  landmarks: ReadonlySet<string>;
  /** Numbers (long digit groups such as a phone joined into one), as ASCII digit strings. */
  numbers: ReadonlySet<string>;
  /** Domain concepts, floor counts and road numbers, whatever the language (lib/dedup/concepts.ts). */
  concepts: ConceptFeatures;
  /** Runs in Khmer, Thai, Burmese, Korean or Chinese script read in Latin letters (lib/dedup/romanise.ts). */
  scripts: ScriptRuns;
  /**
   * In a tip that names nothing (written without capitals, "pailin daimon hil"), each two Latin words
   * running, joined ("daimonhil"): its name, if it gives one, is among them. Empty in other tips.
   */
  wordPairs: readonly string[];
  /**
   * The letters of the messaging handles the tip gives ("chenwei" of @chenwei_hr88): often the
   * person's name, so they meet a name of the other tip, but a handle is no name to differ by.
   */
  handleNames: readonly string[];
  /**
   * Latin names given after a person's title ("Mr Park", "Director Park", "Pak Rudi"): a person's,
   * even when the word is also a kind of place ("Park"), so they meet a titled name in another script (박실장).
   */
  people: readonly string[];
  /**
   * Capitalised words that open a sentence and are read as no name, as any sentence's first word is ("Rizky
   * msh di Mekong Star"), and the first word of a tip without capitals ("vannak mk phum"): a name only when the
   * other tip gives it as one (score-pair withOpenersMet).
   */
  openers: readonly string[];
  /** A one-line tip (near-words isShortTip): its name, or its few words, are all it says of the place (0160). */
  short: boolean;
  /** The tip points back at a place already reported ("same place", "again": near-words followsUp, 0189). */
  followUp: boolean;
}

export interface ScriptRuns {
  /** Romanised runs, lower case, no spaces ("jinbei"); a Chinese run's syllables apart ("jin'bei'", see runHolds). */
  latin: readonly string[];
  /** Their consonant skeletons ("CNP"). */
  skeletons: readonly string[];
  /** Skeletons of the space-separated chunks of Khmer, Thai, Burmese and Korean runs. */
  chunks: readonly string[];
  /** Chinese names in a tip written in another language ("天宫" in a Burmese tip), and all Han text. */
  hanNames: readonly string[];
  han: string;
  /** Names written in Chinese, Khmer, Thai, Korean or Burmese script, with their readings (lib/dedup/native-names.ts). */
  names: readonly NativeName[];
  /** Chinese names the tip gives as landmarks (离金时代不远). */
  landmarks: readonly string[];
}

const SCRIPT_RUN = /\p{Script=Han}+|[\p{Script=Hangul}\s]*\p{Script=Hangul}|[\p{Script=Khmer}\p{M}]+(?:\s+[\p{Script=Khmer}\p{M}]+)*|[\p{Script=Thai}\p{M}]+(?:\s+[\p{Script=Thai}\p{M}]+)*|[\p{Script=Myanmar}\p{M}]+(?:\s+[\p{Script=Myanmar}\p{M}]+)*/gu;

/** Countries and towns in Chinese: every tip from Sihanoukville may say 西港. */
/**
 * A Chinese run in a tip of another language is a name unless it is a common word: a place, or a
 * concept's word other than a name word (保安 "security guard", 大楼 "building"; decision 0144).
 */
const hanCommonWord = (run: string) => HAN_NOT_NAMES.test(run) || (conceptOfTerm(run)?.group ?? 'name') !== 'name';

/** A Chinese run's reading, its syllables kept apart ("ling'chen'"): one character is one syllable. */
const hanSyllables = (letters: string) => letters.toLowerCase().replace(/[^a-z']/g, '').replace(/'+/g, "'");

/**
 * Whether a romanised run holds a reading. In a Khmer, Thai, Korean or Burmese one, whose words run
 * together, anywhere but cut before the h or g that ends its consonant ("chen" is not in ចេញ "chenh", "out"),
 * or after the consonant its h or g belongs to ("hang" is not in ខាង "khang", "side").
 * In a Chinese one, as two whole syllables or more: each syllable is a character, and any of dozens,
 * so "chen" in 早晨 ("morning") or "heng" in sheng (生, "life") is no one's name.
 */
export function runHolds(run: string, reading: string): boolean {
  if (!run.includes("'")) {
    for (let at = run.indexOf(reading); at >= 0; at = run.indexOf(reading, at + 1)) {
      const next = run[at + reading.length];
      const before = run[at - 1] ?? '';
      const cutBefore = (reading.startsWith('h') && /[kctpsg]/.test(before)) || (reading.startsWith('g') && before === 'n');
      if (next !== 'h' && !(next === 'g' && reading.endsWith('n')) && !cutBefore) return true;
    }
    return false;
  }
  const syllables = run.split("'").filter(Boolean);
  for (let start = 0; start < syllables.length; start++) {
    let joined = syllables[start]!;
    for (let end = start + 1; end < syllables.length && joined.length < reading.length; end++) {
      joined += syllables[end];
      if (joined === reading) return true;
    }
  }
  return false;
}

/**
 * Words of Khmer, Thai, Burmese and Korean tips that are no names and no concept either: a road,
 * a box, a salary, "illegal", "help", "I". A Latin name of two words can have a skeleton of three
 * consonants ("Pearl Bay", PLP), and one of these would then pass for it written in the other
 * script: ផ្លូវ ("road", PLP), ប្រអប់ ("box"), 불법 ("illegal") did (decision 0170). Read as a
 * chunk without its digits (ផ្លូវ៦ is ផ្លូវ).
 */
const COMMON_SCRIPT_WORDS: ReadonlySet<string> = new Set([
  // Khmer: high, many, road, and, salary, near, metre, door, thing, label, year, broker, block, letters, live,
  // behind, one person, box, every day, floor number, still there, only, go in again.
  'ខ្ពស់', 'ច្រើន', 'ផ្លូវ', 'ហើយ', 'ប្រាក់ខែ', 'ក្បែរ', 'ម៉ែត្រ', 'ទ្វារ', 'គ្រឿង', 'ស្លាក', 'ឆ្នាំ', 'មេខ្យល់', 'ប្លុក', 'អក្សរ', 'រស់នៅ',
  'នៅក្រោយ', 'ម្នាក់', 'ប្រអប់', 'រាល់ថ្ងៃ', 'ជាន់ទី', 'នៅដដែល', 'តែមាន', 'មានតែ', 'ចូលទៀត',
  // Korean: Korean (person), near, contact, high pay, person, help me, boss, friend, does, KakaoTalk, many,
  // heard, please, recruiting, is, taken away, at the airport, the name is, where, target, long ago, illegal, small.
  '한국인', '근처', '근처에', '연락', '연락이', '고수익', '사람', '사람이', '도와주세요', '사장', '친구가', '합니다', '카톡', '많음', '들었어요',
  '제발', '모집', '입니다', '뺏기고', '공항에서', '이름은', '어딘지', '대상', '옛날', '불법', '작은',
  // Burmese: I (a woman's, a man's), on the floor, main road, about (people), kept, help, border, locked up,
  // don't know, woman.
  'ကျွန်မ', 'ကျွန်တော်', 'ကျွန်တော့်', 'ထပ်မှာ', 'လမ်းမကြီး', 'ယောက်လောက်', 'သိမ်းထားတယ်', 'ကူညီပါ', 'နယ်စပ်', 'ချုပ်ထားတယ်', 'မသိဘူး',
  'အမျိုးသမီး',
  // Thai: salary, help, riverside, seized, cannot be reached.
  'เงินเดือน', 'ช่วยด้วยค่ะ', 'ริมแม่น้ำ', 'โดนยึด', 'ติดต่อไม่ได้',
  // Money and where it is counted: dollar, baht, kilo (a kilometre market), in Burmese, Khmer and Thai.
  'ဒေါ်လာ', 'ဘတ်', 'ကီလို', 'ដុល្លារ', 'គីឡូ', 'ดอลลาร์', 'กิโล',
]);
const isCommonScriptWord = (chunk: string) => COMMON_SCRIPT_WORDS.has(chunk.replace(/[\p{Nd}\p{P}]/gu, ''));

/**
 * Khmer ចិន ("Chinese", "China") inside a run reads "chen", a common name (Mr Chen, ឆេន): glued to the words on both sides
 * (មានចិនយកទូរស័ព្ទ, "a Chinese brings phones") it is left out of the run's reading. Not where it is the surname Chen,
 * after លោក ("Mr") or spaced from its given name (លោកចិន, ចិន វៃ), nor the start of a longer word (ចិន្តា, Chinda).
 */
const KHMER_CHINESE = /(?<=[\u1780-\u17d3])(?<!លោក)ចិន(?=[\u1780-\u17b3])/gu;

/** Every run of a non-Latin script, romanised, for names written in it. */
const VOWEL_READINGS: ReadonlyArray<readonly [RegExp, (chunk: string) => string[]]> = [
  [/\p{Script=Khmer}/u, khmerReadings],
  [/\p{Script=Myanmar}/u, burmeseReadings],
];

/**
 * Chinese words of when: read as syllables, 今晚 ("tonight") is "jin wan" and met the Latin name Jin Wan. A Chinese
 * run is read in the parts between them.
 */
const HAN_WHEN = /今晚|今天|今早|昨晚|昨天|昨夜|明天|晚上|早上|上午|下午|中午|半夜|凌晨|现在|現在|刚才|剛才|每天|天天|最近|以前|之前|后来|後來/u;

/** A Chinese run's readings: in pinyin, and in Sino-Vietnamese as a Vietnamese tipster writes a Chinese name. */
function hanReadings(run: string): [string, string][] {
  const viet = [...run].map((char) => hanViet(char)).join("'");
  return [
    [hanSyllables(romanise(run)), romanise(run)],
    [hanSyllables(viet), viet],
  ];
}

export function scriptRuns(text: string): ScriptRuns {
  const latin: string[] = [];
  const skeletons: string[] = [];
  const hanRuns: string[] = [];
  const chunks: string[] = [];
  const clean = text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  for (const match of clean.matchAll(SCRIPT_RUN)) {
    const isHan = /\p{Script=Han}/u.test(match[0]);
    if (isHan) hanRuns.push(match[0]);
    // A name word keeps its sound (골든 is "Golden" spelt out), other concept words do not.
    else for (const chunk of withoutConceptWords(match[0]).split(/\s+/)) if (chunk && !isCommonScriptWord(chunk)) chunks.push(skeleton(romanise(chunk)));
    const run = isHan ? match[0] : match[0].replace(KHMER_CHINESE, ' ');
    const readings: [string, string][] = isHan ? run.split(HAN_WHEN).filter(Boolean).flatMap(hanReadings) : [[compactLatin(run), romanise(run)]];
    // Khmer and Burmese with their vowels too, so that a Latin name meets them exactly ("Sokha" in សុខា ជាមេខ្យល់, "Aung Ko Ko"
    // in အောင်ကိုကို ကို ...).
    if (!isHan) {
      const withVowels = VOWEL_READINGS.find(([script]) => script.test(run))?.[1];
      if (withVowels) latin.push(...run.split(/\s+/).flatMap(withVowels).filter((reading) => reading.length >= 4));
    }
    for (const [reading, letters] of readings) {
      if (reading.length < 2) continue;
      latin.push(reading);
      skeletons.push(skeleton(letters));
    }
    const spelt = isHan ? null : speltSkeleton(match[0]);
    if (spelt) skeletons.push(spelt);
  }
  const letters = clean.match(/\p{L}/gu)?.length ?? 0;
  const hanLetters = hanRuns.join('').length;
  const hanNames = hanLetters > 0 && hanLetters < letters * 0.4 ? hanRuns.filter((run) => run.length >= 2 && run.length <= 6 && !hanCommonWord(run)) : [];
  return { latin, skeletons, chunks, hanNames, han: hanRuns.join('|'), names: nativeNames(clean), landmarks: nativeLandmarks(clean) };
}

/** Zero of every decimal digit block a tipster may type in (Khmer, Thai, Burmese, Arabic, ...). */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xed0, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10];

export function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    if (code >= 0x30 && code <= 0x39) return digit;
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

const stripMarks = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');

/** NFKC, ASCII digits, no zero-width characters (Khmer text is full of them), lower case. */
export function normaliseText(text: string): string {
  return asciiDigits(text.normalize('NFKC'))
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .toLowerCase();
}

// Runs of one writing system. Latin words keep digits attached ("a7", "kb88").
const RUN = /(\p{Script=Latin}[\p{Script=Latin}\p{M}\d'’-]*|\d+)|(\p{Script=Han}+)|(\p{Script=Hangul}+)|([\p{Script=Khmer}\p{Script=Thai}\p{Script=Myanmar}\p{Script=Lao}\p{M}]+(?:\s+[\p{Script=Khmer}\p{Script=Thai}\p{Script=Myanmar}\p{Script=Lao}\p{M}]+)*)/gu;

function addGrams(out: Set<string>, prefix: string, sequence: string[], n: number): void {
  if (sequence.length < n) {
    if (sequence.length > 0) out.add(prefix + sequence.join(''));
    return;
  }
  for (let i = 0; i + n <= sequence.length; i++) out.add(prefix + sequence.slice(i, i + n).join(''));
}

/** Character n-grams over normalised text; comparable across tips of the same script. */
export function textGrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const match of normaliseText(text).matchAll(RUN)) {
    const [, latin, han, hangul, abugida] = match;
    if (latin) {
      const word = stripMarks(latin).replace(/['’-]/g, '');
      if (word.length < 2) continue;
      grams.add(`w:${word}`);
      addGrams(grams, 'l:', [...` ${word} `], 3);
    } else if (han) {
      addGrams(grams, 'h:', [...han], 2);
    } else if (hangul) {
      addGrams(grams, 'k:', [...hangul], 2);
    } else if (abugida) {
      // Spaces in Khmer, Thai and Burmese mark phrases, not words: ignore them.
      addGrams(grams, 'a:', [...abugida.replace(/\s+/g, '')], 3);
    }
  }
  return grams;
}

/**
 * Titles before a person's name, English and Indonesian (Mr Kim, Pak Rudi, Bu Sari), and the
 * offices and ranks English names a Korean or Chinese manager by (Director Park, Boss Wang). Words,
 * never names (FUNCTION_WORDS); what follows them is a person's (TITLE_BEFORE, RANK_BEFORE).
 * And "Ah", as southern Chinese call a broker or a boss by a familiar name ("ah fei", 阿飞; "Ah Seng").
 */
const TITLES = 'mr mrs ms mdm madam pak bapak bu ibu ah p';
// and the trades a tipster names a broker by before the name ("Recruiter Sok Pisey", "agent Keo Sophal")
const RANKS = 'director manager chairman president supervisor boss recruiter broker agent middleman';
const alternation = (list: string) => list.split(' ').join('|');

/**
 * Latin words that are never names: function words of the Latin-script resident languages
 * (English, Vietnamese, Indonesian) and nationalities. Every tip has them.
 */
const FUNCTION_WORDS = words(
  // English
  'the a an and or of in on at to from by for with near next behind opposite beside inside outside there this that these those',
  'is are was were be been has have had do does did not no yes it its they them their we our us i my me he she his her you your',
  'who what where when which how why many much some all every each other another very about over under after before since until',
  'here then than but so if as also only just still now today yesterday night day morning evening week month year ago former',
  'people person man men woman women worker workers boss bosses guard guards police please help call whatsapp telegram facebook',
  'wechat line zalo tiktok youtube viber signal kakao kakaotalk fb app apps online scam scams fraud usd dollars riel sim km am pm',
  // abbreviations every kind of tipster writes in capitals: not a compound's code
  'ngo kpi vip atm usdt cctv gps sms',
  'cambodia cambodian khmer china chinese vietnam vietnamese thai thailand indonesia indonesian korea korean myanmar burmese',
  'malaysia malaysian philippines filipino laos lao taiwan taiwanese english asia asian africa african india indian',
  // the same countries in Indonesian and Vietnamese spelling (Kamboja, Campuchia: Cambodia)
  'kamboja kampuchea campuchia cina tiongkok burma birma korsel',
  // Indonesian
  'saya kami kita mereka dia ada di ke dari dan atau yang ini itu dengan untuk tidak bukan sudah belum akan sedang banyak',
  'orang gedung kompleks jalan jl jln lantai kamar dekat depan belakang samping kota desa provinsi kabupaten pasar pantai',
  'tolong bantu paspor kerja bekerja penipuan bos penjaga polisi malam hari minggu bulan tahun lebih sekitar',
  // WNI, TKI: an Indonesian citizen, an Indonesian migrant worker; HP: a (hand)phone; Indo: Indonesian, as chat
  // says it ("org Indo")
  'wni tki hp indo',
  // months and days, English and Indonesian ("till October", "sejak Januari"): when, never where (Indonesian Mei
  // is left out: it is as often a Chinese given name)
  'january february march april june july august september october november december',
  'januari februari maret juni juli agustus oktober desember',
  'monday tuesday wednesday thursday friday saturday sunday senin selasa rabu kamis jumat sabtu',
  // titles and offices before a person's name: the name is the person's, not the title
  TITLES,
  RANKS,
  // VN: Việt Nam, as Vietnamese write it in chat ("ng VN": Vietnamese people)
  'vn',
  // the makes and models of the cars and vans tipsters see come and go (a black Lexus, a white Alphard, a Toyota Hiace): a
  // vehicle's, not a place's name, and no other name of the place should differ from it
  'toyota lexus alphard vellfire prado hiace camry fortuner hilux highlander mercedes benz bmw hyundai starex',
  // banks and mobile-money services every money-mule tip names: ABA, ACLEDA, Wing, TrueMoney; Indonesian BCA, BRI, BNI
  'aba acleda wing truemoney bca bri bni',
  // the home towns relatives write from ("his sister called me from Yangon"): where they are, not the place
  'yangon rangoon mandalay naypyidaw hanoi saigon hcm hcmc jakarta surabaya medan bangkok seoul busan incheon manila',
);

/**
 * Vietnamese words that start sentences or are capitalised in addresses. Compared with their
 * diacritics: without them they collide with names ("Bảy" is seven, "Bay" is a bay).
 */
const VIETNAMESE_WORDS = words(
  'tôi chúng bạn họ anh chị em có không là và của ở tại gần cạnh trong ngoài khu tòa nhà tầng đường quốc lộ phố người',
  'một những các đã đang bị được khi thì này đó thành phố tỉnh xã huyện chợ cửa khẩu sông cầu bến cảng biển bãi',
  'trường chùa đền số phía sau bên việt',
  // a counter, a shop: where a money mule withdraws (Quầy Wing, tiệm cầm đồ); not đại lý (an agent), whose Lý is a surname
  'quầy tiệm',
  // titles before a person's name, as anh and chị are: "Ông Long" is Mr Long
  'ông bà',
  // religions, capitalised: nhà thờ Hồi giáo is a mosque, chùa Phật a Buddhist temple
  'hồi phật',
);

/**
 * Peoples and countries in Vietnamese, with or without marks ("người Việt", "nguoi Hoa", "Trung
 * Quốc", "Hàn Quốc"): capitalised in every Vietnamese tip, never a compound's name.
 */
const VIET_PEOPLES =
  /(?<![\p{L}\p{M}])(?:ng(?:ư|u)(?:ờ|o)i\s+(?:vi(?:ệ|e)t|hoa|h(?:à|a)n|th(?:á|a)i|l(?:à|a)o|mi(?:ê|e)n|t(?:à|a)u|nh(?:ậ|a)t)|vi(?:ệ|e)t\s+nam|trung\s+qu(?:ố|o)c|h(?:à|a)n\s+qu(?:ố|o)c|th(?:á|a)i\s+lan|mi(?:ế|e)n\s+(?:đ|d)i(?:ệ|e)n|nh(?:ậ|a)t\s+b(?:ả|a)n|(?:đ|d)(?:à|a)i\s+loan)(?![\p{L}\p{M}])/giu;

/**
 * Vietnamese written without its marks, as in chat ("toi bi giu o song bac Kim Lien, toa nha 7 tang"):
 * three of these words, which are no English or Indonesian words, say so.
 */
const UNMARKED_VIET_WORDS = /(?<![\p{L}])(?:toi|cua|khong|ko|nguoi|duoc|trong|tang|toa|khu|cuu|voi|nha|sdt|roi|nhieu|lam|gan|bi|giu|song bac|chi|anh|em)(?![\p{L}])/gu;

/** Vietnamese titles before a name, as written without marks (chị, anh, em, ông, bà, cô). */
const UNMARKED_TITLES = words('chi anh em ong ba co');
/** Titles that are also the last syllable of many Vietnamese given names (Lan Anh, Tuấn Anh, Út Em). */
const NAME_ENDING_TITLES = words('anh em');

/** The Hán-Việt name syllables without their marks ("kim", "lien", "long"), each with its name words (built on first use: concepts.ts imports this module). */
let UNMARKED_VIET: Map<string, string[]> | null = null;
function unmarkedViet(): Map<string, string[]> {
  if (!UNMARKED_VIET) {
    UNMARKED_VIET = new Map();
    for (const [syllable, id] of Object.entries(VIET_NAME_WORDS)) {
      const bare = stripMarks(syllable);
      UNMARKED_VIET.set(bare, [...new Set([...(UNMARKED_VIET.get(bare) ?? []), id])]);
    }
  }
  return UNMARKED_VIET;
}
/** A syllable's name words: as written with its marks, or, in a name written bare, every word it may stand for. */
const vietNameWords = (lower: string, bare: boolean): string[] => (VIET_NAME_WORDS[lower] ? [VIET_NAME_WORDS[lower]] : bare ? (unmarkedViet().get(lower) ?? []) : []);
/**
 * The name words of a Vietnamese name's syllables, two that make one word read as that word (Phượng Hoàng is
 * "phoenix", not phoenix and royal; Kim Cương "diamond"; Ngân Hà "galaxy"), the others one by one (0157).
 */
function vietRunNameWords(syllables: readonly string[], bare: boolean): string[] {
  const ids: string[] = [];
  for (let at = 0; at < syllables.length; at++) {
    const pair = at + 1 < syllables.length ? conceptOfTerm(`${syllables[at]} ${syllables[at + 1]}`) : undefined;
    if (pair?.group === 'name') {
      ids.push(pair.id);
      at++;
    } else ids.push(...vietNameWords(syllables[at]!, bare));
  }
  return ids;
}

/** Kinds of places: part of a name only next to a real name word ("Blue Bay", "Kaisheng Park"). */
const PLACE_WORDS = words(
  'building buildings compound compounds casino casinos hotel hotels htl resort resorts tower towers plaza complex park garden gardens',
  'road roads street st str rd highway national route lane alley village commune district province city town area zone block',
  'market bridge beach river lake hill island bay port airport border checkpoint crossing station school pagoda temple church',
  'company group co ltd inc international center centre new old big small north south east west no number phase apartments',
  // the Chinese word for the scam "company" as casino staff write it in Latin letters (公司)
  'gongsi',
  'apartment villa villas condo condominium factory warehouse club karaoke restaurant bank branch mall heights residence bldg',
  // Khmer words for kinds of places, as written in Latin letters
  'borey phum khum khan sangkat srok krong psar phsar wat koh phnom stung prek boeung',
);

/**
 * The country's own geography: provinces, towns and districts where compounds cluster. Every
 * tip from Sihanoukville names Sihanoukville; only the compound's own name tells tips apart.
 * Names of several words are removed as phrases, so "Sen Sok" goes but "Borey Sok Meas" keeps
 * its "Sok". Sokha alone is a common Khmer given name (a broker, a victim); Sokha Beach is the place.
 */
const PLACES = words(
  'sihanoukville sihanouk poipet bavet chinatown ochheuteal otres serendipity bokor kep kampot takhmao takhmau',
  'mekong bassac dangkao bkk battambang sangkae sangke pursat kratie mondulkiri ratanakiri takeo pailin kandal memot osmach',
  'pochentong kamboul',
  // Vietnamese spellings of towns: Xihanúc (Sihanoukville)
  'xihanuc',
);
/**
 * Quarters named with a number: Boeung Keng Kang's three as every map writes them (BKK1); Poipet's Kilo 4 market and the
 * other kilometre markets and villages (Psar Kilo 4, Phum Kilo 7), a kilometre; 7 Makara (Prampi Makara), a quarter of
 * Sihanoukville and a district of Phnom Penh, named after a date. Neither a name nor a number of the tip's (numberTokens).
 */
const NUMBERED_QUARTERS = String.raw`bkk\s?[1-3]|(?:psar\s|phsar\s|pasar\s|market\s)?kilo\s?\d{1,2}|(?:7|prampi)\s?makara`;
/**
 * Phrases of several words that name no compound and no person: the country's places, quarters and landmarks, home towns
 * abroad, and cars. Blanked before names are read.
 */
const NOT_NAME_PHRASES = new RegExp(
  `\\b(?:${[
    'kompong som', 'kampong som', 'sokha beach', 'victory hill', 'independence beach', 'ream national park', 'prey nob', 'stueng hav',
    'koh rong', 'koh kong', 'ta khmau', 'tonle sap', 'chroy changvar', 'chamkar mon', 'daun penh', 'toul kork', 'tuol kork',
    'tuol kouk', 'sen sok', 'mean chey', 'russey keo', 'por senchey', 'chbar ampov', 'prek pnov', 'boeung keng kang',
    NUMBERED_QUARTERS,
    // The landmarks of the concepts' 'place' rows foreigners name a street by.
    'golden lions?', 'pub street', 'old market', 'night market', 'russian market', 'central market', 'wat phnom',
    'independence monument', 'olympic stadium', 'royal palace', 'diamond island', 'koh pich',
    // and the cars bosses come in, of two words (the makes of one word are FUNCTION_WORDS): a vehicle's name, not a place's
    'land\\s+cruiser', 'range\\s+rover',
    'pou senchey', 'preaek pnov', 'boeung tumpun', 'boeng tumpun', 'toul sangke', 'tuol sangke', 'kbal thnal', 'stung meanchey',
    'phnom penh', 'nam vang', 'ba vet', 'siem reap', 'stung treng', 'svay rieng', 'moc bai', 'thmor da', 'neak loeung', 'o smach', 'chrey thom', 'cham yeam', 'hat lek',
    // home towns abroad (FUNCTION_WORDS), of two words
    'ho chi minh', 'kuala lumpur',
    // the border crossing to Hà Tiên, Kampot
    'prek chak',
    ...PROVINCES.map((province) => province.en.toLowerCase()),
  ].join('|')})\\b`,
  'giu',
);

/** Function words, nationalities and places, also in the plural ("Indonesians", "guards"). */
function isOrdinary(key: string): boolean {
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  return FUNCTION_WORDS.has(key) || PLACES.has(key) || FUNCTION_WORDS.has(singular) || PLACES.has(singular);
}

/** "Tower", "Park", "Casino": part of a name, but thousands of tips contain the word. */
export const isPlaceWord = (name: string) => PLACE_WORDS.has(name);

function words(...lines: string[]): Set<string> {
  return new Set(lines.join(' ').split(/\s+/).filter(Boolean));
}

/**
 * Words that make the name after them a landmark ("near the Golden Lotus"), not the place the
 * tip is about: a tip that says it is near X is not X, nor one that says "not X" (không phải X,
 * bukan X): a tipster names the neighbour they must not be confused with. Latin, Khmer and Thai put the word
 * before the name; Chinese, Korean and Burmese after it. "From" only after a distance
 * ("300 m from X", Vietnamese "cách X 300 m"): "a message from X" is about X. Not "behind": "the block behind the
 * Titan casino" is the casino's own dormitory, the place the other tips call Titan. "By" only after a kind of place
 * ("grey block by Lucky Mart"): "run by Chen" is about Chen. A kind of
 * place may stand between the word and the name ("near the petrol station Caltex", "gần cây xăng
 * Caltex", "dekat pom bensin Caltex", ក្បែរស្ថានីយប្រេង Caltex): the name is still the landmark's,
 * unless a word for "called" says it is the place's own.
 */
const LANDMARK_BEFORE = new RegExp(
  `(?:(?:${latinNearWords((word) => word.sense !== 'by')}|(?<![\\p{L}\\p{M}])(?:nearby|past|across|close to|(?:block|building|tower|villa|house|warehouse|compound|shop|hotel|condo|casino|apartment|factory)s?\\s+by|(?:north|south|east|west) of|(?:\\d+\\s*(?:m|km|metres?|meters?|kilometres?)\\b[^.]{0,40}?|away\\s+|far\\s+)from|depan|not|không phải(?: là)?|khong phai(?: la)?|bukan))(?:\\s+(?:the|khu|tòa|toa|gedung))?(?:\\s+(?!(?:called|named|namanya|bernama|tên|là|gọi|in|on|at|and|with|is|was|di|ở|và)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{Ll}\\p{M}]*){0,3}|(?:${nearWords((word) => !word.kindOnly)}|(?:${nearWords((word) => !!word.kindOnly)})(?=${NATIVE_KINDS}|\\s*$))(?:(?!ឈ្មោះ|ហៅ|ชื่อ|เรียก)[\\p{Script=Khmer}\\p{Script=Thai}\\p{M}]){0,20})\\s*$`,
  'iu',
);
const LANDMARK_AFTER = new RegExp(`^\\s*(?:${NEAR_AFTER.join('|')})`, 'u');

export interface NameSets {
  /** Names of what the tip is about. */
  subjects: Set<string>;
  /** Multi-word subject names written together ("Hong Yun" -> "hongyun"), to match "HongYun". */
  joined: Map<string, string[]>;
  /** Names the tip gives as landmarks ("near X"). */
  landmarks: Set<string>;
  /** Name-word concepts of Vietnamese subject names (Kim Liên: golden, lotus). */
  nameWords: Set<string>;
  /** Two words running, joined, neither a function word nor a kind of place (see TextFeatures.wordPairs). */
  wordPairs: string[];
  /** Words of four letters or more inside a messaging handle (see TextFeatures.handleNames). */
  handleNames: string[];
  /** Names after a person's title (see TextFeatures.people). */
  people: string[];
  /** First words of sentences read as no name (see TextFeatures.openers). */
  openers: string[];
}

const QUOTED = /(?<=^|[\s(,:;])['"‘“「『]([^'"‘’“”「」『』\n]{2,40})['"’”」』](?=$|[\s).,:;!?])/gu;
const LATIN_WORD = /\p{Script=Latin}[\p{Script=Latin}\p{M}\d'’-]*/gu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** Krom (lower) and Leu (upper), as Latin letters write ក្រោម and លើ after an area's name to name its two communes. */
const AREA_PARTS = words('krom kraom leu loeu ler');
/**
 * A national road's number as written in one word: NR1 (English), NH4 (National Highway), RN5 (French), QL1 and TL (Vietnamese
 * quốc lộ, tỉnh lộ), AH1 (Asian Highway); and a kilometre post, km9: no names, as concepts.ts reads the road and the post.
 */
const ROAD_CODE = /^(?:nr|nh|rn|ql|tl|ah|km)\d{1,3}[a-z]?$/u;

/**
 * An English title before a word makes it a person's name even in lower case ("mr kim"). Not the
 * Vietnamese or Indonesian titles: their writers capitalise names, and "chị ấy" is "she".
 */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(TITLES)})\\.?\\s+$`, 'iu');

/**
 * An office or a rank before a capitalised word, as English names a Korean or Chinese manager by
 * surname ("Director Park", "Manager Kim", "Boss Wang"): the word is a person's (TextFeatures.people).
 */
const RANK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(RANKS)})\\s+$`, 'iu');

/**
 * A word for "named" or "called" before a word makes it a name in lower case too ("namanya huilong
 * garden", "tempat bernama xin he", "a place called sky garden"): Indonesian and English.
 */
const NAMED_BEFORE = /(?:^|[^\p{L}])(?:namanya|bernama|called|named)\s+$/iu;

/** Words recruiters put in their handles beside their names (sokha_jobs88, hr_vannak, cambo_work): the trade's, not a name. */
const HANDLE_WORDS = words('job jobs work works worker hiring recruit recruiter recruitment career careers official admin service support team agent agency kerja loker viec vieclam lamviec');

/**
 * The messaging apps recruiters give, by their Latin names and abbreviations (longest first) and by
 * their names in the tips' own scripts, which those scripts glue to the words around them. One list
 * for every reading below: a handle after an app, a phone after one, a name before one.
 */
const MESSAGING_APPS_LATIN = 'telegram|tele|tg|zalo|line|wechat|whatsapp|wa|facebook|fb|instagram|ig|kakaotalk|kakao|viber|signal|tiktok';
const MESSAGING_APPS_NATIVE = '微信|电报|飞机|เทเลแกรม|ไลน์|วีแชท|วอทส์แอพ|តេឡេក្រាម|តេលេក្រាម|ហ្សាឡូ|텔레그램|카카오톡|카톡|위챗|တယ်လီဂရမ်|ဗိုက်ဘာ';

/** Messaging apps a person's name stands before ("Lan zalo 0903 118 226"). */
const PLATFORM_AFTER = new RegExp(`^\\s+(?:${MESSAGING_APPS_LATIN}|${MESSAGING_APPS_NATIVE})(?![\\p{L}\\d_])`, 'iu');
// An English possessive is the name's ("Heng's phone shop": Heng).
const nameKey = (word: string) => stripMarks(word).toLowerCase().replace(/['’]s$/u, '').replace(/['’-]/g, '');

/**
 * A role right after a word, in apposition, then a pause or a preposition: the word is a person's
 * name ("Somsak the agent in ...", "Dara, a broker, ..."); not an adverb ("Later the driver left").
 */
const PERSON_ROLE_AFTER = /^\s*,?\s+(?:the|a|an|our|this)\s+(?:agent|recruiter|broker|middleman|boss|driver|manager|supervisor|translator)(?:\s*[,.;:(—-]|\s+(?:in|from|at|of|who|with|near)\b)/iu;


/** What a recruiter or a mule buyer is said to do, in the third person (see isNameWord). */
const TRADE_VERB_AFTER = /^\s+(?:buys|sells|rents|recruits|hires|pays|collects|lures|cheats|offers|promises|takes|brings|sends|moves|smuggles|traffics)\b/u;
const PRONOUNS = words('someone somebody anyone anybody everyone everybody nobody noone he she they it this that who one');

/**
 * Names: in text written mostly in another script, every distinctive Latin word is a name;
 * in Latin-script text, capitalised words that do not open a sentence, and capitalised runs
 * of two or more words anywhere ("Golden Lotus is ...").
 */
export function nameSets(text: string): NameSets {
  const clean = text
    .normalize('NFKC')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(NOT_NAME_PHRASES, (phrase) => '_'.repeat(phrase.length))
    .replace(VIET_PEOPLES, (phrase) => '_'.repeat(phrase.length))
    // Thai P' (พี่, "elder") before a nickname is a title ("P'Noi"), as Mr is.
    .replace(/(?<![\p{L}])([Pp])['’‘]\s?(?=\p{Lu})/gu, '$1 ')
    // Three capitalised words run together are a name's words (ZawMinTun: Zaw Min Tun), as relatives type
    // a Burmese or Korean name; two are as often a brand (WeChat, TikTok). Not inside a handle.
    .replace(/(?<![\p{L}\d_@.])(?:\p{Lu}\p{Ll}+){3,}(?![\p{L}\d_])/gu, (run) => run.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' '));
  const letters = clean.match(LETTER)?.length ?? 0;
  const latinLetters = clean.match(LATIN_LETTER)?.length ?? 0;
  // A handle ("tg chenwei_hr88", "@vanna_aba") is an account, not a name of what the tip is about:
  // two handles of one recruiter (Kakao goldjob77, Telegram cambo_gold_77) do not make two people.
  const handles = [...clean.matchAll(HANDLE)].map((match) => [match.index + match[0].length - match[1]!.length, match.index + match[0].length] as const);
  const inHandle = (start: number) => handles.some(([from, to]) => start >= from && start < to);
  const foreignScript = letters > 0 && latinLetters / letters < 0.5;
  const found = [...clean.matchAll(LATIN_WORD)].map((match) => {
    const before = clean.slice(Math.max(0, match.index - 40), match.index).trimEnd();
    const key = nameKey(match[0]);
    const lower = match[0].toLowerCase();
    return {
      key,
      start: match.index,
      end: match.index + match[0].length,
      capitalised: isCapitalised(match[0]) || /\d/.test(match[0]),
      sentenceStart: (before === '' && match.index < 40) || /[.!?。！？:;\n]$/.test(before),
      // Indonesian writes a doubled word with a 2 ("diam2", "orang2"): a word, not a building's code.
      // A road's number (NR1, QL1: Quốc lộ 1, RN5, AH1) says where, as the road reason weighs it; a concept written
      // in capitals (KTV: karaoke) is that concept: neither is a code.
      ordinary: key.length < 2 || isOrdinary(key) || VIETNAMESE_WORDS.has(lower) || /^\p{Ll}{3,}2$/u.test(match[0]) || inHandle(match.index) || ROAD_CODE.test(key) || (/^\p{Lu}{2,}$/u.test(match[0]) && (conceptOfTerm(key)?.group ?? 'name') !== 'name'),
      handle: inHandle(match.index),
      // "KB-9", "KB9", "A7": a building's code is a name wherever it stands.
      code: /\d/.test(match[0]) || /^\p{Lu}{2,}$/u.test(match[0]),
      // Two words run together, each capitalised (SokPisey, JiHoon): a name wherever it stands, as no ordinary
      // word is written so (the brands that are, WeChat, TikTok and YouTube, are FUNCTION_WORDS).
      glued: /\p{Ll}\p{Lu}/u.test(match[0]),
      numberFollows: /^\s+\d/.test(clean.slice(match.index + match[0].length)),
      place: PLACE_WORDS.has(key),
      marked: /[\u0300-\u036f]/.test(match[0].normalize('NFD')) || /đ/i.test(match[0]),
      lower: lower.normalize('NFC'),
    };
  });
  // Vietnamese puts a title before a name and "Anh" or "Em" may end one (Chị Lan Anh, "named Tuan Anh"):
  // after a name word such a word is the name's; before one, in a tip written without marks, Chi, Anh,
  // Em, Ong, Ba, Co are the titles chị, anh, em, ông, bà, cô (UNMARKED_TITLES).
  const bareTitles = new Set(clean.toLowerCase().match(UNMARKED_VIET_WORDS) ?? []).size >= 3;
  found.forEach((word, i) => {
    const before = found[i - 1];
    const after = found[i + 1];
    const spaced = (first: (typeof found)[number], second: (typeof found)[number]) => /^\s+$/.test(clean.slice(first.end, second.start));
    if (word.capitalised && NAME_ENDING_TITLES.has(word.lower) && before && spaced(before, word) && before.capitalised && !before.ordinary && !before.place) word.ordinary = false;
    else if (bareTitles && word.capitalised && UNMARKED_TITLES.has(word.key) && after && spaced(word, after) && after.capitalised && !after.place) word.ordinary = true;
    // Thái (泰, 太, 蔡) opens Hán-Việt names as often as it names Thais: before another name syllable it is the name's (Thái Phong, 泰丰).
    else if (word.key === 'thai' && word.capitalised && after && spaced(word, after) && after.capitalised && (bareTitles || word.marked || after.marked) && pinyinOfHanViet([after.key]).length > 0) word.ordinary = false;
  });
  const followUp = isFollowUp(clean, 'latin');
  // The first word of a concept said in two ("Sòng bài bên đường 1, xe đêm lại vào": the casino by road 1) is no name.
  const opensConcept = (index: number) => {
    const [word, next] = [found[index]!, found[index + 1]];
    return !!next && /^\s+$/u.test(clean.slice(word.end, next.start)) && !!conceptOfTerm(`${word.lower} ${next.lower}`);
  };
  const isNameWord = (index: number): boolean => {
    const word = found[index];
    if (!word || word.ordinary || word.place) return false;
    // A trade word after a name is a page's or a recruiter's label ("Sokha Jobs", "Vanna Recruitment"), not a second name.
    const before = found[index - 1];
    if (HANDLE_WORDS.has(word.key) && before && !before.ordinary && /^\s+$/.test(clean.slice(before.end, word.start))) return false;
    if (foreignScript || TITLE_BEFORE.test(clean.slice(Math.max(0, word.start - 8), word.start))) return true;
    // After "named", the word, and the next when the first was the name's
    const namedAt = (at: number) => NAMED_BEFORE.test(clean.slice(Math.max(0, found[at]!.start - 12), found[at]!.start));
    const previous = found[index - 1];
    // (In lower case only: where the writer uses capitals, they end the name: "named Sokha recruits".)
    if (namedAt(index) || (previous && !previous.capitalised && !word.capitalised && !previous.ordinary && !previous.place && namedAt(index - 1) && /^\s+$/.test(clean.slice(previous.end, word.start)))) return true;
    if (!word.capitalised) return false;
    const next = found[index + 1];
    const concept = conceptOfTerm(word.key);
    const describes = !!concept && concept.group !== 'name';
    // A colour before a number opens a description ("Blue 15-floor tower"), not a name.
    if (!word.sentenceStart || (word.numberFollows && !describes) || word.code || word.glued || PLATFORM_AFTER.test(clean.slice(word.end, word.end + 12))) return true;
    // At a sentence's start, a capitalised word is a name when another name word or a kind of
    // place follows it ("Golden Lotus is ...", "Kaiyuan bldg in ..."), unless it is a concept
    // word that describes ("Yellow building").
    // Or a person introduced by their role ("Somsak the agent ...", "Dara, a broker, ...").
    if (!concept && PERSON_ROLE_AFTER.test(clean.slice(word.end, word.end + 40))) return true;
    // Or the first word of a short tip that follows up on a place or a person ("Meilong: 3 more trucks", "Sokha
    // at the market again"): it names what it follows up on first, as the native scripts do (native-names).
    if (!concept && index === 0 && followUp && !opensConcept(index)) return true;
    // Or the subject of what a recruiter or a mule buyer does ("Hang buys ABA accounts", "Sokha recruits
    // students"): an English verb in the third person after it, not a pronoun's.
    if (!concept && !PRONOUNS.has(word.key) && TRADE_VERB_AFTER.test(clean.slice(word.end, word.end + 16))) return true;
    return !!next && ((next.capitalised && !next.ordinary) || (next.place && !describes)) && clean.slice(word.end, next.start).trim() === '';
  };
  const subjects = new Set<string>();
  const landmarks = new Set<string>();
  const joined = new Map<string, string[]>();
  const bareViet = bareTitles;
  const nameWords = new Set<string>();
  // Runs of adjacent name words (with the place words inside or around them) form one name.
  let index = 0;
  while (index < found.length) {
    if (!isNameWord(index)) {
      index++;
      continue;
    }
    let first = index;
    let last = index;
    const adjacent = (a: number, b: number) => /^[\s]*$/.test(clean.slice(found[a]!.end, found[b]!.start));
    while (last + 1 < found.length && adjacent(last, last + 1) && (isNameWord(last + 1) || (found[last + 1]!.place && found[last + 1]!.capitalised))) last++;
    while (first > 0 && adjacent(first - 1, first) && found[first - 1]!.place && found[first - 1]!.capitalised && !found[first - 1]!.sentenceStart) first--;
    // Only the words just before or after the name can make it a landmark (and testing the
    // whole text before it, for every name, was most of the cost of reading a tip).
    const start = found[first]!.start;
    const landmark = LANDMARK_BEFORE.test(clean.slice(Math.max(0, start - 80), start)) || LANDMARK_AFTER.test(clean.slice(found[last]!.end, found[last]!.end + 20));
    // A town at either end of the run is where the place is, not part of its name ("Anchor Point Ream").
    const end = last;
    while (last > first && conceptOfTerm(found[last]!.key)?.group === 'town') last--;
    while (first < last && conceptOfTerm(found[first]!.key)?.group === 'town') first++;
    const run = found.slice(first, last + 1);
    const keys = run.map((word) => word.key);
    // A town written in Latin letters inside another language ("cửa khẩu Cham Yeam") is a place, not a name;
    // so is an area, a province or a landmark the concepts know ("ở Chak Angre", "Tonle Sap"): weighed as that concept.
    // Khmer splits an area into communes by "lower" and "upper" after its name (X Krom, X Leu: AREA_PARTS).
    const whole = conceptOfTerm(keys.join(' '))?.group ?? (keys.length >= 2 && AREA_PARTS.has(keys.at(-1)!) ? conceptOfTerm(keys.slice(0, -1).join(' '))?.group : undefined);
    // Or the end of one whose first word is an ordinary one ("sông Mê Kông": mê is also "crazy").
    const before = first > 0 && adjacent(first - 1, first) ? conceptOfTerm(`${found[first - 1]!.key} ${keys.join(' ')}`)?.group : undefined;
    if (whole === 'town' || whole === 'place' || before === 'town' || before === 'place') {
      index = last + 1;
      continue;
    }
    for (const key of keys) (landmark ? landmarks : subjects).add(key);
    if (!landmark && keys.length > 1) joined.set(keys.join(''), keys);
    // A Vietnamese name of Chinese origin (written with its marks: "Kim Phàm") also in pinyin
    // ("jinfan"), the way a Chinese or Burmese tip writes the same compound in Latin letters.
    // Or written without marks, in a tip that is Vietnamese without marks ("song bac Kim Lien o Bavet"),
    // when each syllable of the name is a name word's (unmarkedVietName).
    const vietnamese = run.some((word) => word.marked) || (bareViet && keys.length > 1 && keys.every((key) => unmarkedViet().has(key)));
    if (!landmark && keys.length > 1 && keys.length <= 3 && vietnamese) {
      for (const reading of pinyinOfHanViet(keys)) if (reading !== keys.join('')) joined.set(reading, keys);
    }
    // Its syllables as name words too (Kim Liên: golden, lotus), so that its translation meets it.
    if (!landmark && vietnamese) for (const id of vietRunNameWords(run.map((word) => word.lower), !run.some((other) => other.marked))) nameWords.add(id);
    index = end + 1;
  }
  // A name in quotes is a name however it is written ("a casino called 'golden fortune'").
  for (const quoted of clean.matchAll(QUOTED)) {
    const keys = (quoted[1]!.match(LATIN_WORD) ?? []).map(nameKey).filter((key) => key.length >= 2 && !isOrdinary(key) && !VIETNAMESE_WORDS.has(key));
    if (keys.length === 0 || keys.length > 4) continue;
    // Not the kinds of place or the trade's words ("'casino jobs'" is what a recruiter offers).
    const named = keys.filter((key) => !PLACE_WORDS.has(key) && !HANDLE_WORDS.has(key));
    if (named.length === 0) continue;
    named.forEach((key) => subjects.add(key));
    if (keys.length > 1) joined.set(keys.join(''), keys);
  }
  for (const name of subjects) landmarks.delete(name);
  const wordPairs = found.flatMap((word, i) => {
    const next = found[i + 1];
    // A kind of place that is also a name word ("sky garden", "long bay") may end a name.
    const nameWord = (part: typeof word) => !part.place || (part === next && conceptOfTerm(part.key)?.group === 'name');
    // Nor an area the concepts know ("chak angre"): it says where, not which compound.
    const area = () => ['town', 'place'].includes(conceptOfTerm(`${word.key} ${next!.key}`)?.group ?? '');
    // Nor a landmark's name ("near golden phoenix"), as a capitalised one would be.
    const landmark = () => LANDMARK_BEFORE.test(clean.slice(Math.max(0, word.start - 80), word.start));
    return next && [word, next].every((part) => !part.ordinary && nameWord(part) && !part.code) && /^\s*$/.test(clean.slice(word.end, next.start)) && !area() && !landmark() ? [word.key + next.key] : [];
  });
  // The whole handle ("jobcambodia88") and its words but the trade's (chenwei of chenwei_hr88, not "jobs").
  const handleNames = [
    ...new Set(
      handles.flatMap(([from, to]) => {
        const handle = clean.slice(from, to).toLowerCase().replace(/[_.]/g, '');
        const parts = clean.slice(from, to).toLowerCase().split(/[^a-z]+/).filter((part) => part.length >= 4 && !isOrdinary(part) && !HANDLE_WORDS.has(part));
        return [handle, ...parts];
      }),
    ),
  ];
  // Not a word the concepts know ("Yellow building", "Sihanoukville"), nor a short one ("Pls", "Bro").
  // In a tip written without capitals, its first word, as one who types so opens with the person ("vannak mk phum tiet").
  const noCapitals = !/\p{Lu}/u.test(clean);
  const openers = found
    .filter((word, i) => (word.capitalised || (noCapitals && i === 0)) && word.sentenceStart && !word.ordinary && !word.place && !word.code && word.key.length >= (word.capitalised ? 3 : 4) && !conceptOfTerm(word.key) && !opensConcept(i) && !isNameWord(i) && !subjects.has(word.key) && !landmarks.has(word.key))
    .map((word) => word.key);
  const people = found.filter((word) => !word.ordinary && (TITLE_BEFORE.test(clean.slice(Math.max(0, word.start - 10), word.start)) || (word.capitalised && RANK_BEFORE.test(clean.slice(Math.max(0, word.start - 12), word.start))))).map((word) => word.key);
  return { subjects, joined, landmarks, nameWords, wordPairs, handleNames, people: [...new Set(people)], openers: [...new Set(openers)] };
}

/** Digit groups separated by a space, dot or dash form one number when long (phones, accounts); a + before them kept. */
const NUMBER = /\+?\d+(?:[ .-]\d+)*/g;
/**
 * A phone written in international form, with the country code of a country whose people call the
 * line (Vietnam 84, Myanmar 95, Thailand 66, Indonesia 62, China 86, Korea 82), is the same phone as
 * the one written at home with the trunk 0: +84 912 345 678 is 0912 345 678, +95 9 123 456 789 is
 * 09 123 456 789. Only after + or 00: without them, 84... is as likely a number of its own.
 */
const FOREIGN_COUNTRY_CODE = /^(?:\+|00)(?:84|95|66|62|86|82)(?=\d{8,11}$)/;
/**
 * Without + or 00, a foreign mobile written in international form is still told by its length and
 * the digit its mobiles start with after the code (each country's numbering plan): Vietnam 84 and
 * nine digits from 3, 5, 7, 8 or 9; Thailand 66 and nine from 6, 8 or 9; Indonesia 62 and 8 then
 * eight to eleven; Myanmar 95 and 9 then seven to nine; China 86 and 1 then ten; Korea 82 and 10
 * then seven or eight. "WA 62 812-3456-7780" is 0812 3456 7780. Only after a phone's or a messaging
 * app's name (PHONE_BEFORE), and kept beside the digits as written: an account may start so too.
 */
const PHONE_BEFORE = new RegExp(`(?:(?:^|[^\\p{L}])(?:${MESSAGING_APPS_LATIN}|phone|tel|call|mobile|sdt|hp)|${MESSAGING_APPS_NATIVE}|โทร|ទូរស័ព្ទ|លេខ|电话|手机|전화|ဖုန်း)\\s*[:：.]?\\s*$`, 'iu');
const FOREIGN_MOBILE = /^(?:84(?=[35789]\d{8}$)|66(?=[689]\d{8}$)|62(?=8\d{8,11}$)|95(?=9\d{7,9}$)|86(?=1\d{10}$)|82(?=10\d{7,8}$))/;
const HAN_NUMBERED = /([零〇一二两兩三四五六七八九十百]+)\s*(?:号|號)(?!公路|國道|国道|路|大街)/gu;
const HAN_SUM = /([零〇一二两兩三四五六七八九十百千万萬]+)\s*(?:美金|美元|美刀|块钱|块|元|泰铢|铢|瑞尔)/gu;

/**
 * A sum in thousands, written with a comma ("35,000", "๓๕,๐๐๐") or a k ("35k baht"), is one number;
 * up to 999,999 only, so that a sum never reads as a phone or an account (seven digits and more).
 */
const THOUSANDS_COMMAS = /(?<![\d,])\d{1,3},\d{3}(?![\d,])/g;
const THOUSANDS_K = /(?<![\d.,])(\d{1,3})\s?k\b/gi;

/** A quarter's number is its name's, not a building's or a floor's. */
const NUMBERED_QUARTER = new RegExp(`(?<![\\p{L}\\d])(?:${NUMBERED_QUARTERS})(?![\\d\\p{Script=Latin}])`, 'giu');

export function numberTokens(text: string): Set<string> {
  const numbers = new Set<string>();
  const digits = asciiDigits(text.normalize('NFKC'))
    .replace(NUMBERED_QUARTER, ' ')
    .replace(THOUSANDS_COMMAS, (sum) => sum.replace(/,/g, ''))
    .replace(THOUSANDS_K, (_, thousands: string) => `${thousands}000`);
  for (const match of digits.matchAll(NUMBER)) {
    const international = match[0].startsWith('+') ? `+${match[0].replace(/\D/g, '')}` : match[0].replace(/\D/g, '');
    const joined = international.replace(FOREIGN_COUNTRY_CODE, '').replace(/\D/g, '');
    // +855 17 888 246 and 017 888 246 are the same phone: drop the country code.
    const home = joined.replace(/^(?:00)?855(?=\d{8,9}$)/, '');
    const given = PHONE_BEFORE.test(digits.slice(Math.max(0, match.index - 24), match.index));
    const parts = joined.length >= 8 ? [...new Set([home, given ? home.replace(FOREIGN_MOBILE, '') : home])] : match[0].split(/\D+/).filter(Boolean);
    for (const part of parts) {
      const value = part.replace(/^0+(?=\d)/, '');
      // Years say when, not where; the time window already weighs that.
      if (value === '0' || /^(19[89]|20[0-4])\d$/.test(value)) continue;
      numbers.add(value);
    }
  }
  // A number in Chinese numerals before 号 ("No."): 十七号楼 is building 17, 二号园区 compound 2; or
  // before a currency: 一千美金 is 1000 dollars, as "1000 đô" is.
  for (const match of [...text.normalize('NFKC').matchAll(HAN_NUMBERED), ...text.normalize('NFKC').matchAll(HAN_SUM)]) {
    const value = hanNumber(match[1]!);
    if (value) numbers.add(String(value));
  }
  return numbers;
}

/**
 * A messaging handle ("@sokha_jobs88", "telegram lina_work77", "zalo: hai.lua99"): like a phone
 * number, one person's, so two tips giving it are about one recruiter wherever they met them.
 * After a platform's name only a handle with a digit, an underscore or a dot, not a word
 * ("telegram group"); an @ alone marks one. Kept beside the numbers, with its @, from six letters.
 * The app's Latin name is a word of its own ("2 watchtowers." holds no WhatsApp handle), and a
 * sentence's full stop is no part of a handle (line ploy.sr.: "ploy.sr").
 * The platform may be named in the tip's own script (เทเลแกรม, តេឡេក្រាម, 텔레그램, 카톡, တယ်လီဂရမ်,
 * 微信), glued to the words before it as those scripts write.
 */
const HANDLE = new RegExp(`(?:(?<![\\p{L}\\d_.])@|(?:(?<![\\p{L}])(?:${MESSAGING_APPS_LATIN})(?![\\p{L}])|${MESSAGING_APPS_NATIVE})\\s*(?:id|acc|account|아이디)?\\s*[:：]?\\s*@?(?=[\\p{L}\\d_.]*(?:[\\d_]|\\.[\\p{L}\\d])))([a-z][a-z\\d_.]{3,30}[a-z\\d_])(?![\\p{L}\\d_])`, 'giu');

/**
 * A handle said aloud or copied from a voice message is written with spaces for its underscores
 * ("tele: sokha jobs 88" for sokha_jobs88): after a platform's Latin name, two words and the
 * digits that end it (decision 0145). Two words, so that "telegram group 5" is no handle.
 */
const SPOKEN_HANDLE = new RegExp(`(?<![\\p{L}])(?:${MESSAGING_APPS_LATIN})\\s*(?:id|acc|account)?\\s*[:：]?\\s*([a-z]{3,}\\s+[a-z]{2,}\\s+\\d{2,})(?![\\p{L}\\d_])`, 'giu');

/**
 * A handle is compared without its underscores and dots: a tipster copying it by hand or from a
 * voice message drops or adds them ("long_ge_8866", "longge8866"), and the letters and digits are the
 * person's.
 */
export function handleTokens(text: string): string[] {
  const normal = text.normalize('NFKC');
  return [...normal.matchAll(HANDLE), ...normal.matchAll(SPOKEN_HANDLE)].map((match) => `@${match[1]!.toLowerCase().replace(/[_.\s]/g, '')}`).filter((handle) => handle.length >= 7);
}

/**
 * A colour word inside a name ("Blue Bay" resort, a cream building) says nothing of the paint, as
 * 蓝天 does not: the colours are read again with the names' words left out (decision 0144).
 */
function withoutNamedColours(concepts: ConceptFeatures, text: string, subjects: ReadonlySet<string>, joined: ReadonlyMap<string, readonly string[]>): ConceptFeatures {
  const named = new Set([...subjects, ...[...joined.values()].flat()]);
  const colours = [...concepts.concepts].filter((id) => CONCEPTS.get(id)?.group === 'colour');
  if (colours.length === 0 || named.size === 0) return concepts;
  const painted = conceptFeatures(text.replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, (word) => (named.has(nameKey(word)) ? ' ' : word))).concepts;
  const kept = colours.filter((id) => painted.has(id));
  return kept.length === colours.length ? concepts : { ...concepts, concepts: new Set([...concepts.concepts].filter((id) => CONCEPTS.get(id)?.group !== 'colour' || painted.has(id))) };
}

/** A word of Khmer, Thai, Hangul or Burmese letters on its own (a Korean particle may follow it). */
const SPELT_WORD = /(?<![\p{Script=Khmer}\p{Script=Thai}\p{Script=Hangul}\p{Script=Myanmar}\p{M}])([\p{Script=Khmer}\p{Script=Thai}\p{Script=Hangul}\p{Script=Myanmar}\p{M}]{2,16}?)(?:에서|에|은|는|이|가|을|를|의|로|으로)?(?![\p{Script=Khmer}\p{Script=Thai}\p{Script=Hangul}\p{Script=Myanmar}\p{M}])/gu;

/**
 * Chinese in traditional characters, as a tipster from Taiwan or Hong Kong writes it (金邊, 七層大樓, 賭場), in the simplified
 * ones the concepts, names and readings are written in (金边, 七层大楼, 赌场): one place is one text to both. OpenCC's
 * tables (opencc-js), with Taiwan's own words (網路 is 网络); built on the first Chinese text, as most tips have none.
 */
let traditionalToSimplified: ((text: string) => string) | undefined;
const simplifiedChinese = (text: string) => (/\p{Script=Han}/u.test(text) ? (traditionalToSimplified ??= Converter({ from: 'twp', to: 'cn' }))(text) : text);

/**
 * Khmer in the order Unicode spells it, whatever order it was typed in: keyboards and older habits put the subscript ro
 * before the other subscript (ស្រ្តី for ស្ត្រី) and the nikahit before the vowel (ខ្ញំុ for ខ្ញុំ), which render the same.
 * In a run of marks: the register shifter first, then the vowel, then the signs.
 */
const KHMER_RO_FIRST = /\u17d2\u179a(\u17d2[\u1780-\u17a2])/gu;
const KHMER_MARKS = /[\u17b6-\u17d1\u17dd]{2,}/gu;
const khmerMarkRank = (mark: string) => (mark === '\u17c9' || mark === '\u17ca' ? 0 : mark <= '\u17c5' ? 1 : 2);
const canonicalKhmer = (text: string) =>
  /\p{Script=Khmer}/u.test(text)
    ? text.replace(KHMER_RO_FIRST, '$1\u17d2\u179a').replace(KHMER_MARKS, (marks) => [...marks].sort((a, b) => khmerMarkRank(a) - khmerMarkRank(b)).join(''))
    : text;

/**
 * Thai typed without its tone marks, as some phones' writers type it (ตึกสีฟา ๗ ชัน for ตึกสีฟ้า ๗ ชั้น, เถาแกชือจาง for
 * เถ้าแก่ชื่อจาง): in a text of some length with no tone mark at all, the words the readers know (the concepts' terms and
 * the words that mark a floor, a name or a place) get theirs back, longest first; three letters at least, as a
 * shorter word without its mark is as often another word (หา "look for" is ห้า "five" without it).
 */
const THAI_MARKED_WORDS = ['ชั้น', 'ชื่อ', 'เถ้าแก่', 'ใกล้', 'ข้าง', 'ข้างหลัง', 'ข้างใน', 'ตรงข้าม', 'หน้า', 'ห้อง', 'แม่น้ำ', 'เก่า', 'ร้าน', 'ป้าย', 'หัวหน้า', 'นายหน้า'];
const THAI_TONE = /[\u0e48-\u0e4b]/u;
let thaiToned: { matcher: RegExp; toned: Map<string, string> } | undefined;
const tonedThai = (text: string) => {
  if ((text.match(/\p{Script=Thai}/gu)?.length ?? 0) < 12 || THAI_TONE.test(text)) return text;
  thaiToned ??= (() => {
    const toned = new Map<string, string>();
    for (const word of [...THAI_MARKED_WORDS, ...tonedThaiTerms()]) {
      const bare = word.replace(/[\u0e48-\u0e4b]/gu, '');
      if ([...bare].length >= 3 && !toned.has(bare)) toned.set(bare, word);
    }
    return { matcher: new RegExp([...toned.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu'), toned };
  })();
  return text.replace(thaiToned.matcher, (bare) => thaiToned!.toned.get(bare)!);
};

/**
 * Burmese typed on a phone with a Zawgyi font, as many in Myanmar still type it: the same block of code points with other
 * meanings and in another order (ေ before its consonant), so none of the Burmese lists or readings would hold. Read in
 * Unicode when myanmar-tools' detector finds it Zawgyi (above 0.95: it gives every Unicode tip of the fixtures under 0.05
 * and each of them converted over 0.95), by its converter; built on the first Burmese text.
 */
let zawgyi: { detector: ZawgyiDetector; converter: ZawgyiConverter } | undefined;
const unicodeBurmese = (text: string) => {
  if (!/[\u1000-\u109f]/u.test(text)) return text;
  zawgyi ??= { detector: new myanmarTools.ZawgyiDetector(), converter: new myanmarTools.ZawgyiConverter() };
  return zawgyi.detector.getZawgyiProbability(text) > 0.95 ? zawgyi.converter.zawgyiToUnicode(text) : text;
};

/** Latin letters typed full-width by a Chinese input method (ｃａｓｉｎｏ), as the letters; not its punctuation (，。：). */
const halfWidthLetters = (text: string) => text.replace(/[\uff21-\uff3a\uff41-\uff5a]/gu, (letter) => String.fromCharCode(letter.charCodeAt(0) - 0xfee0));

export function textFeatures(written: string): TextFeatures {
  const text = halfWidthLetters(tonedThai(unicodeBurmese(canonicalKhmer(simplifiedChinese(written)))));
  const { subjects, joined, landmarks, nameWords: vietNameWords, wordPairs, handleNames, people, openers } = nameSets(text);
  // Initials spelt in Khmer, Thai, Korean or Burmese letters (ខេប៊ី, 케이비) are the Latin name they spell ("KB").
  for (const word of text.normalize('NFC').matchAll(SPELT_WORD)) {
    const initials = speltInitials(word[1]!);
    if (initials) subjects.add(initials);
  }
  const scripts = scriptRuns(text);
  const namesNothing = subjects.size === 0 && landmarks.size === 0 && scripts.names.length === 0;
  const concepts = withoutNamedColours(conceptFeatures(text), text, subjects, joined);
  // The name words of a Chinese name (皇玉: royal, jade), which another tip may translate. Not its
  // colours: 蓝天 ("Blue Sky") says nothing of the paint, and a colour weighs as one.
  const nameWords = [
    ...scripts.names.flatMap((name) =>
      name.script === 'han' && !name.person ? hanNameWords(name.text).filter((id): id is string => !!id && CONCEPTS.get(id)?.group !== 'colour') : [],
    ),
    ...vietNameWords,
  ];
  return {
    grams: textGrams(text),
    names: subjects,
    joinedNames: joined,
    landmarks,
    numbers: new Set([...numberTokens(withoutWhatItIsNot(text)), ...handleTokens(text)]),
    concepts: nameWords.length ? { ...concepts, concepts: new Set([...concepts.concepts, ...nameWords]) } : concepts,
    scripts,
    wordPairs: namesNothing ? [...new Set(wordPairs)] : [],
    handleNames,
    people,
    openers,
    short: isShortTip(text),
    followUp: followsUp(text),
  };
}

/**
 * Bump when textFeatures (or the concepts) reads a text differently: stored features of
 * another version are ignored (read again from the text) until `npm run dedup:refresh`.
 */
export const FEATURES_VERSION = 84;

/** TextFeatures as stored with the tip (Tip.dedupFeatures, decision 0163), so scoring reads no text. */
export function encodeFeatures(features: TextFeatures): string {
  return JSON.stringify([
    FEATURES_VERSION,
    [...features.grams],
    [...features.names],
    [...features.joinedNames],
    [...features.landmarks],
    [...features.numbers],
    [...features.concepts.concepts],
    [...features.concepts.floors],
    [...features.concepts.roads],
    features.scripts,
    features.wordPairs,
    features.handleNames,
    features.people,
    features.short,
    features.followUp,
    features.openers,
  ]);
}

/** Stored features, or null when absent or written by another version. */
export function decodeFeatures(stored: string | null | undefined): TextFeatures | null {
  if (!stored) return null;
  const parsed = JSON.parse(stored) as [number, string[], string[], [string, string[]][], string[], string[], string[], number[], number[], ScriptRuns, string[], string[], string[], boolean, boolean, string[]];
  if (parsed[0] !== FEATURES_VERSION) return null;
  return {
    grams: new Set(parsed[1]),
    names: new Set(parsed[2]),
    joinedNames: new Map(parsed[3]),
    landmarks: new Set(parsed[4]),
    numbers: new Set(parsed[5]),
    concepts: { concepts: new Set(parsed[6]), floors: new Set(parsed[7]), roads: new Set(parsed[8]) },
    scripts: parsed[9],
    wordPairs: parsed[10],
    handleNames: parsed[11],
    people: parsed[12] ?? [],
    short: parsed[13],
    followUp: parsed[14],
    openers: parsed[15],
  };
}
