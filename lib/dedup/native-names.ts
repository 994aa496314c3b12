/**
 * Names written only in a non-Latin script: 金帆 in an all-Chinese tip, សុខា in an all-Khmer one,
 * ជីនហ្វាន, คาสิโนโกลเด้นอีเกิ้ล, 블루코랄 단지. Without word spaces (Chinese, Khmer, Thai) a name
 * cannot be told from the words around it in general; it can where tipsters mark it, and these
 * marks are facts of each language (docs/decisions/0132-dedup-native-script-names.md):
 * - a kind of place next to it: Chinese, Korean and Burmese put it after the name (金帆园区,
 *   블루코랄 단지, Paradise ကာစီနို), Khmer and Thai before (កាស៊ីណូ ឥន្ទ្រីមាស, คาสิโนโกลเด้น),
 *   where "old" or "new" may stand between (សណ្ឋាគារចាស់ X, โรงแรมเก่า X: the old hotel X);
 * - a word for "named" or "called" before it (叫, ឈ្មោះ, ហៅថា, ชื่อ, เรียกว่า, 이름은, အမည်) or,
 *   in Korean and Burmese, after it (라는, ဆိုတဲ့);
 * - brackets or quotes around it (the Chinese sign, a Khmer spelling after a Latin one, '세콩 팰리스');
 * - in Chinese, a number ("No.") after it: 双赢2号, 凤凰七号;
 * - in Chinese text, a short run of its own between spaces made of name characters (皇玉 11楼).
 * Each name is read in Latin letters (lib/dedup/romanise.ts) so that it meets a Latin spelling, a
 * Vietnamese Hán-Việt reading or another script's transliteration of the same name.
 */
// With its extension: Playwright loads this file as Node resolves ES modules, where a package's inner file needs one.
import { translate as hangulOfHanja } from 'hanja/lib/translate.js';
import { conceptOfTerm, hanNameWords, LEAD_NAME_WORDS, withoutConceptWords } from './concepts';
import { isFollowUp, NATIVE_KINDS, NEAR_AFTER, nearWords, NOT_ENDS } from './near-words';
import { burmeseReadings, compactLatin, hanViet, khmerReadings, romanise, skeleton, speltSkeleton, syllableOnsets, thaiReading } from './romanise';

export interface NativeName {
  /** As written, NFC, without zero-width characters. */
  text: string;
  script: 'han' | 'khmer' | 'thai' | 'hangul' | 'myanmar';
  /** Whole Latin readings, lower case, letters only: pinyin and Hán-Việt, Khmer and Thai with their written vowels, Korean RR, Burmese as its names are spelt (burmeseReading). */
  readings: string[];
  /** Consonant skeleton (lib/dedup/romanise.ts skeleton) of the reading. */
  skeleton: string;
  /** Thai and Khmer: the skeleton with the letters ์ and ៍ silence read, when there are any (speltSkeleton). */
  spelt?: string;
  /** A person's name with a title (兰姐 "Sister Lan", 김실장 "Manager Kim"): readings are of the name alone. */
  person?: true;
}

/**
 * The first sounds of a name's syllables (syllableOnsets): of each character of a Chinese name, of each reading of another.
 * None of a Chinese title's (陈老板, 金室长: "Boss Chen"): its reading is the surname's alone, and the title's syllables are no name's.
 */
export function nameOnsets(name: NativeName): string[] {
  if (name.script !== 'han') return [...new Set(name.readings.map((reading) => syllableOnsets([reading])))];
  const syllables = romanise(name.text).split("'").filter(Boolean);
  return name.person && !name.readings.includes(syllables.join('')) ? [] : [syllableOnsets(syllables)];
}

/** Countries, towns and words that are not a compound's name, in Chinese. */
export const HAN_NOT_NAMES =
  /^(?:西港|金边|巴域|波贝|国公|戈公|柬埔寨|中国|越南|泰国|缅甸|韩国|印尼|暹粒|贡布|白马|马德望|拜林|茶胶|柴桢|干丹|口岸|赌场|园区|老板|公司|中介|科技|网络|投资|贸易|物流|电子|娱乐|国际|诈骗|电诈|杀猪盘|网投|博彩|赌博|工业|这个|那个|一个|这家|那家|一家|附近|旁边|对面|里面|外面|求救|救命|美金|美元|可疑|东门|西门|南门|北门|正门|大门|后门|侧门|東門|後門|我们|我們|他们|他們|她们|她們|你们|你們|咱们|大家)$/u;
/** Where a Chinese name before a kind of place starts: after a place, a particle, a pronoun, a verb (换成: "renamed") or the colour of its lights (紫灯赌场). */
const HAN_BOUNDARY = /[红紅蓝藍黄黃绿綠灰黑白粉紫橙][灯燈]|西港|金边|巴域|波贝|国公|戈公|暹粒|贡布|白马|柬埔寨|附近|旁边|对面|那边|这边|区|路|的|在|是|叫|有|个|了|这|那|去|到|从|和|与|过|里|被|家|号|栋|层|楼|边|条|座|不|没|像|很|都|也|就|还|色|卖给|送给|帮|换成|改成|改名|变成|挂|搞|做|他们|她们|我们/gu;
/** A kind of place after a Chinese name, longest first (园 alone only after two characters at least; 苑, a court, ends names as 园 does). */
// What Chinese puts after the place a tip stands by: near, beside, opposite, next door, around, north (south…) of it.
const HAN_NEAR_AFTER = NEAR_AFTER.filter((word) => /^\p{Script=Han}+$/u.test(word)).join('|');
const HAN_SIDE_AFTER = new RegExp(`^(?:${HAN_NEAR_AFTER})`, 'u');
// And the trades a firm's name ends with (海丰科技, 星辉贸易, 亚洲之星物流: "Haifeng Technology", "Xinghui Trading").
const HAN_KIND = /(?:科技园|工业园|娱乐城|娱乐场|度假村|园区|大楼|大厦|公司|集团|酒店|赌场|山庄|广场|基地|花园|(?<!高)科技|贸易|貿易|物流|实业|實業|投资|投資|控股|园|苑)/gu;
const HAN_MARKER = /(?:名叫|叫做|名为|名字叫|名字是|招牌写着|招牌上写着|写着|叫)(\p{Script=Han}{2,4})/gu;
const BRACKETED = /[(（「『“"《'‘]([^()（）「」『』“”"《》'‘’\n]{2,16})[)）」』”"》'’]/gu;

const KIND_BEFORE: Partial<Record<NativeName['script'], RegExp>> = {
  // បុរី (borey): a gated estate, as compounds in converted housing are called. "ឈ្មោះចិន X": its Chinese name X.
  khmer: /(?:កាស៊ីណូ|សណ្ឋាគារ|វីឡា|បុរី|រីសត|រ៉េសត|ក្រុមហ៊ុន|ឈ្មោះថា|ឈ្មោះ|គេហៅថា|ហៅថា)(?:ចាស់|ថ្មី)?(?:\s*(?:ចិន|ខ្មែរ|យួន|ថៃ|ភូមា|អង់គ្លេស)\s+)?\s*([\p{Script=Khmer}\p{M}]{2,24})(?![\p{Script=Khmer}\p{M}])/gu,
  thai: /(?:คาสิโน|โรงแรม|วิลล่า|บริษัท|รีสอร์ท|อาคาร|ตึก|ชื่อว่า|เรียกว่า|ชื่อ)(?:เก่า|ใหม่)?\s*([\p{Script=Thai}\p{M}]{2,24})(?![\p{Script=Thai}\p{M}])/gu,
  hangul: /(?:이름은|이름이|이름)\s*([\p{Script=Hangul}]{2,8})(?!\p{Script=Hangul})/gu,
  myanmar: /(?:အမည်|နာမည်|ပွဲစား)\s*([\p{Script=Myanmar}\p{M}]{2,24})(?![\p{Script=Myanmar}\p{M}])/gu,
};
// Korean: not a word carrying a particle ("겉으론 호텔인데": "outwardly a hotel"), and the kind
// ends its word or takes a particle. Burmese: the name starts after a space.
const NAMED = /^(?:ឈ្មោះ|គេហៅថា|ហៅថា|ชื่อ|เรียกว่า|အမည်|နာမည်|이름)/u;
// 이라는 (called) follows a syllable that closes on a consonant; after an open one the 이 is the name's own: 천웨이라는 is
// "called Cheon Wei" (陈伟), as 김민준이라는 is "called Kim Minjun".
const OPEN_HANGUL = Array.from({ length: 399 }, (_, index) => String.fromCharCode(0xac00 + index * 28)).join('');
const KIND_AFTER: Partial<Record<NativeName['script'], RegExp>> = {
  hangul: new RegExp(`(?<!\\p{Script=Hangul})(\\p{Script=Hangul}{0,6}[${OPEN_HANGUL}]이(?=라는|라고)|\\p{Script=Hangul}{1,7}[^\\s\\p{P}은는이가을를에의로론도])(?:\\s*[(（][^)）]{1,12}[)）])?\\s*(?:(?:단지|카지노|호텔|리조트|빌딩|타워|그룹|회사|센터|빌라|아파트|플라자|파크)(?:[은는이가을를에의도]|에서|으로|로)?(?!\\p{Script=Hangul})|이라는|라는|이라고|라고)`, 'gu'),
  myanmar: /(?<![\p{Script=Myanmar}\p{M}])([\p{Script=Myanmar}\p{M}]{2,24})\s*(?:ကုမ္ပဏီ|ကာစီနို|ဆိုတဲ့|ဆိုသော)/gu,
};

const SCRIPTS: ReadonlyArray<readonly [NativeName['script'], RegExp]> = [
  ['han', /^\p{Script=Han}+$/u],
  ['khmer', /^[\p{Script=Khmer}\p{M}]+$/u],
  ['thai', /^[\p{Script=Thai}\p{M}]+$/u],
  ['hangul', /^\p{Script=Hangul}+$/u],
  ['myanmar', /^[\p{Script=Myanmar}\p{M}]+$/u],
];

/**
 * What is said of a place, not its name, after a Khmer or Thai kind word or before a Burmese
 * one: a colour said with the word for colour (ពណ៌, สี but not inside a syllable that a leading vowel opens, เสี่ยว "Xiao"; 色, ရောင်; written first without it: BARE_COLOUR below),
 * "old" and "new" (ចាស់, ថ្មី, เก่า, ใหม่, ဟောင်း), "has" (មាន, มี),
 * "don't know" (မသိ, ไม่รู้, មិនដឹង), "not" and "none" (ไม่มี, មិន, គ្មាន: "ชื่อ ไม่มี" is no name), and
 * "one", "at", "on", "in", "near", "big", "small" (បុរីមួយនៅ…: "a borey in …"; រីសតលើភ្នំ…: "a resort on the
 * mountain …"; Thai ที่, บน, ใน, ใกล้), "by the river", "side", "in front", "behind", "around", "opposite" (ตึกเก่าริมแม่น้ำ…:
 * "the old building on the river…"; ริม, ฝั่ง, หน้า, หลัง, แถว, ตรงข้าม; ខាង, មាត់, ទល់មុខ, ក្រោយ), and ដដែល, "the same (place)", with which a follow-up points back (កន្លែងដដែល).
 * And when: "the last time", "every", "when", "at the time" (ครั้งล่าสุด, ทุก, เมื่อ, ตอน; ម្តង, រាល់, ពេល): "…คาสิโน ครั้งล่าสุด ๘ คน"
 * is "…to the casino; the last time, eight people", not a casino named so. And a Khmer pronoun or title alone (គាត់, លោក,
 * អ្នកស្រី): "គេហៅថា លោក គីម" names Kim, not លោក. Nor a floor or a crossing after the kind (โรงแรมชั้น ๕, the hotel's 5th
 * floor; កាស៊ីណូច្រកចាំយាម, the casino at the Cham Yeam crossing).
 */
const DESCRIPTION = /ដដែល|ពណ៌|ចាស់|ថ្មី|^មាន|មិនដឹង|^មិន|^គ្មាន|^មួយ|^នៅ|^លើ|^ក្នុង|^ជិត|^ក្បែរ|^ធំ|^តូច|^ខាង|^មាត់|^ទល់មុខ|^ក្រោយ|(?<![เแโใไ])สี|เก่า|ใหม่|^สูง|^ใหญ่|^มี|^ที่|^บน|^ใน|^ใกล้|^ริม|^ฝั่ง|^ข้าง|^หน้า|^หลัง(?!คา)|^แถว|^ตรง|ไม่รู้|^ไม่|^ปูน|^ยัง|สร้าง|^ครั้ง|^ทุก|^เมื่อ|^ตอน|^ម្តង|^ម្ដង|^ពេល|^រាល់|色|ရောင်|ဟောင်း|မသိ|ထဲ|^(?:옛날|예전|오래된|낡은|새로운|새|큰|작은|버려진|같은|그|저)$|^(?:ខ្ញុំ|គាត់|គេ|យើង|ពួកគេ|ពួកយើង|លោក|លោកស្រី|អ្នកស្រី)$|^(?:ជាន់|ชั้น|ច្រក)/u;

/**
 * A Khmer or Thai colour word at the start of a run, written without ពណ៌ or สี. Not ផ្កាឈូក, pink and the lotus
 * flower, which names resorts and casinos (រីសតផ្កាឈូក, the Lotus resort).
 */
const BARE_COLOUR = /^(?:ក្រហម|ខៀវ|លឿង|បៃតង|ខ្មៅ|ទឹកក្រូច|ប្រផេះ|ត្នោត|แดง|ฟ้า|น้ำเงิน|เหลือง|เขียว|ขาว|ดำ|ชมพู|ม่วง|ส้ม|เทา|น้ำตาล)/u;

/**
 * Burmese titles before a name: ကို (Ko, elder brother), မောင် (Maung), ဦး (U), ဒေါ် (Daw). ကိုဇော်မင်း is
 * Ko Zaw Min, whom a Thai tip calls ซอมิน: the name is what follows the title.
 */
const BURMESE_TITLES = 'ကို|မောင်|ဦး|ဒေါ်';
const BURMESE_TITLE = new RegExp(`^(?:${BURMESE_TITLES})(?=[\\p{Script=Myanmar}\\p{M}]{2})`, 'u');

/**
 * Thai writes no space after a name: after ชื่อ the run goes on into what the person did
 * (ชื่อXขอความช่วยเหลือ "named X, asks for help", ชื่อXชวนไปทำงาน "named X invites to work"). The name
 * ends where one of these verbs starts, two letters on at least.
 */
const THAI_VERB_AFTER_NAME = /(?<=[\p{Script=Thai}\p{M}]{2})(?:ขอความ|ขอให้|ชวน|ถูก|อยู่|ทำงาน|หลอก|บอกว่า|เป็น|ส่งคน|พาคน|รับซื้อ|ซื้อ|ขาย|โดน)/u;
const thaiNameOnly = (run: string) => {
  const verb = THAI_VERB_AFTER_NAME.exec(run);
  return verb ? run.slice(0, verb.index) : run;
};

/**
 * A road and its name (ផ្លូវកម្ពុជាក្រោម "Kampuchea Krom road", ถนนสุขุมวิท, ซอย 5, ဗိုလ်ချုပ်လမ်း): where a place is, which
 * the road reason weighs, not the place's name. Khmer and Thai put the word for road (ផ្លូវ, ថ្នល់, វិថី
 * "boulevard", ถนน, ซอย "lane") before the name, Burmese (လမ်း) after it.
 */
const ROAD_NAME = /^(?:ផ្លូវ|ថ្នល់|មហាវិថី|វិថី|ถนน|ซอย)|လမ်း(?:မကြီး)?$/u;

/** A reading of one syllable: one run of vowels. */
const ONE_SYLLABLE = /^[^aeiou]*[aeiou]+[^aeiou]*$/u;
/** The words អា and อา open that are no "Ah" and a name (អាហារ, อาหาร food; អាទិត្យ, อาทิตย์ a week): see AH_TITLED. */
const AH_WORDS = /^(?:ហារ|ទិត្យ|หาร|ทิตย์)$/u;

/** The name as read, or null when it is a concept word ("빌딩", "អគារ"), a road, a place or too short to tell. */
export function nativeName(text: string, named = false): NativeName | null {
  // A count with its word ("៣ជាន់" three floors, "៦ខ្នង"): a number opens no name.
  if (/^\p{Nd}/u.test(text)) return null;
  const script = SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0];
  if (script === 'myanmar' && BURMESE_TITLE.test(text)) {
    if (conceptOfTerm(text)) return null;
    const name = nativeName(text.replace(BURMESE_TITLE, ''));
    if (name) return { ...name, text, person: true };
    // A name of one syllable (ဇော် Zaw) tells too little alone, with its title a person: read whole, "kozaw", as Thai โกซอ is.
    const whole = burmeseReadings(text).filter((reading) => reading.length >= 4);
    return whole.length ? { text, script, readings: whole, skeleton: skeleton(romanise(text)), person: true } : null;
  }
  // A concept word is not a name ("빌딩", "អគារ"), but a name word is ("凤凰", phoenix).
  const concept = conceptOfTerm(text);
  // After "named" a common word is a name too: ឈ្មោះ ឡាន is Lan, whatever else ឡាន (a car) means.
  if (!script || ROAD_NAME.test(text) || NEAR_AFTER.includes(text) || (concept && concept.group !== 'name' && !(named && concept.group === 'generic')) || DESCRIPTION.test(text) || (script === 'han' && HAN_NOT_NAMES.test(text)) || (script === 'hangul' && KOREAN_TITLE_ONLY.test(text))) return null;
  // A Khmer, Thai or Burmese run that opens with a word for a thing (របងខ្ពស់ "a high fence") says what is there.
  if (!named && (script === 'khmer' || script === 'thai' || script === 'myanmar') && /^\s/u.test(withoutConceptWords(text))) return null;
  // Khmer and Thai put the colour after the noun, and a one-line tip drops the word for colour (ตึกเหลือง, អគារខៀវ:
  // "the yellow building"): after a kind word, a colour is the kind's.
  if (!named && BARE_COLOUR.test(text)) return null;
  const letters = romanise(text);
  const compact = (latin: string) => latin.toLowerCase().replace(/[^a-z]/g, '');
  const readings: string[] = [];
  // Korean 아 and Burmese အာ before a short name: the Chinese "Ah" of a broker's familiar name, a person's (AH_TITLED).
  let ah = false;
  // Thai ว read as the v of a Khmer name: the skeleton spelt with it.
  let thaiV = false;
  let elder = false;
  if (script === 'han') {
    readings.push(compact(letters));
    const viet = hanViet(text);
    // Only when every character has a Hán-Việt reading: a partial one is another name.
    if (viet && [...text].every((char) => hanViet(char))) readings.push(viet);
    // A name made only of name words also reads as its English words (星冠 "starcrown", 金龙
    // "goldendragon"): a tip in another language translates it as often as it spells it (0133, 0136).
    const words = hanNameWords(text);
    // Not one lead word alone: 之星 ("star of") ends many names.
    if (words.every(Boolean) && (words.length >= 2 || !LEAD_NAME_WORDS.has(words[0]!))) readings.push(words.join(''));
  } else if (script === 'khmer') {
    const khmer = khmerReadings(text);
    readings.push(...khmer);
    // អោង writes the Burmese Aung (កូអោង, Ko Aung), which Khmer letters read "aong".
    if (text.includes('អោង')) for (const burmese of khmer.map((reading) => reading.replace(/aong/g, 'aung'))) readings.push(...withAndWithoutKo(burmese));
  }
  else if (script === 'hangul') {
    // Korean writes a Mandarin e with ㅓ (천 for 陈 chen, 선 for shen): RR reads it "eo".
    const korean = compact(letters);
    readings.push(korean, korean.replace(/eo/g, 'e'));
    // 아 before one syllable is the Chinese "Ah" (아롱, Ah Long, 阿龙; 아페이, Ah Fei, 阿飞): the name is the syllable,
    // its ㄹ an l and its ㅍ as often an f, which Korean has not.
    ah = /^아\p{Script=Hangul}{1,2}$/u.test(text);
    if (ah) readings.push(korean.slice(1), korean.slice(1).replace(/^r/u, 'l').replace(/^p/u, 'f'));
  }
  else if (script === 'myanmar') {
    readings.push(...burmeseReadings(text));
    // အာ before one syllable is the Chinese "Ah" (အာလောင်, Ah Long): the name is the syllable, ောင် the -ong it writes.
    const rest = /^အာ(.+)$/u.exec(text)?.[1];
    for (const reading of rest ? burmeseReadings(rest) : []) {
      if (!ONE_SYLLABLE.test(reading)) continue;
      ah = true;
      readings.push(reading, reading.replace(/aung$/u, 'ong'));
    }
  }
  else if (script === 'thai') {
    // A Thai syllable that closes on k before one that opens on kh (ซก-ขา) is one kh in Latin letters: "Sokha", not "Sokkha".
    const thai = compact(thaiReading(text));
    readings.push(thai, thai.replace(/([kptc])(?=\1h)/g, ''));
    const burmese = burmeseNameInThai(text);
    if (burmese) readings.push(...withAndWithoutKo(burmese));
    // Thai writes a Khmer name's v (វ) with ว, read w: วันนัก is Vannak, which Korean (반낙) and Burmese (ဗန်နက်) write with b.
    thaiV = /^w[aeiou]/.test(thai);
    if (thaiV) readings.push(`v${thai.slice(1)}`);
    // พี่ ("elder") before a nickname is a title (พี่น้อย, P'Noi): the nickname is a person's.
    const nickname = /^พี่(?!น้อง|สาว|ชาย|เลี้ยง)([\p{Script=Thai}\p{M}]{2,})$/u.exec(text)?.[1];
    if (nickname) {
      elder = true;
      readings.push(compact(thaiReading(nickname)));
    }
  }
  // Thai อา and Khmer អា before one syllable are the Chinese "Ah" too, in a name read after ชื่อ or ឈ្មោះ (ชื่ออาหลง): the
  // syllable is the name as well (AH_TITLED reads the word alone).
  const ahRest = script === 'thai' || script === 'khmer' ? /^(?:อา|អា)(.+)$/u.exec(text)?.[1] : undefined;
  if (ahRest && !AH_WORDS.test(ahRest)) {
    const rest = script === 'thai' ? [compact(thaiReading(ahRest))] : khmerReadings(ahRest);
    for (const reading of rest.filter((reading) => reading.length >= 3 && ONE_SYLLABLE.test(reading))) {
      ah = true;
      readings.push(reading);
    }
  }
  // A Chinese surname spelt by its sound (ហួង, หวง for 黄 huang) reads as its pinyin too, which no spelling rule gives back.
  const surname = script === 'khmer' || script === 'thai' ? CHINESE_SURNAMES[script][text] : undefined;
  if (surname) readings.unshift(surname);
  const shape = skeleton(letters);
  // One consonant tells too little, but after "named" a syllable of three letters is a name (ឈ្មោះ ម៉ៃ, Mai).
  if (shape.length < 2 && !readings.some((reading) => reading.length >= (named ? 3 : 4))) return null;
  const spelt = (script === 'thai' || script === 'khmer' ? speltSkeleton(text) : null) ?? (thaiV ? skeleton(letters.replace(/^w/u, 'v')) : null);
  return { text, script, readings: [...new Set(readings)].filter((reading) => reading.length >= 2), skeleton: shape, ...(spelt && spelt !== shape ? { spelt } : {}), ...(ah || elder ? { person: true as const } : {}) };
}

/**
 * Thai writes a Burmese name syllable by syllable in its own letters, some far from the Latin spelling
 * that Burmese and the other tips use: อ่อง Aung, หม่อง Maung, จ่อ Kyaw, ซอ Zaw, เมียว Myo, เต็ด Htet.
 * Read so only in a run that holds one of those, the syllables a Thai or Chinese name has not.
 */
const THAI_BURMESE_SYLLABLES: Readonly<Record<string, string>> = { อ่อง: 'aung', หม่อง: 'maung', จ่อ: 'kyaw', ซอ: 'zaw', เมียว: 'myo', เต็ด: 'htet', เทต: 'htet', เต็ง: 'thein', ซิน: 'zin', อู: 'oo' };
const THAI_BURMESE_SYLLABLE = new RegExp(Object.keys(THAI_BURMESE_SYLLABLES).join('|'), 'gu');
const THAI_BURMESE_ONLY = /อ่อง|หม่อง|จ่อ|ซอ|เมียว|เต็ด|เทต/u;

/**
 * A Burmese name's reading, and without the title Ko it often opens with (โกอ่อง, កូអោង: Ko Aung), which the other tip
 * may leave out; only before five letters or more, as "Aung" alone is half the names of Myanmar.
 */
const withAndWithoutKo = (reading: string) => [reading, reading.replace(/^ko(?=[a-z]{5})/, '')];

function burmeseNameInThai(text: string): string | null {
  if (!THAI_BURMESE_ONLY.test(text)) return null;
  // Each Burmese syllable spaced apart in its Latin spelling, the rest of the word read as Thai.
  const spaced = text.replace(THAI_BURMESE_SYLLABLE, (syllable) => ` ${THAI_BURMESE_SYLLABLES[syllable]} `);
  const reading = spaced.split(/\s+/).map((part) => (/[a-z]/.test(part) ? part : thaiReading(part))).join('');
  return reading.toLowerCase().replace(/[^a-z]/g, '');
}

/** The part of a Chinese run before a kind of place that is its name ("他在西港金帆" -> "金帆", "达克茂双赢" -> "双赢"). */
function hanNameBefore(prefix: string): string {
  let start = 0;
  for (const match of prefix.matchAll(HAN_BOUNDARY)) start = match.index + match[0].length;
  let name = prefix.slice(start);
  // A town before the name (any the concepts know, not only HAN_BOUNDARY's) is where it is.
  for (let length = Math.min(5, name.length - 2); length >= 2; length--) {
    if (conceptOfTerm(name.slice(0, length))?.group === 'town') {
      name = name.slice(length);
      break;
    }
  }
  return name.slice(-4);
}

/** A Chinese name before a number ("No."): 双赢2号, 双赢二号园区, 凤凰七号. Not 7号楼 (a block inside), nor a road. */
const HAN_NUMBERED_NAME = /(\p{Script=Han}{2,})\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:号|號)(?!公路|國道|国道|路|大街|楼|樓)/gu;

/**
 * A Chinese name before a floor ("波贝星冠八楼": Star Crown, 8th floor; "皇玉11层"): the number is
 * not part of the name, and a name written with a kind (大楼, 园区) before the floor was taken already.
 */
const HAN_FLOOR_NAME = /((?:(?![零〇一二两兩三四五六七八九十])\p{Script=Han}){2,})\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:楼|樓|层|層)/gu;
const ENDS_WITH_KIND = new RegExp(`(?:${HAN_KIND.source})$`, 'u');

/**
 * A person called by a one-character name and a kinship title after it, as Chinese speakers call a
 * broker or a boss: 兰姐 (Sister Lan), 明哥, 华叔, 芳姨. Not a pronoun or a word that makes the title a
 * kinship term of its own (我姐, 大哥, 小姐, 表姐, 空姐, 三姐), nor a doubled title (姐姐).
 */
const NOT_GIVEN_NAMES = /[我你他她您大小老表堂亲師师空帅美富的了在是有个这那和与被让叫给姐哥叔姨妹弟一二三四五六七八九十]/u;

function titledName(char: string, title: string, titleFirst = false): NativeName | null {
  if (NOT_GIVEN_NAMES.test(char)) return null;
  const readings = [romanise(char).toLowerCase().replace(/[^a-z]/g, ''), hanViet(char)].filter((reading) => reading.length >= 2);
  return readings.length ? { text: titleFirst ? `${title}${char}` : `${char}${title}`, script: 'han', readings: [...new Set(readings)], skeleton: skeleton(romanise(char)), person: true } : null;
}

/**
 * 阿 before a one-character given name (阿兰, 阿恒, 阿龙: "Ah Lan", "A Long"), as southern Chinese call
 * a friend, a broker or a boss. Not the words and countries 阿 starts (阿姨 aunt, 阿拉伯, 阿富汗, 阿根廷,
 * 阿联酋, 阿里, 阿尔…, 阿弥陀佛, 阿斯…, 阿卡, 阿克, 阿曼, 阿塞), nor Arey Ksat (阿雷克萨, 阿列克沙).
 */
const AH_NAMED = /阿(?![姨拉富根联聯里尔爾布弥彌莫斯卡克曼塞]|雷克|列克)(\p{Script=Han})/gu;

/**
 * The commonest Chinese surnames, simplified and traditional: met by their Latin spelling, a three-character Han name
 * that starts with one is a person's, and after 老 or 小 or before 总 one names a person.
 */
export const HAN_SURNAMES: ReadonlySet<string> = new Set([...'李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤蓝翁洪庄張劉陳楊黃趙吳孫羅鄭謝許韓馮鄧萧蕭蒋蔣葉蘇呂盧鍾譚陸賈鄒尹賀顧龔覃錢嚴湯康易乔喬赖賴']);
const SURNAME_CLASS = `[${[...HAN_SURNAMES].join('')}]`;
/** Not the surnames that after 小 or 老 make words more often than names (小白 a novice, 小龙虾 crayfish, 小马 a pony, 老万, 老金). */
const TITLED_SURNAME_CLASS = `[${[...HAN_SURNAMES].filter((char) => !'白龙马万金蓝'.includes(char)).join('')}]`;
/**
 * 老 or 小 before a common surname (老张, 老王, 小陈: "Lao Zhang", "Old Wang", "Xiao Chen"), as workers call a boss
 * or a broker. Only before a surname: 老板, 老乡, 老挝, 小时 and 小姐 are words.
 */
const OLD_OR_YOUNG_NAMED = new RegExp(`(老|小)(${TITLED_SURNAME_CLASS})(?![\\p{Script=Han}]?(?:子|家|板|师|師|婆|公))`, 'gu');
/**
 * A boss by the surname and 总 or 老板 (陈总, 黄总, 陈老板: "Boss Chen"), as Chinese staff and neighbours call the owner;
 * not 总统, 总部, 总监, 总经理, 总公司, nor 中国老板 ("a Chinese boss": 国 is no surname).
 */
const BOSS_NAMED = new RegExp(`(${SURNAME_CLASS})(总|總|老板|老闆)(?![统統部监監经經公])`, 'gu');

function oldOrYoungNamed(title: string, surname: string): NativeName | null {
  const name = titledName(surname, title, true);
  if (!name) return null;
  const whole = `${romanise(title)}${romanise(surname)}`.toLowerCase().replace(/[^a-z]/g, '');
  return { ...name, readings: [...new Set([...name.readings, whole])], skeleton: skeleton(`${romanise(title)} ${romanise(surname)}`) };
}

/**
 * A Korean manager named in Chinese by the hanja of the surname and a Korean office title (朴室长 for
 * 박실장 "Manager Park", 金社长, 崔部长): read as the Korean surname is spelt in Latin letters.
 */
const HANJA_SURNAMES: Readonly<Record<string, string>> = {
  金: '김', 朴: '박', 李: '이', 崔: '최', 郑: '정', 鄭: '정', 姜: '강', 赵: '조', 趙: '조', 尹: '윤', 张: '장', 張: '장', 林: '임', 韩: '한', 韓: '한',
  吴: '오', 吳: '오', 徐: '서', 申: '신', 权: '권', 權: '권', 黄: '황', 黃: '황', 安: '안', 宋: '송', 柳: '류', 洪: '홍', 文: '문', 梁: '양', 裴: '배',
  白: '백', 南: '남', 许: '허', 許: '허', 卢: '노', 盧: '노', 河: '하', 郭: '곽', 成: '성', 车: '차', 車: '차', 朱: '주', 禹: '우', 具: '구', 闵: '민', 閔: '민', 高: '고',
};
const HAN_KOREAN_TITLED = new RegExp(`([${Object.keys(HANJA_SURNAMES).join('')}])(室长|室長|社长|社長|部长|部長|课长|課長|组长|組長|会长|會長)`, 'gu');

/** How Koreans spell a Chinese surname character's Korean reading in Latin letters (黄 황 "hwang", 金 김 "kim"), or none. */
const koreanSurnameReadings = (char: string): readonly string[] => KOREAN_SURNAMES[HANJA_SURNAMES[char] ?? ''] ?? [];

function hanjaTitled(char: string, title: string): NativeName {
  const korean = koreanSurnameReadings(char);
  const readings = [...korean, romanise(char).toLowerCase().replace(/[^a-z]/g, ''), hanViet(char)].filter((reading) => reading.length >= 2);
  return { text: `${char}${title}`, script: 'han', readings: [...new Set(readings)], skeleton: skeleton(romanise(char)), person: true };
}

/**
 * A Korean called by surname and title, as Koreans name a manager or a boss: 김실장 (Manager Kim),
 * 박사장, 최부장, 이팀장, 정씨. The surname is read as Koreans spell it in Latin letters (Kim, Lee,
 * Park, Choi: the conventional spellings, not RR's "gim", "i", "bak") and by RR.
 */
const KOREAN_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  김: ['kim'], 이: ['lee', 'yi', 'rhee'], 박: ['park', 'pak'], 최: ['choi'], 정: ['jung', 'jeong', 'chung'], 강: ['kang'], 조: ['cho', 'jo'],
  윤: ['yoon', 'yun'], 장: ['jang', 'chang'], 임: ['lim', 'im'], 한: ['han'], 오: ['oh'], 서: ['seo', 'suh'], 신: ['shin'], 권: ['kwon'],
  황: ['hwang'], 안: ['ahn'], 송: ['song'], 류: ['ryu', 'yoo'], 홍: ['hong'], 진: ['jin'], 문: ['moon', 'mun'], 양: ['yang'], 배: ['bae'],
  백: ['baek', 'paik'], 남: ['nam'], 허: ['heo', 'huh'], 유: ['yoo', 'yu'], 노: ['noh', 'roh'], 하: ['ha'], 곽: ['kwak'], 성: ['sung'], 차: ['cha'],
  주: ['joo', 'ju'], 우: ['woo'], 구: ['koo', 'ku'], 민: ['min'], 고: ['ko', 'koh'],
};
/**
 * A Korean's full name, surname first, in Latin letters ("Park Sung Ho", "Kim Min Jun") or in hangul (박성호):
 * one syllable a word, so that another tip's name with the same first consonants and other syllables
 * (박성민, PKSNMN, starts with Park Sung Ho's PKSN) is another person, not the same one with a particle glued on.
 */
const KOREAN_LATIN_SURNAMES: ReadonlySet<string> = new Set(Object.values(KOREAN_SURNAMES).flat());
export const isKoreanFullName = (parts: readonly string[]) => parts.length >= 2 && parts.length <= 3 && KOREAN_LATIN_SURNAMES.has(parts[0]!);
export const isHangulFullName = (name: NativeName) => name.script === 'hangul' && /^\p{Script=Hangul}{3}$/u.test(name.text) && name.text[0]! in KOREAN_SURNAMES;

/** Titles a Korean puts after a surname (실장, 사장, ...), with or without the honorific 님. */
const KOREAN_TITLES = '(?:실장|사장|부장|과장|팀장|대표|반장|회장|씨)(?:님)?';
/**
 * Chinese surnames as Korean writes a Chinese boss's by its sound, not by its hanja (천 사장 for 陈, whose hanja reading is 진;
 * 왕, 린, 리): read only before a title, as 천 alone is also "cloth" or "thousand".
 */
const KOREAN_HEARD_CHINESE_SURNAMES: Readonly<Record<string, readonly string[]>> = { 천: ['chen', 'cheon'], 왕: ['wang'], 린: ['lin'], 리: ['li'] };
const TITLED_SURNAMES = { ...KOREAN_HEARD_CHINESE_SURNAMES, ...KOREAN_SURNAMES };
/**
 * The surname glued to the title (김사장) or, as Korean spacing rules write it, a word of its own
 * before it (김 사장). Apart, not 이 or 한: "이 사장" is as often "this boss", "한 사장" "a boss".
 */
const KOREAN_TITLED = new RegExp(
  `(?<!\\p{Script=Hangul})(?:([${Object.keys(TITLED_SURNAMES).join('')}])|([${Object.keys(TITLED_SURNAMES).filter((surname) => surname !== '이' && surname !== '한').join('')}])\\s)(${KOREAN_TITLES})`,
  'gu',
);
/**
 * The words a person's name follows. A Khmer or Thai kinship title before a name, as a broker or a victim is called
 * (មីងស្រីមុំ "Aunt Srey Mom", បងរិទ្ធ, ป้าศรี, ลุงชัย, พี่ดาว, เจ๊หลิน): the name is the rest of its chunk, up to eight
 * letters, as tipsters write it with a space after. Not the titles that start other words (ពូជ
 * "seed", ป้าย "sign", นายหน้า "broker"), nor a kin word after the title (បងប្រុស, พี่ชาย: a brother).
 * Or a boss's title, glued to the word before it as well (របស់ថៅកែឆេន, ของเถ้าแก่เฉิน: "Boss Chen's"), not "the boss named",
 * "the Chinese boss" or "the big boss" (ថៅកែឈ្មោះ, ថៅកែចិន, เถ้าแก่ชื่อ, เถ้าแก่จีน); and a broker's (មេខ្យល់ វណ្ណា, "the broker Vanna").
 */
const PERSON_AFTER: Partial<Record<NativeName['script'], RegExp>> = {
  // A title with a space after it as well (អ្នកស្រី សុខា), and លោក (Mr) so only: glued, it opens other words (លោកតា, grandfather).
  // Or whose the place is: ហាងទូរស័ព្ទរបស់ ហេង, ร้านโทรศัพท์ของเฮง ("Heng's phone shop"), the owner a name.
  khmer: /(?:(?<![\p{Script=Khmer}\p{M}])(?:(?:មីង|បង|លោកស្រី|អ្នកស្រី)\s?|លោក\s)|ថៅកែ\s?(?!ឈ្មោះ|ចិន|ធំ|គេ)|មេខ្យល់\s?(?!ឈ្មោះ|ចិន|ថៃ|វៀតណាម|ខ្មែរ|គេ|នោះ|នេះ|ម្នាក់)|របស់\s)([\p{Script=Khmer}\p{M}]{2,8})(?![\p{Script=Khmer}\p{M}])/gu,
  thai: /(?:(?<![\p{Script=Thai}\p{M}])(?:ป้า(?!ย)|ลุง|พี่|เจ๊|เฮีย)|เถ้าแก่\s?(?!ชื่อ|จีน|ใหญ่))([\p{Script=Thai}\p{M}]{2,8})(?![\p{Script=Thai}\p{M}])|ของ([\p{Script=Thai}\p{M}]{2,6})(?=\s|$)/gu,
  // Burmese: the whole word, title and name (ကိုဇော်, Ko Zaw), read by nativeName's BURMESE_TITLE. Not ကိုယ် ("self").
  // Not ဒေါ်လာ, a dollar, though it opens with Daw.
  myanmar: new RegExp(`(?<![\\p{Script=Myanmar}\\p{M}])((?:${BURMESE_TITLES})(?!ယ်)(?!(?<=ဒေါ်)လာ(?![\\p{Script=Myanmar}\\p{M}]))[\\p{Script=Myanmar}\\p{M}]{2,10})(?![\\p{Script=Myanmar}\\p{M}])`, 'gu'),
};
/**
 * Khmer អា and Thai อา before a name of one syllable, the whole word, as Chinese 阿 is (អាឡុង, อาหลง: Ah Long, 阿龙;
 * អាហេង, อาฮุย): the familiar name a broker or a boss goes by. Not the words they open (អាហារ, อาหาร food; អាទិត្យ,
 * อาทิตย์ a week; อาคาร a building, a concept; អាយុ, อายุ an age, too short), nor a foreign name (អាន់ឌី, Andy).
 */
const AH_TITLED = /(?<![\p{L}\p{M}])(?:អា|อา)(\p{L}(?![\u17cb\u0e4c])[\p{L}\p{M}]{1,4})(?![\p{L}\p{M}])/gu;

/** The person of an AH_TITLED word (the whole word as written, and the name after អា or อา). */
function ahTitled(word: string, rest: string): NativeName | null {
  if (AH_WORDS.test(rest) || conceptOfTerm(word)) return null;
  const name = nativeName(rest, true);
  if (!name || (name.script !== 'khmer' && name.script !== 'thai')) return null;
  const readings = name.readings.filter((reading) => reading.length >= 3 && ONE_SYLLABLE.test(reading));
  return readings.length ? { ...name, text: word, readings, person: true } : null;
}

/**
 * Thai puts นาย (Mr), นาง (Mrs) or นางสาว (Miss) before a person's full name, its words spaced as Thai writes a given name
 * and a family name, or a foreign name's parts (นายจัน ดารา: Chan Dara; นายซอ มิน: Zaw Min; นายอ่อง โก โก: Aung Ko Ko).
 * Not นายหน้า (a broker), นายจ้าง (an employer) and the like, nor นายชื่อ ("a man named", read after ชื่อ).
 */
const THAI_TITLED = /(?<![\p{Script=Thai}\p{M}])(?:นางสาว|นาย(?!หน้า|จ้าง|ทุน|พราน|ตำรวจ|อำเภอ|ด่าน|ทหาร|ก|ชื่อ|ใหญ่)|นาง(?!แบบ|พยาบาล|ฟ้า|ชื่อ))\s?([\p{Script=Thai}\p{M}]{2,10}(?:\s[\p{Script=Thai}\p{M}]{1,10}){0,2})/gu;
/** Or a Thai tip opens with the person and a people's word after the name (เฉินเหว่ย คนจีน: "Chen Wei, a Chinese"). */
const THAI_OPENING_NATIONAL = /^\s*([\p{Script=Thai}\p{M}]{2,14})\s+(?:คน|ชาว)(?:จีน|เวียดนาม|ญวน|พม่า|เกาหลี|กัมพูชา|เขมร|อินโด|ลาว|ไทย)/u;

/** What a word after a name opens with when it is no part of it: a deed, an age, a place or a link word (หาแรงงาน, อายุ, ที่). */
const THAI_WORD_AFTER_NAME = /^(?:หา|ขอ|ชวน|ถูก|อยู่|ทำ|หลอก|บอก|เป็น|ส่ง|พา|รับ|ซื้อ|ขาย|โดน|อายุ|จาก|ที่|ใน|มา|ไป|เคย|ได้|ก็|และ|กับ|แถว|ใกล้|ตอนนี้)/u;
/** The words of a Thai person's name after a title, up to a word for a people, a thing, a deed or a kinship. */
function thaiTitledName(words: string): NativeName | null {
  return spacedPerson('thai', spacedNameWords(words, (bare, taken) => /^(?:คน|ชาว)/u.test(bare) || (taken > 0 && THAI_WORD_AFTER_NAME.test(bare)), thaiNameOnly));
}

/**
 * The words of a person's name as Thai and Khmer space them, up to the first that is no part of it (`ends`, a kinship
 * word or a concept's word), or up to a stop or a word `bareOf` cut (a particle glued to the name).
 */
function spacedNameWords(words: string, ends: (bare: string, taken: number) => boolean, bareOf = (word: string) => word): string[] {
  const parts: string[] = [];
  for (const word of words.trim().split(/\s+/u)) {
    const bare = bareOf(word.replace(/\p{P}+$/u, ''));
    const concept = conceptOfTerm(bare);
    if (bare.length === 0 || KIN_WORDS.test(bare) || (concept && concept.group !== 'name') || ends(bare, parts.length)) break;
    parts.push(bare);
    if (bare !== word) break;
  }
  return parts;
}

/** Those words, read together, as the person's name, written spaced as the tip spaced them. */
function spacedPerson(script: 'thai' | 'khmer', parts: readonly string[]): NativeName | null {
  const name = parts.length > 0 ? nativeName(parts.join(''), true) : null;
  return name && name.script === script ? { ...name, text: parts.join(' '), person: true } : null;
}

/**
 * Khmer says who a foreigner is before the name: a man, a woman or a people's word and the people (ស្ត្រីភូមា ឃីន ឃីន អេ: "the
 * Burmese woman Khin Khin Aye"; បុរសកូរ៉េ គីម មីនជុន; ជនជាតិភូមា កូអោង), or the people alone opening the tip (កូរ៉េ គីម មីនស៊ូ, 0194).
 * The name's words, spaced, follow (0190).
 */
const KHMER_PERSON_OF_PEOPLE = /(?:ស្ត្រី|បុរស|ស្រី|ប្រុស|ជនជាតិ|^\s*)(?:ភូមា|មីយ៉ាន់ម៉ា|កូរ៉េ|ថៃ|វៀតណាម|ចិន|ឥណ្ឌូណេស៊ី|ឡាវ)((?:\s+[\p{Script=Khmer}\p{M}]+){1,3})/gu;
/** What a Khmer word after a name opens with when it is no part of it: a deed, a link word, a count or an age (ទិញ, នៅ, ជា, អាយុ). */
const KHMER_WORD_AFTER_NAME = /^(?:ជា|និង|នៅ|ទិញ|លក់|នាំ|ជាប់|ធ្វើ|រត់|ត្រូវ|បាន|មក|ទៅ|ដែល|ម្នាក់|នាក់|អាយុ|គេ|ឈ្មោះ|ហៅ|យក|ជួល|បើក|ប្រាក់|លេខ|មាន|កំពុង|ចូល|ចេញ|ពី|ក្នុង|ដើរ|រស់|អង្គុយ|ស្នាក់|ផ្ញើ|ប្រាប់|ថា|ហើយ|ក៏|ទេ|ច្រើន|ខ្លះ)/u;

function khmerPersonOfPeople(words: string): NativeName[] {
  // A word the concepts know inside it (ហាងកាត "a card shop") says what follows the name.
  const parts = spacedNameWords(words, (bare) => bare.length > 12 || KHMER_WORD_AFTER_NAME.test(bare) || withoutConceptWords(bare) !== bare);
  // A Khmer or Chinese family name first is read as after ឈ្មោះ: the whole name, the given name (and a Chinese surname).
  const full = parts.length >= 2 ? fullName('khmer', parts[0]!, ` ${parts.slice(1).join('')}`) : null;
  if (full) return full;
  const name = spacedPerson('khmer', parts);
  return name && name.skeleton.length >= 2 ? [name] : [];
}

const KIN_WORDS = /^(?:ប្រុស|ស្រី|ប្អូន|ប្អូនប្រុស|ប្អូនស្រី|ខ្ញុំ|គេ|គាត់|យើង|វា|ពួកគេ|ชาย|สาว|น้อง|ใหญ่|เขา|ผม|ฉัน|เรา|มัน|คุณ|พวกเขา|เลี้ยง)$/u;

function personAfter(script: NativeName['script'], rest: string): NativeName | null {
  const bare = rest.replace(/\p{P}+$/u, '');
  if (KIN_WORDS.test(bare)) return null;
  const name = nativeName(bare);
  return name && name.script === script ? { ...name, person: true } : null;
}

/**
 * Characters Chinese writes a foreign name with, by its sound (达拉 for Dara, 索卡 for Sokha, 鲁迪 for Rudi, 维萨 for
 * Visal): few of them open a common word with another of them, so two or three in a row, where a person is spoken of,
 * are a name heard, not a word.
 */
const LOAN_CHARS = '万达拉索卡娜莉蒂迪塔萨维瓦伊亚姆尼妮琪莎珊娅丽洛罗鲁卢斯克特尔布帕潘皮普苏桑赛塞希雅扬耶约扎詹杰凯坎康科库莱兰朗雷蕾黎里利琳隆伦玛迈曼梅蒙米摩莫穆纳奈努诺奇乔泰坦提图托威韦温沃乌奥埃艾阿贝比彼伯博查戴丹德丁杜恩菲芬弗盖戈格哈汉赫亨霍基吉贾肯';
/**
 * A foreign person named in Chinese without a word for "named": at the start of a clause or after "that" or "this", the
 * name heard (two or three characters of LOAN_CHARS), then what they do or are (达拉又在塔克茂市场招人: Dara is recruiting at
 * Ta Khmau market again; 索卡那个女的: that woman Sokha; 市场那个索卡又在招人: that Sokha at the market is recruiting again).
 */
const LOAN_NAME = new RegExp(`^[${LOAN_CHARS}]{2,3}$`, 'u');
const HAN_LOAN_NAMED = new RegExp(`(?:^|(?<=[，。、,.!！?？:：;；\\s]|那个|那個|这个|這個))([${LOAN_CHARS}]{2,3})(?=又|在|说|說|是|那个|那個|这个|這個|还|還|也|今天|昨天|带|帶|招|找|让|讓|把|给|給|每天|天天|经常|就|和|跟|骗|騙|收|要|这女|那女|这男|那男)`, 'gu');
/**
 * A loan name as the foreign name it writes sounds: 索 writes "so" (索卡 Sokha), 罗 and 洛 "lo", 维 "vi", 万 "van"
 * (万纳 Vanna), 伊 "i", where pinyin reads suo, luo, wei, wan, yi.
 */
function loanReading(text: string): string {
  return [...text].map((char) => compactLatin(char).replace(/^([^aeiou]+)uo$/, '$1o').replace(/^wei$/, 'vi').replace(/^wan$/, 'van').replace(/^yi$/, 'i')).join('');
}

/**
 * A Chinese tip puts a person's role before the name and, for a foreigner's name written in
 * characters chosen for their sound, a space on either side (印尼中介 鲁迪 在机场接人: "the Indonesian
 * agent Rudi ..."): two or three characters between a role and a space or a stop are the person's.
 */
const HAN_ROLE_NAMED = /(?:中介|蛇头|老板|经理|主管|负责人|介绍人)\s+(\p{Script=Han}{2,3})(?=\s|[，。,.、！!]|$)/gu;
/** Or written right after the role, as a loan name (印尼中介亨德拉，在金狮子环岛接人: "the Indonesian agent Hendra"). */
const HAN_ROLE_LOAN_NAMED = new RegExp(`(?<=中介|蛇头|老板|经理|主管|负责人|介绍人)([${LOAN_CHARS}]{2,3})(?=[，。,.、！!\\s]|$)`, 'gu');
/**
 * Chinese puts a person's nationality right before the name (越南人阮文雄, 韩国人金敏洙 被关在…): two or three
 * characters between a people's word and what was done to or by them (被, 在, 招, 关, 把, 说, 是) or a stop.
 * A Vietnamese name so written reads back by Hán-Việt (阮文雄, Nguyễn Văn Hùng).
 */
const HAN_NATIONAL_NAMED = /(?:越南人|韩国人|韓國人|缅甸人|緬甸人|泰国人|泰國人|印尼人|柬埔寨人|老挝人|菲律宾人|马来西亚人)(\p{Script=Han}{2,3}?)(?=被|在|招|关|關|把|说|說|是|[，。,.、！!\s]|$)/gu;
const NOT_A_NAME_START = /^[很都也多说就还们没不已又]/u;
/**
 * A relative or friend named right after the kinship word (我弟弟王小军在…, 我表弟李志强被卖进去: "my younger
 * brother Wang Xiaojun"), as a family's tip names its missing one: a surname and one or two characters
 * before what was done to them or a stop. The surname is what tells a name from a verb (弟弟说, 朋友转给我).
 */
const HAN_KIN_NAMED = /(?:弟弟|哥哥|姐姐|妹妹|儿子|女儿|老公|丈夫|老婆|妻子|表弟|表哥|表姐|表妹|堂弟|堂哥|堂姐|堂妹|侄子|侄女|外甥|朋友|同事|同学)(\p{Script=Han}{2,3}?)(?=被|在|招|关|關|把|说|說|是|去|[，。,.、！!\s]|$)/gu;

/**
 * A Korean named in full, surname first and two syllables after it, where Korean tipsters mark a person:
 * after a kin word (동생 이지훈이, 아들 박민수) or before an age or 씨 (이지훈 28세, 김민수 씨), not a surname and a title. Read as Koreans
 * spell the surname in Latin letters and the given name by RR, with oo for u and u for eo as passports
 * and chat write them (Lee Ji-hoon, Kim Min-soo, Park Sung-ho).
 */
const KOREAN_FULL_NAME = new RegExp(
  `(?:(?:동생|형|오빠|누나|언니|아들|딸|남편|아내|친구|조카|사촌)\\s*([${Object.keys(KOREAN_SURNAMES).join('')}]\\p{Script=Hangul}{2})(?:이가|이는|이를|이|가|은|는|을|를|의|씨)?(?!\\p{Script=Hangul})|(?<!\\p{Script=Hangul})([${Object.keys(KOREAN_SURNAMES).join('')}]\\p{Script=Hangul}{2})\\s*(?:\\(?\\d{1,2}\\s*(?:세|살)|씨))`,
  'gu',
);

function koreanFullName(full: string): NativeName {
  const rr = (text: string) => romanise(text).toLowerCase().replace(/[^a-z]/g, '');
  const given = rr(full.slice(1));
  const givens = [given, given.replace(/u/g, 'oo'), given.replace(/eo/g, 'u')];
  const surnames = [...KOREAN_SURNAMES[full[0]!]!, rr(full[0]!)];
  return { text: full, script: 'hangul', readings: [...new Set([rr(full), ...surnames.flatMap((surname) => givens.map((name) => surname + name))])], skeleton: skeleton(romanise(full)), person: true };
}

/**
 * A Korean's full name that a Chinese tip writes in its hanja (韩国人李智勋: 이지훈, Lee Ji-hoon): read as
 * the Korean name, by the Korean readings of the characters (the hanja library's table), the surname as
 * Koreans say it (金 김, not 금), so that it meets the name in hangul and in Latin letters (koreanFullName).
 */
function koreanInHanja(text: string): NativeName | null {
  const surname = HANJA_SURNAMES[text[0]!];
  if (!surname || text.length !== 3) return null;
  const given = hangulOfHanja(text.slice(1), 'SUBSTITUTION');
  return /^\p{Script=Hangul}{2}$/u.test(given) ? koreanFullName(surname + given) : null;
}

/** A title alone is no one's name: "사장이라는 사람" is "a man called the boss". */
const KOREAN_TITLE_ONLY = new RegExp(`^${KOREAN_TITLES}$`, 'u');

function koreanTitled(surname: string, title: string): NativeName {
  const rr = romanise(surname).toLowerCase().replace(/[^a-z]/g, '');
  return { text: `${surname}${title}`, script: 'hangul', readings: [...new Set([...TITLED_SURNAMES[surname]!, rr])].filter((reading) => reading.length >= 2), skeleton: skeleton(romanise(surname)), person: true };
}

/** Share of the letters that are Han. */
const hanShare = (text: string) => (text.match(/\p{Script=Han}/gu)?.length ?? 0) / Math.max(1, text.match(/\p{L}/gu)?.length ?? 0);

/**
 * Chinese names given as landmarks, not as the place itself: 离金时代不远 ("not far from 金时代"),
 * 金时代附近, 靠近金时代. A tip near X is about another place than X, as is one that says it is
 * not X (不是金时代, 不是对面的金时代, 不是对面金沙, 不是凯悦那个: "not the Kaiyue one").
 */
const HAN_LANDMARK = new RegExp(String.raw`不是[^，。,.！!；;\s]{1,10}的(?![这那])(?<notLast>\p{Script=Han}{2,4}?)(?=[，。,.！!；;]|$|\s)|(?:离|距离|靠近|挨着)(\p{Script=Han}{2,4}?)(?=不远|很近|附近|旁边|对面|隔壁|大约|约|\d)|(?!不是)(\p{Script=Han}{2,6}?)(?=${HAN_NEAR_AFTER})|(?:不是)(?:对面的?|對面的?|旁边的?|旁邊的?|隔壁的?)?(?![同一这那我你他她很太在说真每所])(\p{Script=Han}{2,4}?)(?:那个|那個|这个|這個|那家|那栋|那棟)?(?=[，。,.！!；;]|$|\s)`, 'gu');
export function nativeLandmarks(text: string): string[] {
  const landmarks = new Set<string>();
  const clean = text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  for (const match of clean.matchAll(HAN_LANDMARK)) {
    // Or what it is not, said last (不是对面那栋七层的鸿运: "not Hongyun, the seven-floor one opposite"): a name, not a kind.
    const notLast = match.groups?.notLast;
    const described = !!notLast && (conceptOfTerm(notLast)?.group ?? 'name') !== 'name';
    const name = described ? '' : (notLast ?? match[2] ?? match[4] ?? hanNameBefore(match[3]!));
    if (name.length >= 2 && !HAN_NOT_NAMES.test(name)) landmarks.add(name);
  }
  // Khmer and Thai: "near", "opposite", "next to" before the kind and its name (ក្បែរបុរីសុវណ្ណភូមិ, ใกล้โรงแรมX),
  // or before the name alone (อยู่ใกล้X): a run that is no concept word, description or thing (nativeName).
  for (const match of clean.matchAll(NEAR_NAME)) {
    if (KIND_FIRST.test(match[1]!)) continue;
    const run = match[1]!.replace(NOT_END, '');
    const name = nativeName(run) ?? nativeName(afterDescription(run));
    if (name) landmarks.add(name.text);
  }
  for (const script of ['khmer', 'thai'] as const) {
    for (const match of clean.matchAll(KIND_BEFORE[script]!)) {
      if (!NEAR_BEFORE.test(clean.slice(Math.max(0, match.index - 12), match.index))) continue;
      const name = match[1] ? nativeName(match[1].trim().replace(/[\p{P}]+$/u, '')) : null;
      if (name) landmarks.add(name.text);
    }
  }
  return [...landmarks];
}

/**
 * What follows the words that describe a place before its name, glued as Khmer and Thai write them
 * (អគារលឿងហ្គោលដិន: "the yellow building Golden"): each leading word the concepts know, a kind or a colour.
 */
function afterDescription(run: string): string {
  let rest = run;
  for (let words = 0; words < 3; words++) {
    let length = Math.min(12, rest.length - 2);
    while (length >= 2 && (conceptOfTerm(rest.slice(0, length))?.group ?? 'name') === 'name') length--;
    if (length < 2) break;
    rest = rest.slice(length).replace(/^ពណ៌|^สี/u, '');
  }
  return rest === run ? '' : rest;
}

/** A Khmer or Thai word for near, opposite, next to or not (near-words.ts) right before a kind and its name. */
const NEAR_BEFORE = new RegExp(`(?:${nearWords(() => true)})\\s*$`, 'u');
/** A kind of place first: its name is read after it (the KIND_BEFORE loop). */
const KIND_FIRST = new RegExp(`^(?:${NATIVE_KINDS})`, 'u');
/** Or before a name alone, where the word has no other sense (not the kindOnly ones). */
const NEAR_NAME = new RegExp(`(?:${nearWords((word) => !word.kindOnly)})([\\p{Script=Khmer}\\p{Script=Thai}\\p{M}]{2,24})(?![\\p{Script=Khmer}\\p{Script=Thai}\\p{M}])`, 'gu');

/**
 * The commonest Khmer family names (Sok, Chan, Ly, Lim, Heng, Chea, Kim, Keo, Meas, Ouk, Sam, Pech, Prak,
 * Hun, Chhun, Tep, Ros, Mao, Yim, Touch, Seng, Khiev, Phan, Chheang, Nget, Ung, Long, Tang ...). Khmer
 * writes the family name first and a space before the given name (ចាន់ សុភា, Chan Sophea): after ឈ្មោះ
 * both are the person's name, and the family name alone, shared by thousands, is no one's.
 * Khmer and Thai write a Chinese name so too, its surname spelt by sound (វ៉ាង ស៊ាវជុន, หวัง เสี่ยวจวิน: Wang
 * Xiaojun): Wang, Chen, Zhang, Huang, Liu, Zhou, and in Thai also Li, Lin, Wu, Zhao, the commonest. Such a
 * surname is also kept alone, as it was read before the given name was (0182): another script's spelling of the
 * given name may not meet this one (ស៊ាវជុន "savchun", เสี่ยวจวิน "siaochwin").
 */
const CHINESE_SURNAMES: Record<'khmer' | 'thai', Readonly<Record<string, string>>> = {
  khmer: { វ៉ាង: 'wang', ចេន: 'chen', ចាង: 'zhang', ហួង: 'huang', លីវ: 'liu', ចូវ: 'zhou' },
  thai: { หวัง: 'wang', เฉิน: 'chen', จาง: 'zhang', หวง: 'huang', หลิว: 'liu', โจว: 'zhou', หลี่: 'li', หลิน: 'lin', อู๋: 'wu', จ้าว: 'zhao' },
};
const KHMER_SURNAMES = /^(?:សុខ|ចាន់|លី|លឹម|លីម|ហេង|ជា|គីម|សៀង|កែវ|មាស|អ៊ុក|សំ|ពេជ្រ|ប្រាក់|ញឹម|ហ៊ុន|ឈុន|ទេព|រស់|ម៉ៅ|យិម|ទូច|ស៊ុន|ឃឹម|ណុប|ពៅ|អ៊ឹង|វ៉ាន់|ឡុង|តាំង|ង៉ែត|សេង|ខៀវ|ម៉ម|ផាន់|ឈាង|ស្រេង|នួន|សួន|ឈិន|ហ៊ាង|ម៉ែន|អ៊ំ|សាន|ភួង)$/u;
const GIVEN_AFTER: Record<'khmer' | 'thai', RegExp> = {
  khmer: /^\s+([\p{Script=Khmer}\p{M}]{2,10})(?![\p{Script=Khmer}\p{M}])/u,
  thai: /^\s+([\p{Script=Thai}\p{M}]{2,10})(?![\p{Script=Thai}\p{M}])/u,
};

/** After ឈ្មោះ or ชื่อ, a family name and the given name after it: the whole name and the given name, each a person's. */
function fullName(script: 'khmer' | 'thai', surname: string, after: string): NativeName[] | null {
  const chinese = Object.hasOwn(CHINESE_SURNAMES[script], surname);
  if (!chinese && !(script === 'khmer' && KHMER_SURNAMES.test(surname))) return null;
  const next = GIVEN_AFTER[script].exec(after);
  const given = next ? (script === 'thai' ? thaiNameOnly(next[1]!) : next[1]!).replace(/[\p{P}]+$/u, '') : '';
  const concept = conceptOfTerm(given);
  const givenName = given && !(concept && concept.group !== 'name') ? nativeName(given, true) : null;
  const family = nativeName(surname, true);
  if (!givenName || givenName.script !== script || !family) return null;
  const readings = family.readings.flatMap((own) => givenName.readings.map((name) => own + name));
  const whole: NativeName = { text: `${surname} ${given}`, script, readings: [...new Set(readings)], skeleton: skeleton(romanise(surname + given)), person: true };
  return [whole, { ...givenName, person: true }, ...(chinese ? [{ ...family, person: true as const }] : [])];
}

const NOT_END = new RegExp(`(?<=[\\p{L}\\p{M}]{2})(?:${[...NOT_ENDS.thai, ...NOT_ENDS.khmer].join('|')})$`, 'u');

const NAMED_END = /(?:ឈ្មោះ|ชื่อ|အမည်)$/u;
const THAI_GLUED_OPENING = /^\s*([\p{Script=Thai}\p{M}]{4,})/u;
const THAI_WORD_IN_RUN = new RegExp(THAI_WORD_AFTER_NAME.source.replace(/^\^/u, ''), 'u');
/** A Chinese follow-up's first characters, before a word of time or change, not a pronoun (我今天, 他又). */
const HAN_OPENING = /^\s*((?![我你他她它这這那有在是])(?:(?![今昨又还還也换換已现現最仍])\p{Script=Han}){2,4}?)(?=今晚|今天|昨晚|昨天|又|还|還|也|换|換|已经|已經|现在|現在|最近|仍)/u;
const TIP_OPENING = /^\s*([\p{Script=Khmer}\p{Script=Thai}\p{Script=Myanmar}\p{M}]{2,12})(?=\s|[,:：]|$)/u;

/** Candidate names written in Chinese, Khmer, Thai, Korean or Burmese script (see the header). */
export function nativeNames(text: string): NativeName[] {
  const clean = text.normalize('NFC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
  const found = new Map<string, NativeName>();
  const add = (candidate: string | undefined) => {
    // Khmer and Burmese full stops (។ ။) belong to the script, not to the name before them.
    const name = candidate ? nativeName(candidate.trim().replace(/[\p{P}]+$/u, '')) : null;
    if (name && !found.has(name.text)) found.set(name.text, name);
  };
  for (const run of clean.match(/\p{Script=Han}+/gu) ?? []) {
    for (const kind of run.matchAll(HAN_KIND)) {
      // 园 alone is a kind only after a name of two characters at least ("金时代园").
      if (kind[0] === '园' && run.slice(kind.index + 1).startsWith('区')) continue;
      // The casino a tip stands near or north of (金龙赌场附近, 金龙赌场北边) is its landmark (nativeLandmarks), not its name.
      if (HAN_SIDE_AFTER.test(run.slice(kind.index + kind[0].length))) continue;
      const name = hanNameBefore(run.slice(0, kind.index));
      if (name.length >= 2) add(name);
      // A Chinese firm's name is place, trade name, trade (行政区划 + 字号 + 行业): of four characters
      // before the kind, the first two may be a place the concepts do not know, the last two the name.
      if (name.length === 4) add(name.slice(2));
    }
    // The name ends at 的 ("叫X的女人": the woman called X).
    // 叫他王总: "call him Boss Wang"; the pronoun is no part of the name.
    for (const marked of run.matchAll(HAN_MARKER)) {
      const said = marked[1]!.replace(/的.*$/u, '').replace(/^[他她它我你]/u, '');
      const name = hanNameBefore(said) || said;
      add(name);
      // A name heard (介绍人叫索卡: the agent called Sokha) reads as the foreign name it writes, too.
      const heard = found.get(name);
      if (heard && LOAN_NAME.test(name)) found.set(name, { ...heard, readings: [...new Set([...heard.readings, loanReading(name)])], person: true });
    }
  }
  for (const numbered of clean.matchAll(HAN_NUMBERED_NAME)) {
    const name = hanNameBefore(numbered[1]!);
    if (name.length >= 2) add(name);
  }
  for (const floor of clean.matchAll(HAN_FLOOR_NAME)) {
    const name = ENDS_WITH_KIND.test(floor[1]!) ? '' : hanNameBefore(floor[1]!);
    if (name.length >= 2) add(name);
  }
  for (const titled of clean.matchAll(/(\p{Script=Han})(姐|哥|叔|姨)(?![姐哥妹弟夫])/gu)) {
    const name = titledName(titled[1]!, titled[2]!);
    if (name && !found.has(name.text)) found.set(name.text, name);
  }
  for (const titled of clean.matchAll(AH_NAMED)) {
    const name = titledName(titled[1]!, '阿', true);
    if (name && !found.has(name.text)) found.set(name.text, name);
  }
  for (const titled of clean.matchAll(BOSS_NAMED)) {
    // 黄总园区 (Boss Huang's compound) is read first as a place's name: it is the boss's.
    const name = titledName(titled[1]!, titled[2]!);
    // A Korean tip calls him by the hanja reading of the surname too (黄 황 "hwang": 황 사장).
    if (name) found.set(name.text, { ...name, readings: [...new Set([...name.readings, ...koreanSurnameReadings(titled[1]!)])] });
  }
  for (const titled of clean.matchAll(OLD_OR_YOUNG_NAMED)) {
    const name = oldOrYoungNamed(titled[1]!, titled[2]!);
    if (name && !found.has(name.text)) found.set(name.text, name);
  }
  for (const role of clean.matchAll(HAN_ROLE_NAMED)) {
    const name = nativeName(role[1]!, true);
    if (name && name.script === 'han' && !found.has(name.text)) found.set(name.text, { ...name, person: true });
  }
  for (const national of clean.matchAll(HAN_NATIONAL_NAMED)) {
    if (NOT_GIVEN_NAMES.test(national[1]![0]!) || NOT_A_NAME_START.test(national[1]!)) continue;
    const name = nativeName(national[1]!, true);
    if (name && name.script === 'han' && !found.has(name.text)) found.set(name.text, { ...name, person: true });
    const korean = /^(?:韩国人|韓國人)/u.test(national[0]) ? koreanInHanja(national[1]!) : null;
    if (korean && !found.has(korean.text)) found.set(korean.text, korean);
  }
  for (const loan of [...clean.matchAll(HAN_LOAN_NAMED), ...clean.matchAll(HAN_ROLE_LOAN_NAMED)]) {
    const name = nativeName(loan[1]!, true);
    if (name && name.script === 'han' && !found.has(name.text)) found.set(name.text, { ...name, readings: [...new Set([...name.readings, loanReading(name.text)])], person: true });
  }
  for (const kin of clean.matchAll(HAN_KIN_NAMED)) {
    if (!HAN_SURNAMES.has(kin[1]![0]!)) continue;
    const name = nativeName(kin[1]!, true);
    if (name && name.script === 'han' && !found.has(name.text)) found.set(name.text, { ...name, person: true });
  }
  for (const titled of clean.matchAll(HAN_KOREAN_TITLED)) {
    // 叫他金室长 ("they call him Manager Kim") is read first as a name after 叫: it is the Korean's surname and title.
    const name = hanjaTitled(titled[1]!, titled[2]!);
    found.set(name.text, name);
  }
  for (const titled of clean.matchAll(KOREAN_TITLED)) {
    // 이사장 is a word of its own (a chairman), not "President Lee".
    if (titled[0].startsWith('이사장')) continue;
    const name = koreanTitled(titled[1] ?? titled[2]!, titled[3]!);
    if (!found.has(name.text)) found.set(name.text, name);
  }
  for (const full of clean.matchAll(KOREAN_FULL_NAME)) {
    // 이사장 (a chairman), 김사장 (Boss Kim): a title after the surname, read by KOREAN_TITLED.
    if (KOREAN_TITLE_ONLY.test((full[1] ?? full[2])!.slice(1))) continue;
    const name = koreanFullName((full[1] ?? full[2])!);
    if (!found.has(name.text)) found.set(name.text, name);
  }
  for (const [script, pattern] of Object.entries(PERSON_AFTER) as Array<[NativeName['script'], RegExp]>) {
    for (const titled of clean.matchAll(pattern)) {
      const name = personAfter(script, (titled[1] ?? titled[2])!);
      if (name && !found.has(name.text)) found.set(name.text, name);
    }
  }
  for (const titled of clean.matchAll(AH_TITLED)) {
    const name = ahTitled(titled[0], titled[1]!);
    if (name && !found.has(name.text)) found.set(name.text, name);
  }
  for (const titled of clean.matchAll(THAI_TITLED)) {
    const name = thaiTitledName(titled[1]!);
    if (name && !found.has(name.text)) found.set(name.text, name);
  }
  for (const named of clean.matchAll(KHMER_PERSON_OF_PEOPLE)) for (const name of khmerPersonOfPeople(named[1]!)) if (!found.has(name.text)) found.set(name.text, name);
  const national = THAI_OPENING_NATIONAL.exec(clean);
  const openingPerson = national ? thaiTitledName(national[1]!) : null;
  if (openingPerson && !found.has(openingPerson.text)) found.set(openingPerson.text, openingPerson);
  // A short run of name characters between spaces, in Chinese text ("金边 过桥那边 凤凰酒店", "皇玉 11楼"),
  // after the town it is in ("西港皇玉 五楼").
  if (hanShare(clean) >= 0.5) {
    for (const whole of clean.match(/(?<![\p{Script=Han}])\p{Script=Han}{2,6}(?![\p{Script=Han}])/gu) ?? []) {
      const town = [2, 3].find((length) => whole.length - length >= 2 && conceptOfTerm(whole.slice(0, length))?.group === 'town') ?? 0;
      const run = whole.slice(town);
      if (run.length <= 3 && [...run].every((char) => hanViet(char) !== '')) add(run);
    }
  }
  // A short tip that follows up on a place names it first and says what came again (ហេង ឡានចូលទៀត,
  // รูบี้สตาร์ รถตู้เข้าอีก ๓ คัน: "X, cars in again", "X, three more vans"): the tip's first chunk, short
  // as a name is, unless it is a word, a town or a description.
  // Three consonants at least, and no word the concepts know inside it (ផ្ទះផ្កាឈូក is "the pink house").
  const followUp = isFollowUp(clean, 'native');
  const opening = followUp ? TIP_OPENING.exec(clean) : null;
  const openingName = opening && !NAMED_END.test(opening[1]!) && withoutConceptWords(opening[1]!) === opening[1] ? nativeName(opening[1]!) : null;
  if (openingName && openingName.skeleton.length >= 3 && !found.has(openingName.text)) found.set(openingName.text, openingName);
  // Thai glues the words of a follow-up together (โกซอพาพม่ามาอีก: "Ko Zaw brought Burmese again"): the name ends where a deed
  // or a link word begins.
  const thaiGlued = followUp && !opening ? THAI_GLUED_OPENING.exec(clean)?.[1] : undefined;
  // Three letters at least: คน ("someone") before ซื้อ ("buys") is no name.
  const deed = thaiGlued ? THAI_WORD_IN_RUN.exec(thaiGlued.slice(3)) : null;
  const thaiOpening = thaiGlued && deed ? thaiGlued.slice(0, deed.index + 3) : '';
  const thaiOpeningName = thaiOpening && withoutConceptWords(thaiOpening) === thaiOpening ? nativeName(thaiOpening) : null;
  if (thaiOpeningName && thaiOpeningName.skeleton.length >= 2 && !found.has(thaiOpeningName.text)) found.set(thaiOpeningName.text, thaiOpeningName);
  // In Chinese, the characters before "tonight", "again" or "changed" (星辉今晚又进来两辆车, 皇龙换了牌子: "Xinghui, two more
  // cars tonight", "Huanglong changed its sign").
  const hanOpening = followUp ? HAN_OPENING.exec(clean) : null;
  if (hanOpening) add(hanOpening[1]);
  // A Khmer tip may open with the person it is about, family name first (ចាន់ សុភា …, or a follow-up: កែវ វណ្ណា … ១០ ទៀត):
  // the whole name, as after ឈ្មោះ.
  const khmerOpening = /^\s*([\p{Script=Khmer}\p{M}]{2,8})(?=\s)/u.exec(clean);
  for (const name of (khmerOpening && fullName('khmer', khmerOpening[1]!, clean.slice(khmerOpening[0].length))) || []) if (!found.has(name.text)) found.set(name.text, name);
  for (const bracketed of clean.matchAll(BRACKETED)) {
    const inner = bracketed[1]!.trim();
    if (!/\p{Script=Latin}|\d/u.test(inner)) add(inner.replace(/\s+/g, ''));
  }
  for (const pattern of [...Object.values(KIND_BEFORE), ...Object.values(KIND_AFTER)]) {
    for (const match of clean.matchAll(pattern)) {
      const named = NAMED.test(match[0]);
      // A place the tip stands near is a landmark (nativeLandmarks), not its own name.
      if (!named && (pattern === KIND_BEFORE.khmer || pattern === KIND_BEFORE.thai) && NEAR_BEFORE.test(clean.slice(Math.max(0, match.index - 12), match.index))) continue;
      if (named && match[1] && (pattern === KIND_BEFORE.khmer || pattern === KIND_BEFORE.thai)) {
        const full = fullName(pattern === KIND_BEFORE.khmer ? 'khmer' : 'thai', match[1].trim(), clean.slice(match.index + match[0].length));
        if (full) {
          for (const name of full) if (!found.has(name.text)) found.set(name.text, name);
          continue;
        }
      }
      if (named && match[1]) {
        const name = nativeName(thaiNameOnly(match[1].trim().replace(/[\p{P}]+$/u, '')), true);
        if (name && !found.has(name.text)) found.set(name.text, name);
      } else add(match[1]);
      // Khmer puts the town between the kind and the name (រីសត កោះកុង ហ្វីនិច, "resort Koh Kong
      // Phoenix"): a spaced word after the first that is a name word (a transliterated "phoenix").
      const next = /^\s+([\p{Script=Khmer}\p{M}]{2,24})(?![\p{Script=Khmer}\p{M}])/u.exec(clean.slice((match.index ?? 0) + match[0].length));
      if (next && /^[\p{Script=Khmer}]/u.test(match[1] ?? '') && conceptOfTerm(next[1]!)?.group === 'name') add(next[1]);
      // A short name after a word for "named" (ឈ្មោះ ឡាន, ชื่อ X) is a person's, as tipsters name a
      // recruiter: met by its reading as a titled person's is (Lan, "chị Lan", 阿兰).
      const name = found.get(thaiNameOnly(match[1]?.trim().replace(/[\p{P}]+$/u, '') ?? ''));
      if (name && !name.person && named && name.readings.length > 0 && name.readings.every((reading) => reading.length <= 5)) found.set(name.text, { ...name, person: true });
    }
  }
  return [...found.values()];
}
