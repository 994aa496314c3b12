/**
 * How likely two tips describe the same place or operation: a pure function of the two tips,
 * so it is tested with literal values and explained to officers with its reasons. Each
 * signal adds (or removes) a bounded share of the score; the reasons carry the figures and
 * a reason code the console translates (namespace `dedup`).
 */
import { DISTRICTS } from '@/lib/geo/districts';
import { distanceMetres } from '@/lib/geo/distance';
import type { TipCategoryCode } from '@/lib/tips/categories';
import { DEDUP_DEFAULTS, type DedupSettings, WEIGHTS } from './config';
import { buildingCount, buildingNumber, CONCEPTS, conceptOfTerm, DESCRIBING_GROUPS, floorLevel, FUEL_BRANDS, FLOORS_OR_LEVEL, kmPost, LEAD_NAME_WORDS, oppositeSides, otherPlace, otherPlaceConcept, partColour, PIN_ELSEWHERE, sameNameWord } from './concepts';
import { HAN_SURNAMES, isHangulFullName, isKoreanFullName, type NativeName, nameOnsets } from './native-names';
import { compactLatin, containsApprox, hanOnsets, hanViet, heardInChinese, onsetClass, romanise, skeleton, speltSkeleton, spokenSkeleton, spokenSkeletons, syllableOnsets, unaspirated } from './romanise';
import { isPlaceWord, runHolds, type TextFeatures, textFeatures } from './text-features';

export interface DedupTip {
  id: string;
  category: TipCategoryCode;
  lat: number;
  lng: number;
  /** Metres; null when unknown (an area pick has a large one). */
  accuracyM: number | null;
  /** When the tipster saw it (or, failing that, when the tip arrived). */
  at: Date;
  /** Description and landmark. */
  text: string;
  photos: ReadonlyArray<{ sha256: string; phash: string }>;
}

export type PreparedTip = DedupTip & { features: TextFeatures };

export type DuplicateReason =
  | { code: 'distance'; metres: number; weight: number }
  | { code: 'text'; similarity: number; weight: number }
  | { code: 'names'; names: string[]; weight: number }
  | { code: 'names_differ'; weight: number }
  | { code: 'landmark'; names: string[]; weight: number }
  | { code: 'numbers'; numbers: string[]; weight: number }
  | { code: 'same_category'; weight: number }
  | { code: 'related_category'; weight: number }
  | { code: 'time'; days: number; weight: number }
  | { code: 'same_photo'; weight: number }
  | { code: 'similar_photo'; bits: number; weight: number }
  | { code: 'concepts'; concepts: string[]; weight: number }
  | { code: 'floors'; floors: number[]; weight: number }
  | { code: 'other_floors'; weight: number }
  | { code: 'other_level'; weight: number }
  | { code: 'same_level'; levels: number[]; weight: number }
  | { code: 'buildings'; buildings: number[]; weight: number }
  | { code: 'other_buildings'; weight: number }
  | { code: 'building_number'; numbers: number[]; weight: number }
  | { code: 'other_building_number'; weight: number }
  | { code: 'same_row'; rows: string[]; weight: number }
  | { code: 'km_post'; numbers: number[]; weight: number }
  | { code: 'other_km_post'; weight: number }
  | { code: 'other_colour'; weight: number }
  | { code: 'other_town'; weight: number }
  | { code: 'road'; roads: number[]; weight: number }
  | { code: 'other_road'; weight: number }
  | { code: 'other_side'; weight: number }
  | { code: 'script_names'; names: string[]; weight: number }
  /** Both tips closely match this third tip (its staff reference); added by the search, not by scorePair. */
  | { code: 'shared_match'; tip: string; weight: number }
  /** A closer likely duplicate of the tip (its staff reference) contradicts this one; added by the search (decision 0206). */
  | { code: 'told_apart_by_match'; tip: string; weight: number };

/** A reason that weighs against the pair: another colour, count, level, town or road, the names differ, a landmark told apart. */
export const speaksAgainst = (reason: DuplicateReason) => reason.weight < 0;

export interface PairScore {
  score: number;
  distanceM: number;
  reasons: DuplicateReason[];
}

export function prepareTip(tip: DedupTip): PreparedTip {
  return { ...tip, features: textFeatures(tip.text) };
}

export const round = (value: number, places = 3) => Math.round(value * 10 ** places) / 10 ** places;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** A resident on a map pin and one on GPS may both be right and still 100 m apart. */
function effectiveDistance(metres: number, a: DedupTip, b: DedupTip): number {
  const slack = (Math.min(a.accuracyM ?? 0, 200) + Math.min(b.accuracyM ?? 0, 200)) / 2;
  return Math.max(0, metres - slack);
}

/**
 * Share of the proximity weight at a distance: about 1 up to a third of the radius (one
 * compound, GPS and pin error), a half at half the radius, near 0 at the radius (a
 * neighbouring compound). A logistic curve centred on R/2, R/8 wide.
 */
export function proximityShare(metres: number, radiusM: number): number {
  if (metres >= radiusM) return 0;
  return 1 / (1 + Math.exp((metres - radiusM / 2) / (radiusM / 8)));
}

/** Cosine similarity of two n-gram sets. */
export function gramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

const undoubled = (name: string) => name.replace(/(\p{L})\1+/gu, '$1');

/** A final y after a consonant is the i that Indonesian and Vietnamese spellings write (Rudy / Rudi, Andy / Andi). */
const finalI = (name: string) => name.replace(/(?<=[^aeiouy])y$/u, 'i');

/**
 * Mandarin "hui" (汇, 惠, 辉) is said [xwei], its h soft, and Cantonese says it "wui": a listener writes
 * it "Wei" (Wei Long for Hui Long). A name's first syllable hui is read wei.
 */
export const huiAsWei = (name: string) => name.replace(/^hui(?![aeiou])/u, 'wei');

/**
 * The commonest Chinese family names as Vietnamese reads them (Hán-Việt) and as pinyin and the Chinese of
 * Cambodia spell them: one surname, one character (王 Vương / Wang, 陈 Trần / Chen, 林 Lâm / Lin / Lim). A
 * Vietnamese tip names the Chinese boss "ông Vương" whom another calls "Mr Wang".
 */
const SURNAME_SPELLINGS: ReadonlyMap<string, string> = new Map(
  [
    ['王', 'vuong wang'], ['陈', 'tran chen'], ['林', 'lam lin lim'], ['黄', 'hoang huang'], ['张', 'truong zhang'], ['吴', 'ngo wu'],
    ['杨', 'duong yang'], ['郑', 'trinh zheng'], ['刘', 'luu liu'], ['郭', 'quach guo kwok'], ['李', 'ly li'], ['赵', 'trieu zhao'],
  ].flatMap(([char, spellings]) => spellings!.split(' ').map((spelling) => [spelling, char!] as const)),
);

/**
 * Names match when equal, equal but for a doubled letter ("Rubby" / "Ruby") or a final y or i
 * ("Rudy" / "Rudi"), or a first "hui" heard "wei" (huiAsWei), or, from five letters on, one typo
 * apart ("Lotos" / "Lotus"), two letters swapped among them ("Pheonix" / "Phoenix"). Names with digits only exactly, or
 * against the same letters without the number.
 */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  // A code with digits (house C12-07, unit B3) is another house or unit a digit apart: C14-07 is two doors down. A name
  // with a number against the same name without one ("lucky8" / "Lucky" of "Lucky 8") is the same shop.
  const lettersA = a.replace(/\d+/g, '');
  const lettersB = b.replace(/\d+/g, '');
  if (lettersA !== a && lettersB !== b) return false;
  if (lettersA !== a || lettersB !== b) return lettersA === lettersB && lettersA.length >= 4;
  if (undoubled(a) === undoubled(b) || (a.length >= 4 && finalI(a) === finalI(b))) return true;
  if (SURNAME_SPELLINGS.has(a) && SURNAME_SPELLINGS.get(a) === SURNAME_SPELLINGS.get(b)) return true;
  if (a.length >= 3 && huiAsWei(a) === huiAsWei(b)) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b) || swappedOnce(a, b);
}

/** The same letters but two neighbours swapped ("pheonix" / "phoenix"). */
function swappedOnce(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((char, i) => char !== b[i]);
  return at >= 0 && at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export function hammingHex64(a: string, b: string): number | null {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) return null;
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x) {
    bits += Number(x & 1n);
    x >>= 1n;
  }
  return bits;
}

const PEOPLE_CATEGORIES: ReadonlySet<TipCategoryCode> = new Set(['RECRUITER', 'MONEY_MULE']);

const RELATED_CATEGORIES: ReadonlyArray<readonly [TipCategoryCode, TipCategoryCode]> = [
  // People held inside are reported from the compound that holds them.
  ['SCAM_COMPOUND', 'PERSON_HELD'],
  ['RECRUITER', 'MONEY_MULE'],
];

const hasName = (names: Iterable<string>, name: string) => [...names].some((other) => sameName(name, other));

const compact = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
const DISTRICT_NAMES = new Set(DISTRICTS.map((district) => compact(district.en)));
const LONG_DISTRICT_NAMES = [...DISTRICT_NAMES].filter((name) => name.length >= 7);

/**
 * A district's name (lib/geo/districts.ts) as written in Latin letters: it says which town, not
 * which compound. Spellings vary ("Srae Ambel", "Sre Ambel", "Srê Ambel"): from seven letters one
 * letter may differ. Not by skeleton: "Angkor Pearl" and "Angkor Borei" are both NKLPL.
 */
export function isDistrictName(name: string): boolean {
  const letters = compact(name);
  return DISTRICT_NAMES.has(letters) || (letters.length >= 7 && LONG_DISTRICT_NAMES.some((district) => Math.abs(district.length - letters.length) <= 1 && editDistanceAtMostOne(district, letters)));
}

/**
 * A Khmer commune is an area's name and which part of it: Chak Angre Leu (upper) and Krom (lower), Boeng Keng
 * Kang Muoy, Pir (one, two); in Khmer letters លើ, ក្រោម, ទី១.
 */
const COMMUNE_PART = /(?:\s+(?:leu|ler|krom|kraom|(?:ti\s+)?(?:muoy|pir|bei)|[1-3])|លើ|ក្រោម|ទី[១២៣])$/u;
const areaOf = (name: string) => name.replace(COMMUNE_PART, '');

/** A town's or an area's name as the concepts know it ("Chak Angre", "Otres", "Chak Angre Krom"): it says where, not which compound. */
const areaConcept = (name: string) => [conceptOfTerm(name), conceptOfTerm(areaOf(name))].find((concept) => concept && ['town', 'place'].includes(concept.group));
const isAreaName = (name: string) => !!areaConcept(name);

/**
 * Khmer names villages, communes and areas by a word for the land or a landmark and a word of its
 * own: Veal (plain) Rinh, Prey (forest) Nob, Tuol (mound) Kork, Trapeang (pond), Boeng (lake), Stueng
 * (river), Prek (canal), Srae (rice field), Chamkar (plantation), Phum (village), Sala (hall) Kamreuk; and by its market
 * or its pagoda, Phsar (Psar) Nat, Wat Leu. A shared name that opens so, in Latin letters or Khmer, says which area, not
 * which compound; and one tip at it and another near it may be about one place (landmarksMet).
 */
const KHMER_PLACE_START = /^(?:veal|prey|tuol|toul|trapeang|trapaing|boeng|boeung|beung|stueng|stung|steung|prek|preaek|srae|sre|chamkar|phum|phumi|sala|phsar|psar|psa|wat|voat)\s/u;
// A road's name in Latin letters ("Phlov Ekareach") says which road, not which building on it; in Khmer or Thai letters
// it is no name at all (native-names.ts ROAD_NAME).
const KHMER_PLACE_START_NATIVE = /^(?:វាល|ព្រៃ|ទួល|ត្រពាំង|បឹង|ស្ទឹង|ព្រែក|ស្រែ|ចំការ|ភូមិ|សាលា|ផ្សារ|វត្ត)/u;
const ROAD_START = /^(?:phlov|phlauv)\s/u;
const isKhmerPlaceName = (name: string) => KHMER_PLACE_START.test(name) || KHMER_PLACE_START_NATIVE.test(name) || ROAD_START.test(name);
const isPlaceName = (name: string) => isDistrictName(name) || isAreaName(name) || isKhmerPlaceName(name);

/**
 * The area whose name the shared names only are, in either tip (its parts in any order, or some of them:
 * "Angre" of Chak Angre Krom), or null: a district's, an area's, a village's or a road's name.
 */
function sharedPlaceName(shared: readonly string[], a: TextFeatures, b: TextFeatures): string | null {
  if (shared.length === 1 && isPlaceName(shared[0]!)) return shared[0]!;
  const parts = shared.flatMap((name) => name.split(/\s+/));
  for (const features of [a, b]) {
    for (const [joined, words] of features.joinedNames) {
      if (!parts.every((part) => words.includes(part))) continue;
      if ((words.length === parts.length && isDistrictName(joined)) || isPlaceName(words.join(' '))) return words.join(' ');
    }
  }
  return null;
}

/** Names of `mine` the other tip also gives, as written or run together ("Hong Yun" / "HongYun"). */
function sharedNames(mine: TextFeatures, theirs: TextFeatures): Set<string> {
  const shared = new Set<string>();
  for (const name of mine.names) if (hasName(theirs.names, name) || hasName(theirs.joinedNames.keys(), name)) shared.add(name);
  for (const [together, parts] of mine.joinedNames) if (hasName(theirs.names, together) || theirs.joinedNames.has(together)) parts.forEach((part) => shared.add(part));
  return shared;
}

function nameEvidence(a: TextFeatures, b: TextFeatures, oneTown = false): DuplicateReason | null {
  if (a.names.size > 0 && b.names.size > 0) {
    const [fewer, more] = a.names.size <= b.names.size ? [a, b] : [b, a];
    const shared = [...sharedNames(fewer, more)];
    // Every name of one tip in the other: the same place. Names left over on both sides
    // ("Golden Sands" / "White Sands"): two places sharing a word. A district's or an area's name left over on its
    // own ("Sokha ... Meanchey") says where, not who: it is no other name; inside a name ("Angkor Pearl") it is the name's.
    // Nor a titled person's left over ("Sabay Work ... the recruiter Vuthy"): who works there, not another place.
    const inJoinedName = (name: string) => [...fewer.joinedNames.values()].some((parts) => parts.length > 1 && parts.includes(name));
    const own = [...fewer.names].filter((name) => shared.includes(name) || (!isPlaceName(name) && !fewer.people.includes(name)) || inJoinedName(name));
    if (shared.length > 0 && shared.length === own.length) {
      const weight = shared.length >= 2 || fewer.joinedNames.size > 0 || more.joinedNames.has(shared[0]!) ? WEIGHTS.namesAll : SURNAME_SPELLINGS.has(shared[0]!) ? WEIGHTS.surnameOnly : oneTown ? WEIGHTS.namesAll : WEIGHTS.nameOne;
      return { code: 'names', names: shared.sort(), weight };
    }
    if (shared.length > 0) return { code: 'names_differ', weight: WEIGHTS.namesPartlyDiffer };
  }
  // A tip that places itself "near the Golden Lotus" is not about the Golden Lotus.
  const landmarks = [...a.names].filter((name) => hasName(b.landmarks, name)).concat([...b.names].filter((name) => hasName(a.landmarks, name)));
  if (landmarks.length > 0) return { code: 'landmark', names: [...new Set(landmarks)].sort(), weight: WEIGHTS.namesDiffer };
  if (a.names.size > 0 && b.names.size > 0) return { code: 'names_differ', weight: WEIGHTS.namesDiffer };
  return null;
}

/**
 * A name of one tip that is the letters of the other's messaging handle ("Chen Wei" / tg
 * chenwei_hr88, វណ្ណា "vanna" / @vanna_aba): recruiters name their accounts after themselves.
 */
function handleNameEvidence(a: TextFeatures, b: TextFeatures, oneTown = false): DuplicateReason | null {
  const found = new Set<string>();
  let joined = false;
  for (const [mine, theirs] of [[a, b], [b, a]] as const) {
    for (const handle of theirs.handleNames) {
      for (const name of mine.names) if (name.length >= 4 && !isPlaceWord(name) && sameName(name, handle)) found.add(name);
      for (const [together, parts] of mine.joinedNames) {
        if (sameName(together, handle)) {
          found.add(parts.join(' '));
          joined = true;
        }
      }
      for (const name of mine.scripts.names) if (name.readings.includes(handle)) found.add(name.text);
    }
  }
  if (found.size === 0) return null;
  return { code: 'names', names: [...found].sort(), weight: joined || found.size >= 2 || oneTown ? WEIGHTS.namesAll : WEIGHTS.nameOne };
}

/** A number of 7 digits or more, or a messaging handle: a phone or an account, not a count or a building's number. */
const weighsAsPhone = (value: string) => WEIGHTS.numberByDigits[value.length] === undefined;

function numberEvidence(a: ReadonlySet<string>, b: ReadonlySet<string>): DuplicateReason | null {
  const shared = [...a].filter((value) => b.has(value)).sort();
  if (shared.length === 0) return null;
  const total = shared.reduce((sum, value) => sum + (weighsAsPhone(value) ? WEIGHTS.numberLong : WEIGHTS.numberByDigits[value.length]!), 0);
  return { code: 'numbers', numbers: shared, weight: round(Math.min(total, WEIGHTS.numbersCap)) };
}

function photoEvidence(a: DedupTip['photos'], b: DedupTip['photos']): DuplicateReason | null {
  if (a.some((photo) => b.some((other) => other.sha256 === photo.sha256))) return { code: 'same_photo', weight: WEIGHTS.samePhoto };
  let best = Infinity;
  for (const photo of a) for (const other of b) best = Math.min(best, hammingHex64(photo.phash, other.phash) ?? Infinity);
  if (best <= WEIGHTS.similarPhotoBits) return { code: 'similar_photo', bits: best, weight: WEIGHTS.similarPhoto };
  if (best <= WEIGHTS.relatedPhotoBits) return { code: 'similar_photo', bits: best, weight: WEIGHTS.relatedPhoto };
  return null;
}

const intersect = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>) => [...a].filter((value) => b.has(value));
const inGroup = (concepts: ReadonlySet<string>, group: string) => new Set([...concepts].filter((id) => CONCEPTS.get(id)?.group === group));
/** The name words a tip gives, one word for what a language says with one (sameNameWord: ocean is sea). */
const nameWordsOf = (features: TextFeatures) => new Set([...inGroup(features.concepts.concepts, 'name')].map(sameNameWord));

/** Colours one tipster names for what another calls the other: gold paint looks yellow, silver cladding grey or white, cream yellow or white. */
const KINDRED_COLOURS: ReadonlyArray<readonly [string, string]> = [
  ['gold', 'yellow'], ['silver', 'grey'], ['silver', 'white'], ['beige', 'yellow'], ['beige', 'white'], ['blue-green', 'blue'], ['blue-green', 'green'],
];
const sameColour = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  intersect(a, b).length > 0 || KINDRED_COLOURS.some(([x, y]) => (a.has(x) && b.has(y)) || (a.has(y) && b.has(x)));

/**
 * What one tip tells its place from (the casino it stands behind, "not the one behind the market":
 * concepts.ts otherPlace) that the other gives as its own place: two of its described pieces (the casino
 * and its gold dome, kindred colours alike), or a spot it says it is not at, which only a "not" gives.
 * The tip is about the other's neighbour, as when it names it as a landmark.
 */
function toldFrom(a: TextFeatures, b: TextFeatures): string[] {
  const met = (mine: TextFeatures, theirs: TextFeatures) => {
    const own = theirs.concepts.concepts;
    const colours = inGroup(own, 'colour');
    return [...mine.concepts.concepts].flatMap((id) => {
      const other = otherPlace(id);
      const concept = other ? CONCEPTS.get(other) : undefined;
      // Both told from it: two tips that stand behind one casino.
      if (!other || !concept || concept.weight < WEIGHTS.describedPiece || theirs.concepts.concepts.has(id)) return [];
      return own.has(other) || (concept.group === 'colour' && sameColour(new Set([other]), colours)) ? [other] : [];
    });
  };
  for (const found of [met(a, b), met(b, a)]) if (found.length >= 2 || found.some((id) => CONCEPTS.get(id)?.group === 'place')) return found.sort();
  return [];
}

/** The building counts a tip gives ("2 blocks", "两栋"). */
const counts = (concepts: ReadonlySet<string>) => new Set([...concepts].map(buildingCount).filter((count): count is number => count !== null));
const kmPostsOf = (concepts: ReadonlySet<string>) => [...concepts].map(kmPost).filter((value): value is number => value !== null);
const buildingNumbers = (concepts: ReadonlySet<string>) => new Set([...concepts].map(buildingNumber).filter((value): value is number => value !== null));
/** The floors a tip says it is about ("floors 7-9", 七楼到九楼), not how many the building has. */
const floorLevels = (concepts: ReadonlySet<string>) => new Set([...concepts].map(floorLevel).filter((level): level is number => level !== null));
/**
 * Building numbers and kilometre posts, when both tips give one: then weighed as which building or which post; else a bare
 * "17" against "building 17" is still a number in common.
 */
const numberedBoth = (a: TextFeatures, b: TextFeatures) => {
  const [mine, theirs] = [buildingNumbers(a.concepts.concepts), buildingNumbers(b.concepts.concepts)];
  const [postsMine, postsTheirs] = [kmPostsOf(a.concepts.concepts), kmPostsOf(b.concepts.concepts)];
  return [...(mine.size && theirs.size ? [...mine, ...theirs] : []), ...(postsMine.length && postsTheirs.length ? [...postsMine, ...postsTheirs] : [])];
};

/**
 * The town or province an area or border town lies in: "Otres" and 西港 (Sihanoukville) are not
 * two towns, nor "Tuol Kork" and "Phnom Penh", nor "Bavet" and "Svay Rieng".
 */
const TOWN_AROUND: Readonly<Record<string, string>> = {
  otres: 'sihanoukville', ochheuteal: 'sihanoukville', 'victory hill': 'sihanoukville', ream: 'sihanoukville', 'prey nob': 'sihanoukville', 'stueng hav': 'sihanoukville', 'koh rong': 'sihanoukville',
  'sen sok': 'phnom penh', 'chroy changvar': 'phnom penh', dangkao: 'phnom penh', 'tuol kork': 'phnom penh', bkk: 'phnom penh', 'chbar ampov': 'phnom penh',
  'prek pnov': 'phnom penh', 'russey keo': 'phnom penh', 'mean chey': 'phnom penh', 'por senchey': 'phnom penh', 'chamkar mon': 'phnom penh',
  'daun penh': 'phnom penh', kamboul: 'phnom penh', 'boeung tumpun': 'phnom penh', 'toul sangke': 'phnom penh',
  'ta khmau': 'kandal', 'chrey thom': 'kandal', bavet: 'svay rieng', 'cham yeam': 'koh kong', 'thma sa': 'koh kong', sangkae: 'battambang', banan: 'battambang',
};
const withTownsAround = (towns: ReadonlySet<string>) => new Set([...towns, ...[...towns].flatMap((town) => (TOWN_AROUND[town] ? [TOWN_AROUND[town]] : []))]);

/** The colours a tip gives a part of its place (roof, wall, gate), by part. */
function partColours(concepts: ReadonlySet<string>): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  for (const id of concepts) {
    const part = partColour(id);
    if (part) parts.set(part[0], (parts.get(part[0]) ?? new Set()).add(part[1]));
  }
  return parts;
}

/**
 * One part said in one colour by both tips ("pink walls" / กำแพงสีชมพู, "red roof" / 红屋顶, kindred
 * colours alike): one id a part ("wall:pink"). Two passers-by who name the colour of the same wall
 * saw more of one place than the colour alone, which may be the tower's, the sign's or a bus's.
 */
function sharedPartColours(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const mine = partColours(a);
  const theirs = partColours(b);
  const shared: string[] = [];
  for (const [part, colours] of mine) {
    const other = theirs.get(part);
    if (!other || !sameColour(colours, other)) continue;
    const colour = [...colours].find((id) => other.has(id)) ?? [...colours][0]!;
    shared.push(`${part}:${colour}`);
  }
  return shared;
}

/**
 * A shared concept's weight. A part's colour in common adds nothing to the sum, where its colour and its
 * part are weighed already; it is one described piece of its own (describedPieces, WEIGHTS.partColour).
 */
const conceptWeight = (id: string) => (partColour(id) ? 0 : (CONCEPTS.get(id)?.weight ?? 0));

/** A number that may be which floor (FLOORS_OR_LEVEL: "၉ ထပ်မှာ") and is under the other tip's count: a floor of its building. */
const floorOfTheOther = (said: TextFeatures, counted: TextFeatures) =>
  said.concepts.concepts.has(FLOORS_OR_LEVEL) && Math.max(...said.concepts.floors) < Math.max(...counted.concepts.floors);

const highRiseTower = (said: TextFeatures, counted: TextFeatures) =>
  said.concepts.concepts.has('tower') && said.concepts.floors.size === 0 && !counted.concepts.concepts.has('tower') && [...counted.concepts.floors].some((floors) => floors >= WEIGHTS.highFloors);

/** Shared concepts, floor counts and road numbers; other colours, towns, counts and roads. */
function conceptEvidence(a: TextFeatures, b: TextFeatures, distanceM: number, namesWeighed: boolean): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  // A translated name word ("Silver Moon" / 银月) stands in for names only where they could not be compared.
  const shared = intersect(a.concepts.concepts, b.concepts.concepts).filter((id) => (CONCEPTS.get(id)?.weight ?? 0) > 0 && !(namesWeighed && CONCEPTS.get(id)?.group === 'name'));
  const coloursA = inGroup(a.concepts.concepts, 'colour');
  const coloursB = inGroup(b.concepts.concepts, 'colour');
  // Vietnamese xanh is one word for blue and green: against either, it is the colour in common.
  const xanh = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x.has('blue-green') && !y.has('blue-green') && (y.has('blue') || y.has('green'));
  if (xanh(coloursA, coloursB) || xanh(coloursB, coloursA)) shared.push('blue-green');
  shared.push(...sharedPartColours(a.concepts.concepts, b.concepts.concepts));
  // "12층" is what "the grey towers" says without a count: a building of ten floors or more is a tower.
  if (highRiseTower(a, b) || highRiseTower(b, a)) shared.push('tower');
  if (shared.length) {
    const total = shared.reduce((sum, id) => sum + conceptWeight(id), 0);
    shared.sort((x, y) => conceptWeight(y) - conceptWeight(x) || x.localeCompare(y));
    if (total >= 0.01) reasons.push({ code: 'concepts', concepts: shared, weight: round(Math.min(total, WEIGHTS.conceptsCap)) });
  }
  if (a.concepts.floors.size && b.concepts.floors.size) {
    const floors = intersect(a.concepts.floors, b.concepts.floors).sort((x, y) => x - y);
    // Few buildings in a Cambodian town rise ten floors or more: a high count in common says more than "3 floors".
    const high = floors.some((floor) => floor >= WEIGHTS.highFloors);
    if (floors.length) reasons.push({ code: 'floors', floors, weight: high ? WEIGHTS.sameHighFloors : WEIGHTS.sameFloors });
    else if (!floorOfTheOther(a, b) && !floorOfTheOther(b, a)) reasons.push({ code: 'other_floors', weight: WEIGHTS.otherFloors });
  }
  const buildingsA = counts(a.concepts.concepts);
  const buildingsB = counts(b.concepts.concepts);
  if (buildingsA.size && buildingsB.size) {
    const buildings = intersect(buildingsA, buildingsB).sort((x, y) => x - y);
    reasons.push(buildings.length ? { code: 'buildings', buildings, weight: WEIGHTS.sameBuildings } : { code: 'other_buildings', weight: WEIGHTS.otherBuildings });
  }
  const numbersA = buildingNumbers(a.concepts.concepts);
  const numbersB = buildingNumbers(b.concepts.concepts);
  if (numbersA.size && numbersB.size) {
    const numbers = intersect(numbersA, numbersB).sort((x, y) => x - y);
    reasons.push(numbers.length ? { code: 'building_number', numbers, weight: WEIGHTS.sameBuildingNumber } : { code: 'other_building_number', weight: WEIGHTS.otherBuildingNumber });
  }
  // One kilometre post on the road out of town, give or take the one next to it (a compound spans a few hundred metres): one place;
  // posts further apart are two (0165).
  const postsA = kmPostsOf(a.concepts.concepts);
  const postsB = kmPostsOf(b.concepts.concepts);
  if (postsA.length && postsB.length) {
    const posts = postsA.filter((post) => postsB.some((other) => Math.abs(other - post) <= 1)).sort((x, y) => x - y);
    reasons.push(posts.length ? { code: 'km_post', numbers: posts, weight: WEIGHTS.sameKmPost } : { code: 'other_km_post', weight: WEIGHTS.otherKmPost });
  }
  // Two groups on other floors of one tower ("floors 7-9" / "lantai 15 dan 16") are two compounds (0151). One tip at least
  // names the floors a group holds (two or more): a single floor is as often where one person is held ("I'm on the 7th"),
  // and two people of one compound are on other floors.
  const levelsA = floorLevels(a.concepts.concepts);
  const levelsB = floorLevels(b.concepts.concepts);
  const levels = intersect(levelsA, levelsB).sort((x, y) => x - y);
  if (levelsA.size && levelsB.size && Math.max(levelsA.size, levelsB.size) >= 2 && levels.length === 0) reasons.push({ code: 'other_level', weight: WEIGHTS.otherLevel });
  // One floor in common ("I'm on the 7th", 我们住七楼, lt 7) is where one tipster and another were held or saw the group; two
  // (tầng 1-3, ជាន់ទី ១ ដល់ ៣) are the group's floors, as a floor count is the building's. Not one floor met in two ranges:
  // floors 3 to 6 and 二楼三楼 are two groups' floors that touch. A floor is a building's: not across a town.
  else if (distanceM <= WEIGHTS.wideRadiusM && (levels.length >= 2 || (levels.length === 1 && Math.min(levelsA.size, levelsB.size) === 1))) {
    reasons.push({ code: 'same_level', levels, weight: levels.length >= 2 ? WEIGHTS.sameFloors : WEIGHTS.sameLevel });
  }
  // Two rows or two phases of one estate are two lets, as two building numbers are two buildings (0157, 0168); one row
  // or phase in common ("ជួរ C", "C열", "C排"; "phase 2", 二期) says which of them, as a building's number does. So do a
  // house's number (C12-07 / C14-07), a plot's gate number (ទ្វារលេខ ១២ / 7번 게이트) and a row's number (baris 12 /
  // 14排), looked at first: block C in common is no evidence when the rows in it differ.
  for (const kind of ['house:', 'gate_no:', 'lane:', 'row:', 'phase:']) {
    const [mine, theirs] = [a, b].map((features) => new Set([...features.concepts.concepts].filter((id) => id.startsWith(kind))));
    if (!mine!.size || !theirs!.size) continue;
    const rows = intersect(mine!, theirs!);
    if (rows.length === 0 && !reasons.some((reason) => reason.code === 'other_building_number')) reasons.push({ code: 'other_building_number', weight: WEIGHTS.otherBuildingNumber });
    else if (rows.length && !reasons.some((reason) => reason.code === 'building_number' || reason.code === 'other_building_number' || reason.code === 'same_row')) {
      // A house's or a gate's number is one plot, as a building's number is one building; said with "#" ("#C1207", "#7"),
      // which reads as a number in every language, apart from a row's letter or number.
      const plot = kind === 'house:' || kind === 'gate_no:';
      reasons.push({ code: 'same_row', rows: rows.map((id) => `${plot ? '#' : ''}${id.slice(kind.length).toUpperCase()}`).sort(), weight: plot ? WEIGHTS.sameBuildingNumber : WEIGHTS.sameRow });
    }
  }
  // One part (roof, wall, gate) said by both in colours none alike: a red roof and a blue one are two
  // buildings, whatever else is white.
  const partsA = partColours(a.concepts.concepts);
  const partsB = partColours(b.concepts.concepts);
  const otherPart = [...partsA].some(([part, colours]) => partsB.has(part) && !sameColour(colours, partsB.get(part)!));
  if ((coloursA.size && coloursB.size && !sameColour(coloursA, coloursB)) || otherPart) {
    reasons.push({ code: 'other_colour', weight: WEIGHTS.otherColour });
  }
  // The right side of the rubber road and the left, north of the sluice gate and south of it: two compounds at one landmark (0167).
  if (oppositeSides(a.concepts.concepts, b.concepts.concepts)) reasons.push({ code: 'other_side', weight: WEIGHTS.otherSide });
  const townsA = withTownsAround(inGroup(a.concepts.concepts, 'town'));
  const townsB = withTownsAround(inGroup(b.concepts.concepts, 'town'));
  if (distanceM > WEIGHTS.otherTownM && townsA.size && townsB.size && intersect(townsA, townsB).length === 0) reasons.push({ code: 'other_town', weight: WEIGHTS.otherTown });
  if (a.concepts.roads.size && b.concepts.roads.size) {
    const roads = intersect(a.concepts.roads, b.concepts.roads).sort((x, y) => x - y);
    reasons.push(roads.length ? { code: 'road', roads, weight: WEIGHTS.sameRoad } : { code: 'other_road', weight: WEIGHTS.otherRoad });
  }
  return reasons;
}

/** A landmark's consonants, as said and, in Thai and Khmer, as spelt with its silenced letters (แกรนด์ "grand"), as its name's are. */
const landmarkShapes = (landmark: string) => [...new Set([skeleton(romanise(landmark)), speltSkeleton(landmark) ?? ''])].filter(Boolean);

/** The name is one of the other tip's landmarks by its whole reading, where consonants are too few to tell (鸿运 / ហុងយុន "hongyun"). */
const readsAsLandmark = (name: NativeName, theirs: TextFeatures) =>
  theirs.scripts.landmarks.some((landmark) => {
    const reading = compactLatin(landmark);
    return reading.length >= 5 && name.readings.includes(reading);
  });

/** Latin names of `mine` found in the other tip's Khmer, Thai, Burmese, Korean or Chinese runs. */
function namesInScript(mine: TextFeatures, theirs: TextFeatures): string[] {
  if (theirs.scripts.latin.length === 0) return [];
  const found: string[] = [];
  const candidates: [string, string[]][] = [...mine.joinedNames].concat([...mine.names].map((name) => [name, [name]]));
  // A name of three words and more that ends with a kind of place ("Green Island Resort") is written without it too
  // (กรีนไอส์แลนด์), as the whole of a chunk: a shorter name is more often the start of another's.
  const withoutKind = new Set<string>();
  for (const [, parts] of mine.joinedNames) {
    if (parts.length < 3 || conceptOfTerm(parts.at(-1)!)?.group !== 'kind') continue;
    withoutKind.add(parts.slice(0, -1).join(''));
    candidates.push([parts.slice(0, -1).join(''), parts.slice(0, -1)]);
  }
  const covered = new Set<string>();
  // What the other tip stands near (ក្បែរបុរី X) is not what it is about: a name met there is no name in common.
  const nearShapes = theirs.scripts.landmarks.flatMap(landmarkShapes);
  // A short name the other tip says it is not at (不是凯悦那个: "not the Kaiyue one") by its reading, as a long one by its consonants.
  const nearReadings = theirs.scripts.landmarks.map((landmark) => romanise(landmark).toLowerCase().replace(/[^a-z]/g, ''));
  for (const [name, parts] of candidates) {
    if (parts.every((part) => covered.has(part)) || (parts.length === 1 && isPlaceWord(name))) continue;
    const shapes = [...new Set([skeleton(name), ...spokenSkeletons(name)])];
    const compact = name.replace(/\s+/g, '');
    if (shapes.some((shape) => shape.length >= 3 && nearShapes.some((near) => near.includes(shape))) || (compact.length >= 4 && nearReadings.some((reading) => reading.startsWith(compact)))) {
      parts.forEach((part) => covered.add(part));
      continue;
    }
    // Exact pinyin or Han-Viet ("jinlong", "kimphuc"); the consonants of a chunk that starts
    // with the name ("ហ្គោលដិន" for "golden", "골든" ); or, for a long name, anywhere in a run,
    // or one consonant apart from six on in a Khmer, Thai, Burmese or Korean chunk
    // (ហ្វរឆូនហ្គេត "Fortune Gate": ch for t) when its last two consonants are there as written
    // ("Golden Bow Tower", KLTNPT, is not a "Golden Peach ...", KLTNPC). Pinyin is exact: no near match in Chinese.
    const exact = name.length >= 4 && (theirs.scripts.latin.some((run) => runHolds(run, name)) || surnameInHan(theirs.scripts.han, name));
    // A Korean's full name is all of its chunk (isKoreanFullName).
    const glued = isKoreanFullName(parts) ? 0 : 2;
    const chunk = shapes.some((shape) => shape.length >= 3 && (parts.length > 1 || shape.length >= 4) && theirs.scripts.chunks.some((run) => run.startsWith(shape) && run.length <= shape.length + glued));
    // One consonant apart only as the name is spelt, not as a cluster is said (spokenSkeletons): two changes are too many.
    const spelt = new Set([skeleton(name), ...spokenSkeletons(name, { clusters: false })]);
    const long = shapes.some(
      (shape) =>
        shape.length >= 5 &&
        (theirs.scripts.skeletons.some((run) => run.includes(shape)) || (shape.length >= 6 && spelt.has(shape) && theirs.scripts.chunks.some((run) => containsApprox(run, shape, 1) && run.includes(shape.slice(-2))))),
    );
    // Without its kind, a name is the whole of the chunk it is in, as about as long (กรีนไอส์แลนด์ KLNLN: "Green Island"), not
    // its start ("Golden Bow" is not โกลเด้นพีชการ์เด้น, "Golden Peach Garden").
    const wholeChunk = () => shapes.some((shape) => theirs.scripts.chunks.some((run) => run.slice(0, 3) === shape.slice(0, 3) && Math.abs(run.length - shape.length) <= 2));
    if (withoutKind.has(name) ? chunk || (long && wholeChunk()) : exact || chunk || long) {
      found.push(parts.join(' '));
      parts.forEach((part) => covered.add(part));
    }
  }
  // A Chinese name in a Burmese or Thai tip ("天宫") found in the other tip's Chinese.
  for (const name of mine.scripts.hanNames) {
    if (theirs.scripts.han.includes(name) || theirs.scripts.hanNames.some((other) => other.includes(name) || name.includes(other))) found.push(name);
  }
  return found;
}

/**
 * A Vietnamese is called by the last syllable of the name: 阮文明 (Nguyễn Văn Minh) is "Minh". A name in
 * characters is a Vietnamese one by its middle name, Văn (文) for a man, Thị (氏) for a woman.
 */
const vietGivenName = (name: NativeName) => (name.script === 'han' && /^\p{Script=Han}[文氏]\p{Script=Han}$/u.test(name.text) ? hanViet(name.text[2]!) : '');

/**
 * A one-syllable name in Chinese text (runHolds reads two at least): only as a surname's own character,
 * read by pinyin, Hán-Việt or a known spelling (王 for Wang or Vương, 范 for Phạm, 林 for Lim), not as any
 * character read so (网 "net" is wang too, 晨 "morning" chen).
 */
const surnameInHan = (han: string, name: string) =>
  [...han].some((char) => HAN_SURNAMES.has(char) && (compactLatin(char) === name || hanViet(char) === name || SURNAME_SPELLINGS.get(name) === char));

/**
 * A person's Chinese name and the Latin spelling a Cambodian-Chinese family gives it, one word
 * a character ("Ly Meng Hour" / 李明豪, "Lim Kok Hua" / 林国华): the spelling follows Teochew or
 * Khmer, not pinyin, so only each word's first sound is compared (hanOnsets). Three characters and
 * a surname first, so that two names meet by chance about one time in thousands. Or two, rarer
 * by chance only when more than first sounds agree: the surname by one of its spellings (SURNAME_SPELLINGS)
 * and the given name by the consonants of its pinyin or Hán-Việt reading, which keeps the final
 * consonants Teochew keeps, vowels aside ("Lim Meng" / 林明, pinyin ming; not "Lim Kok" / 林国, quốc).
 */
function sinoName(name: NativeName, parts: readonly string[]): boolean {
  const chars = [...name.text];
  if (chars.length !== parts.length || !HAN_SURNAMES.has(chars[0]!)) return false;
  const onsets = hanOnsets(name.text);
  const consonants = (word: string) => word.replace(/[aeiouy]/g, '');
  if (chars.length === 2) return SURNAME_SPELLINGS.get(parts[0]!) === chars[0] && [compactLatin(chars[1]!), hanViet(chars[1]!)].some((reading) => reading !== '' && consonants(reading) === consonants(parts[1]!));
  return chars.length === 3 && parts.every((word, i) => onsets[i]!.includes(onsetClass(word)));
}

/**
 * A foreign name that Chinese or Burmese writes by its sound (斯蕾莉, စရေလိ: Srey Leak; 高万娜: Keo
 * Vanna), met in another script or in Latin letters by the first sounds of its syllables, three or
 * more: fewer are shared by too many names (达拉 Dara, 索卡 Sokha: "tl", "sk"). Not a Latin name of
 * a word for each character: that is how a Chinese name is spelt, which sinoName weighs.
 */
function spokenBySyllables(name: NativeName, theirs: TextFeatures, latinParts: readonly (readonly string[])[]): boolean {
  if (name.script !== 'han' && name.script !== 'myanmar') return false;
  const own = nameOnsets(name).filter((onsets) => onsets.length >= 3);
  if (own.length === 0) return false;
  const bySound = latinParts.filter((parts) => name.script !== 'han' || parts.length !== [...name.text].length);
  const others = [...theirs.scripts.names.filter((other) => other.script !== name.script).flatMap(nameOnsets), ...bySound.map((parts) => syllableOnsets(parts))];
  return others.some((onsets) => own.includes(onsets));
}

/**
 * A short tip gives part of a Khmer or Thai name as Chinese ones do (凤凰 / 金凤凰): คาสิโนมรกต for
 * คาสิโนมงกุฎมรกต, as "Emerald" for "Emerald Crown" (all of one tip's names in the other). Four
 * consonants at least, and not a word that leads many names alone (โกลเด้น, golden).
 */
function holdsShorterName(name: NativeName, other: NativeName): boolean {
  if (name.script !== other.script || (name.script !== 'khmer' && name.script !== 'thai') || other.skeleton.length < 4 || name.text === other.text) return false;
  return name.text.includes(other.text) && !leadWordOnly(other);
}

/** A name that is only a word leading many names (โกลเด้น, golden): it starts other names too. */
const leadWordOnly = (name: NativeName) => LEAD_NAME_WORDS.has(conceptOfTerm(name.text)?.id ?? '');

/**
 * A Latin name and a Khmer, Thai, Korean or Chinese one met by skeleton agree on -n and -ng too: Latin
 * letters write them apart as those scripts do (Kim Lien, read "jinlian", is not ជីនឡុង "chinlong").
 */
function latinNasals(latin: string, name: NativeName): boolean {
  if (name.script === 'myanmar') return true;
  const owns = [skeleton(romanise(name.text), true), skeleton(romanise(name.text.replace(/[\u0e4c\u17cd]/gu, '')), true)];
  const latins = [skeleton(latin, true), spokenSkeleton(latin, true)];
  const plain = (shape: string) => shape.replace(/G/g, 'N');
  // Judged only where the nasals are what tells the two apart.
  if (!latins.some((shape) => owns.some((own) => plain(own) === plain(shape)))) return true;
  return latins.some((shape) => owns.includes(shape));
}

/** A Chinese name and a Khmer, Thai or Korean one agree on -n and -ng (金莲 jinlian is not ជីនឡុង "chinlong"). */
function sameNasals(a: NativeName, b: NativeName): boolean {
  if ((a.script !== 'han' && b.script !== 'han') || a.script === 'myanmar' || b.script === 'myanmar') return true;
  return skeleton(romanise(a.text), true) === skeleton(romanise(b.text), true);
}


/**
 * A titled person's name read as `reading`, or as Chinese writes a foreign name: with l for r, a
 * sound Mandarin has not at a syllable's start in loanwords (鲁迪 "ludi" for Rudi, 罗莎 for Rosa), a
 * final i for the y of Latin spellings (Rudy), and no aspirate (索卡 for Sokha): romanise heardInChinese.
 */
function personReads(name: NativeName, reading: string, otherHan = false): boolean {
  if (name.readings.includes(reading)) return true;
  if (name.script !== 'han' && !otherHan) return false;
  return name.readings.some((own) => heardInChinese(own) === heardInChinese(reading));
}

/**
 * Two people named in Khmer or Thai, scripts that write every vowel: the same consonants with other
 * vowels are another name (ដារ៉ា Dara, ដារី Dari), as they are not across scripts, whose spellings of
 * one name differ in their vowels.
 */
const vowelsTellApart = (a: NativeName, b: NativeName) => !!a.person && !!b.person && a.script === b.script && (a.script === 'khmer' || a.script === 'thai') && !a.readings.some((reading) => b.readings.includes(reading));

// Thai and Khmer spell a Chinese name syllable for syllable, and sameNasals keeps -n from -ng: three consonants tell enough (0183).
const spelledBySound = (a: NativeName['script'], b: NativeName['script'] | undefined) => (a === 'han' && (b === 'thai' || b === 'khmer')) || (b === 'han' && (a === 'thai' || a === 'khmer'));

// 老张, 小陈: a title and a surname, read as two syllables ("Lao Zhang"), its consonants as telling as a two-character name's.
const CALLED_BY_SURNAME = /^[老小]\p{Script=Han}$/u;

/**
 * Names `mine` writes in Chinese, Khmer, Thai, Korean or Burmese script that the other tip gives
 * too: in the same script (金帆 in 西港奥特雷斯路那边的金帆园区), by a reading (金帆 "jinfan" /
 * "Jin Fan", Hán-Việt "kimpham" / "Kim Phàm"; សុខា "sokha" / "Sokha") or by the consonants of a
 * transliteration (金帆 / ជីនហ្វាន / 진판: CNPN). Chinese is compared with Latin letters by reading
 * only (pinyin is exact), with another script's name by a skeleton of four consonants or more.
 */
function nativeNamesShared(mine: TextFeatures, theirs: TextFeatures): NativeName[] {
  const singleNames = [...theirs.names].filter((name) => !isPlaceWord(name));
  const latinNames = singleNames.concat([...theirs.joinedNames.keys()]);
  const latinParts = singleNames.map((name) => [name]).concat([...theirs.joinedNames.values()]);
  // The other tip stands near this name (ใกล้คาสิโนX): met there, it is a neighbour, not a name in common.
  const nearShapes = theirs.scripts.landmarks.flatMap(landmarkShapes);
  return mine.scripts.names.filter((name) => {
    const han = name.script === 'han';
    if ((name.skeleton.length >= 3 && nearShapes.some((near) => near === name.skeleton || (name.skeleton.length >= 4 && near.includes(name.skeleton)))) || readsAsLandmark(name, theirs)) return false;
    // A landmark of the other tip; or a name this tip also gives in Latin letters ("华信广场（Huaxin
    // Plaza）"), which the Latin names already weighed, "names differ" included.
    if (theirs.scripts.landmarks.some((landmark) => landmark === name.text || landmark.startsWith(name.text) || (name.text.length >= 3 && landmark.includes(name.text))) || name.readings.some((reading) => mine.names.has(reading) || mine.joinedNames.has(reading))) return false;
    // Khmer has no "sh": a foreign sh is written ស (សានហៃ for Shan Hai), so a Latin sh reads s against it. Korean
    // writes an aspirate without h (소카 "soka" for Sokha, 티다 for Thida): a Latin kh, th or ph reads k, t or p against it.
    const reads = (reading: string) =>
      reading.length >= 4 &&
      (name.readings.includes(reading) ||
        (name.script === 'khmer' && reading.includes('sh') && name.readings.includes(reading.replace(/sh/g, 's'))) ||
        // Khmer doubles a consonant under another (វណ្ណៈ, សុវណ្ណ) that Latin spellings write once as often as twice (Vanak, Sovan).
        (name.script === 'khmer' && reading.length >= 5 && name.readings.some((own) => own.length >= 5 && undoubled(own) === undoubled(reading))) ||
        (name.script === 'hangul' && /[ktp]h/.test(reading) && name.readings.includes(unaspirated(reading))) ||
        // A foreign person's name in Chinese characters (达拉, Dara), as Chinese hears it, against any spelling of it.
        (han && !!name.person && personReads(name, reading)));
    // Four consonants between a Chinese name and another script's, three where the other spells it by sound (0183).
    const shapeFloor = (script?: NativeName['script']) => (spelledBySound(name.script, script) || (han ? CALLED_BY_SURNAME.test(name.text) : script !== 'han') ? 3 : 4);
    const sameShape = (shape: string, script?: NativeName['script']) =>
      (shape === name.skeleton || shape === name.spelt) && shape.length >= shapeFloor(script) && !(han && (script === 'han' || script === undefined));
    return (
      theirs.scripts.names.some(
        (other) =>
          other.text === name.text ||
          (han && other.script === 'han' && other.text.length >= 2 && name.text.includes(other.text)) ||
          holdsShorterName(name, other) ||
          other.readings.some(reads) ||
          // Two people called by their short names, each with a title (김실장 / 金室长 "Kim", 兰姐 / ឈ្មោះ ឡាន "Lan").
          (!!name.person && !!other.person && other.readings.some((reading) => reading.length >= 3 && personReads(name, reading, other.script === 'han'))) ||
          (!!name.person && !!other.person && [vietGivenName(other), vietGivenName(name)].some((given, i) => given.length >= 3 && (i === 0 ? name : other).readings.includes(given))) ||
          ((sameShape(other.skeleton, other.script) || (!!other.spelt && sameShape(other.spelt, other.script))) && sameNasals(name, other) && !vowelsTellApart(name, other)),
      ) ||
      (han && theirs.scripts.han.includes(name.text)) ||
      (han && [...theirs.joinedNames.values()].some((parts) => sinoName(name, parts))) ||
      // A titled person (兰姐) by the name alone, as the other tip writes it after its own title ("Chị Lan").
      (!!name.person && latinNames.concat(theirs.people).some((latin) => personReads(name, latin))) ||
      spokenBySyllables(name, theirs, latinParts) ||
      latinNames.some((latin) => reads(latin) || ((sameShape(skeleton(latin)) || spokenSkeletons(latin).some((shape) => sameShape(shape))) && latinNasals(latin, name))) ||
      (!han && name.readings.some((reading) => reading.length >= 4 && (theirs.scripts.latin.some((run) => runHolds(run, reading)) || surnameInHan(theirs.scripts.han, reading)))) ||
      // A Chinese name spelt by its pinyin as a whole Khmer word (海龙 / ហៃឡុង "hailong"): exact, as pinyin
      // is, and in a tip without Chinese (海隆 is also "hailong").
      (han && theirs.scripts.han === '' && name.readings.some((reading) => reading.length >= 6 && theirs.scripts.latin.includes(reading))) ||
      (!han && !leadWordOnly(name) && unmarkedInChunks(name.skeleton, theirs.scripts.chunks, isHangulFullName(name))) ||
      // A tip that names nothing, by two of its words running ("pailin daimon hil" / ដាយម៉ុនហ៊ីល; "blue
      // sky bavet" / 蓝天 "bluesky"): a whole reading, or a skeleton of four consonants or more.
      // Or a Chinese name's pinyin as the first of the two words ("Kaiyue lt 9" / 凯悦大厦): exact, six letters or more.
      theirs.wordPairs.some((pair) => reads(pair) || (han && name.readings.some((reading) => reading.length >= 6 && pair.startsWith(reading))) || (!han && pairShapes(pair).some((shape) => shape.length >= 4 && sameShape(shape))))
    );
  });
}

/**
 * A Khmer, Thai, Korean or Burmese name met in the other tip's Khmer, Thai, Korean or Burmese text
 * where nothing marks it as a name ('세콩 팰리스' / ဆီကောင်းပဲလေ့စ် မှာ, 'ตโบงเคียวปาร์ค' / សួនត្បូងខៀវ
 * at the start of a tip), as a Latin name is (namesInScript): a chunk that starts with its skeleton
 * (four consonants or more), or, from six, holds it one consonant apart.
 */
function unmarkedInChunks(shape: string, chunks: readonly string[], whole = false): boolean {
  if (shape.length < 4) return false;
  if (whole) return chunks.includes(shape);
  return chunks.some((run) => (run.startsWith(shape) && run.length <= shape.length + 2) || (shape.length >= 6 && containsApprox(run, shape, 1)));
}

const namesPlace = (features: TextFeatures) => features.names.size > 0 || features.scripts.names.some((name) => name.script === 'han' && !name.person);
const namesSomething = (features: TextFeatures) => features.names.size > 0 || features.scripts.names.length > 0;
/** No name, not even a landmark's, is read in the tip: it writes without capitals (or names nothing). */
const namesNothing = (features: TextFeatures) => !namesSomething(features) && features.landmarks.size === 0;

/**
 * A word of the tip as written, or with a letter doubled or not ("vannak" for Vanak). Not one letter apart, as sameName
 * allows between names: among all the words of a tip, one is too often a name but for a letter (dưỡng, Vương).
 */
const undoubledWords = new WeakMap<TextFeatures, Set<string>>();
function hasWordLike(features: TextFeatures, word: string): boolean {
  if (features.grams.has(`w:${word}`)) return true;
  let words = undoubledWords.get(features);
  if (!words) {
    words = new Set([...features.grams].filter((gram) => gram.startsWith('w:') && gram.length - 2 >= 5).map((gram) => undoubled(gram.slice(2))));
    undoubledWords.set(features, words);
  }
  return words.has(undoubled(word));
}

/** A name word the tip says only of the place it is not, or stands by ("diamond crown, bukan grand diamond": grand). */
function saidOnlyOfAnother(features: TextFeatures, word: string): boolean {
  const id = conceptOfTerm(word)?.id;
  return !!id && features.concepts.concepts.has(otherPlaceConcept(id)) && !features.concepts.concepts.has(id);
}

/**
 * Two words running in a name of `mine` that a tip written without capitals also has ("Hung Long
 * Trading" / "hung long bavet cong xanh"): it names nothing in capitals, so its names can only be
 * found among its words. Two, where a name's later words may be every other tip's words ("sands",
 * "villas"); one, of five letters or more, where it is the name's first word or its only one and no
 * concept, place or name word (0190).
 */
function namesInLowerCase(mine: TextFeatures, theirs: TextFeatures): string[] {
  if (!namesNothing(theirs)) return [];
  const found: string[] = [];
  for (const parts of mine.joinedNames.values()) {
    const pair = parts.findIndex((part, i) => i + 1 < parts.length && [part, parts[i + 1]!].every((word) => !isPlaceWord(word) && theirs.grams.has(`w:${word}`) && !saidOnlyOfAnother(theirs, word)));
    // Or typed with a slip ("golden pheonix" for Golden Phoenix): two words of eight letters or more together.
    const slipped = pair < 0 ? parts.findIndex((part, i) => i + 1 < parts.length && part.length + parts[i + 1]!.length >= 8 && theirs.wordPairs.some((run) => sameName(run, part + parts[i + 1]!))) : -1;
    const at = pair >= 0 ? pair : slipped;
    if (at >= 0) found.push(`${parts[at]} ${parts[at + 1]}`);
  }
  // Or one word of five letters or more: a one-word name, or the first word of a name of several, as a person's given name
  // (Rizky of Rizky Pratama: "anak sy rizky di chbar ampov"). Not a word of a place's name ("sands" of White Sands).
  const joinedParts = [...mine.joinedNames.values()];
  const words = [...mine.names].filter((name) => !joinedParts.some((parts) => parts.includes(name))).concat(joinedParts.map((parts) => parts[0]!));
  for (const word of new Set(words)) {
    if (word.length >= 5 && !isPlaceWord(word) && !conceptOfTerm(word) && hasWordLike(theirs, word) && !found.some((name) => name.startsWith(word))) found.push(word);
  }
  return found;
}

/**
 * The skeletons of two words written together ("moongarden"): as spelt and said, and with an "ng"
 * read as the n ending one word and the g starting the next ("moon garden", not "moong arden").
 */
function pairShapes(pair: string): string[] {
  const shapes = [skeleton(pair), ...spokenSkeletons(pair)];
  if (pair.includes('ng')) shapes.push(...pairShapes(pair.replace(/ng/g, "n'g")));
  return [...new Set(shapes)];
}

/**
 * Two words running in a tip written without capitals ("o smach sky garden grey bldg") that the other
 * tip writes in Khmer, Thai, Burmese or Korean letters at the start of a chunk (စကိုင်းဂါးဒင်း,
 * สกายการ์เด้น), by a spoken skeleton of four consonants or more, as a Latin name is (namesInScript).
 * Only in a tip that gives a name word (garden, star, ocean): Khmer written in Latin letters ("psar
 * leu chen chreun nas") spells the other tip's Khmer words, which are no names.
 */
function pairsInScript(lower: TextFeatures, other: TextFeatures): string[] {
  if (!namesNothing(lower) || other.scripts.chunks.length === 0 || inGroup(lower.concepts.concepts, 'name').size === 0) return [];
  return lower.wordPairs.filter((pair) =>
    pairShapes(pair).some((shape) => shape.length >= 4 && other.scripts.chunks.some((run) => run.startsWith(shape) && run.length <= shape.length + 2)),
  );
}

/** A landmark that opens with a kind of place or a concept (สะพาน "bridge", ផ្សារ "market"), not a bare name. */
const opensWithKind = (text: string) =>
  Array.from({ length: Math.min(10, text.length - 1) }, (_, i) => conceptOfTerm(text.slice(0, i + 2))).some((concept) => !!concept && concept.group !== 'name');

/** Names of `mine`, native or Latin, that the other tip gives as a landmark in its own script (nativeLandmarks). */
function landmarksMet(mine: TextFeatures, theirs: TextFeatures): { text: string }[] {
  if (theirs.scripts.landmarks.length === 0) return [];
  const near = theirs.scripts.landmarks.flatMap((landmark) => landmarkShapes(landmark).map((shape) => ({ text: landmark, shape })));
  const found: { text: string }[] = mine.scripts.names.filter((name) => near.some((landmark) => landmark.text === name.text || (name.skeleton.length >= 3 && landmark.shape === name.skeleton)) || readsAsLandmark(name, theirs));
  for (const [joined, parts] of [...mine.joinedNames].concat([...mine.names].map((name): [string, string[]] => [name, [name]]))) {
    const shapes = [skeleton(joined), ...spokenSkeletons(joined)];
    if ((parts.length === 1 && isPlaceWord(joined)) || isKhmerPlaceName(parts.join(' '))) continue;
    if (shapes.some((shape) => shape.length >= 4 && near.some((landmark) => landmark.shape.includes(shape)))) found.push({ text: parts.join(' ') });
  }
  // Or a word of its own letters that nothing marks as a name ("ปอยเปต แกรนด์ลักกี้ ๘ ชั้น"), if it is not this tip's landmark
  // too: a bare name only, not a bridge or a market with its name (สะพานตาเขมา), which the tip may stand at as well as near.
  const ownLandmarks = new Set(mine.scripts.landmarks.flatMap(landmarkShapes));
  for (const landmark of near) {
    if (found.some((name) => name.text === landmark.text) || ownLandmarks.has(landmark.shape) || opensWithKind(landmark.text)) continue;
    if (unmarkedInChunks(landmark.shape, mine.scripts.chunks)) found.push({ text: landmark.text });
  }
  return found;
}

function scriptNameEvidence(a: TextFeatures, b: TextFeatures, oneTown = false): DuplicateReason | null {
  const native = [...nativeNamesShared(a, b), ...nativeNamesShared(b, a)];
  // 金帆 met as "Jin Fan" is said once, with its reading: "金帆 (jinfan)".
  const readings = new Set(native.flatMap((name) => [...name.readings, name.text]));
  const latin = [...namesInScript(a, b), ...namesInScript(b, a), ...namesInLowerCase(a, b), ...namesInLowerCase(b, a), ...pairsInScript(a, b), ...pairsInScript(b, a)].filter((name) => !readings.has(name.replace(/\s+/g, '')));
  const said = (name: NativeName) => (name.readings[0] ? `${name.text} (${name.readings[0]})` : name.text);
  const names = [...new Set([...latin, ...native.map(said)])].sort();
  if (names.length === 0) return null;
  // A titled person's one given name alone (兰姐 / "Chị Lan") is a short name: many brokers share it.
  const places = native.filter((name) => !name.person);
  // One person met from both sides (王总 "wang" and หวัง "wang") is one name, not two.
  const onePerson = latin.length === 0 && native.length > 0 && native.every((name) => name.person) && new Set(native.map((name) => name.readings[0] ?? name.text)).size === 1;
  const strong =
    (names.length >= 2 && !onePerson) ||
    [...latin, ...places.map(said)].some((name) => name.includes(' ') || skeleton(name).length >= 5) ||
    places.some((name) => name.skeleton.length >= 4 || name.readings.some((reading) => reading.length >= 6));
  // A person named by both in one town (personInOneTown) weighs as two names, unless the name is only a common surname.
  const surnamesOnly = latin.every((name) => SURNAME_SPELLINGS.has(name)) && native.every((name) => SURNAME_SPELLINGS.has(name.readings[0] ?? name.text));
  return { code: 'script_names', names, weight: strong || (oneTown && !surnamesOnly) ? WEIGHTS.scriptNames : WEIGHTS.scriptName };
}

/**
 * Two names that translate to the same name words (Kim Liên / "Golden Lotus Bay", 皇玉 / รอยัลเจด,
 * Cát Mã / "Lucky Horse"): two or more shared and one tip's all among the other's, or the one name
 * word each gives, not a lead word. Golden Dragon / Golden Phoenix (golden only), Royal Crown /
 * Crown Heights (royal left over) and 金帆 / 金时代 (golden alone) are not.
 */
export function translatedNames(a: TextFeatures, b: TextFeatures): boolean {
  const mine = nameWordsOf(a);
  const theirs = nameWordsOf(b);
  const shared = intersect(mine, theirs);
  if (shared.length === 0) return false;
  if (shared.length >= 2) return shared.length === mine.size || shared.length === theirs.size;
  if (leadWord(shared[0]!, a, b)) return false;
  if (mine.size === 1 && theirs.size === 1) return true;
  // "Royal" and "Grand" are the first words a name loses in translation: the Royal Phoenix is "凤凰"
  // (not when the one-word tip writes a Latin name of its own: "Crown Heights" is not the Royal Crown).
  const [single, longer] = mine.size === 1 ? [a, theirs] : theirs.size === 1 ? [b, mine] : [null, null];
  return !!single && namesOnlyTheWord(single, shared[0]!) && longer!.size === 2 && [...longer!].some((word) => word !== shared[0] && DROPPED_NAME_WORDS.has(word));
}

// "King" is dropped as "Royal" is: the King Crown is 皇冠 and Vương Miện, "crown" (0157).
const DROPPED_NAME_WORDS: ReadonlySet<string> = new Set(['royal', 'grand', 'king']);

/** No Latin name, or one that is the name word itself in Vietnamese (Vuong Mien, "crown"), not a name of its own (Crown Heights). */
const namesOnlyTheWord = (features: TextFeatures, word: string) =>
  features.names.size === 0 || [...features.joinedNames.values()].some((keys) => sameNameWord(conceptOfTerm(keys.join(' '))?.id ?? '') === word);

/** A lead word as one of the tips wrote it: "Ocean" in both is not the lead word "sea" they stand for. */
const leadWord = (id: string, a: TextFeatures, b: TextFeatures) => LEAD_NAME_WORDS.has(id) && (a.concepts.concepts.has(id) || b.concepts.concepts.has(id));

/** Gold and silver name rival places: the Golden Dragon (金龙) and the Silver Dragon (Rồng Bạc) are neighbours, not one casino. */
const RIVAL_NAME_WORDS: ReadonlyArray<readonly [string, string]> = [['golden', 'silver']];

/** Both give a name word beyond gold or silver in common, and one says gold where the other says silver. */
function rivalNameWords(a: TextFeatures, b: TextFeatures): boolean {
  const shared = intersect(nameWordsOf(a), nameWordsOf(b)).filter((word) => !LEAD_NAME_WORDS.has(word));
  if (shared.length === 0) return false;
  const has = (features: TextFeatures, word: string) => features.concepts.concepts.has(word);
  return RIVAL_NAME_WORDS.some(([x, y]) => (has(a, x) && !has(a, y) && has(b, y) && !has(b, x)) || (has(a, y) && !has(a, x) && has(b, x) && !has(b, y)));
}

/**
 * A tip written without capitals names its place by the name words it uses ("casino golden phoenix
 * bavet"): they stand for its names, so a capitalised name of the other tip with none of them
 * ("Sòng bài Rồng Bạc") is another place, as two capitalised names would be.
 */
function otherNameInLowerCase(lower: TextFeatures, other: TextFeatures): boolean {
  if (!namesNothing(lower) || other.names.size === 0) return false;
  const words = nameWordsOf(lower);
  // A name word that is part of the other's name as written ("star" of Starlight, a Burmese စတားလိုက်) is no other name.
  const otherNames = [...other.names, ...other.joinedNames.keys()];
  return words.size > 0 && intersect(words, nameWordsOf(other)).length === 0 && ![...words].some((word) => word.length >= 3 && otherNames.some((name) => name.includes(word)));
}

/**
 * A tip written in Latin letters without capitals names its place by two name words or more ("o smach hotel grand
 * dragon"), as otherNameInLowerCase reads it. Not a Korean or Thai tip that names nothing: its name words may be a
 * landmark's that no reader marked (스타 시티 근처, near Star City).
 */
const namesByWords = (features: TextFeatures) =>
  namesSomething(features) || (namesNothing(features) && features.wordPairs.length > 0 && nameWordsOf(features).size >= 2);

/**
 * Both tips name the place, in two languages, by the same name words (the Phoenix hotel / 凤凰酒店,
 * 皇玉 / "Royal Jade"): one name translated, weighed as a shared name, not as two words in common.
 */
function translatedNameEvidence(a: TextFeatures, b: TextFeatures, translated: boolean): DuplicateReason | null {
  // Two Latin names were compared as names already ("Angkor Pearl" / "Pearl River" share a word, no more).
  if (!translated || !namesByWords(a) || !namesByWords(b) || (a.names.size > 0 && b.names.size > 0)) return null;
  const shared = intersect(nameWordsOf(a), nameWordsOf(b)).sort();
  return { code: 'script_names', names: shared, weight: shared.length >= 2 ? WEIGHTS.scriptNames : WEIGHTS.scriptName };
}

/**
 * Each tip stands by a petrol station of another brand ("behind the Tela" / "behind the Total station"): a landmark a
 * tipster reads off a sign, and two of them are two spots (decision 0212). The brands, as the officer reads them.
 */
function otherFuelBrands(a: TextFeatures, b: TextFeatures): string[] {
  const [mine, theirs] = [a, b].map((features) => [...features.concepts.concepts].filter((id) => FUEL_BRANDS.has(id)));
  if (!mine!.length || !theirs!.length || intersect(new Set(mine), new Set(theirs)).length) return [];
  return [...new Set([...mine!, ...theirs!])].sort();
}

/** Counts and a road, besides what is seen of the building and the spot around it. */
const DESCRIBED_COUNTS: ReadonlySet<DuplicateReason['code']> = new Set(['floors', 'same_level', 'buildings', 'building_number', 'same_row', 'km_post', 'road']);
/** Reasons that say something of the place itself, not where it stands nor when or what kind of tip. */
const PLACE_EVIDENCE: ReadonlySet<DuplicateReason['code']> = new Set([...DESCRIBED_COUNTS, 'names', 'script_names', 'concepts', 'numbers']);

/**
 * The pair shares something of the place itself: a name in any script, a number of two digits or
 * more, a floor or building count, a road, a photo, or a described feature of weight (a colour, a
 * casino, a dome). Not its town or the landmark it stands by: every neighbour shares those, and
 * they say again what the two pins already say. A described feature counts only where the descriptions
 * do not also part (another colour, floor or building count: a green roof and a blue one), and a kind
 * not when one tip names its place and the other nothing ("a casino" is every casino near there; 0154).
 */
function sharesSomethingSpecific(reasons: readonly DuplicateReason[], contrasted: boolean, oneNamed: boolean): boolean {
  return reasons.some((reason) => {
    if (reason.code === 'same_photo' || reason.code === 'similar_photo') return true;
    if (!PLACE_EVIDENCE.has(reason.code)) return false;
    if (reason.code === 'numbers') return reason.weight >= WEIGHTS.numberByDigits[2]!;
    if (reason.code === 'concepts') {
      return !contrasted && reason.concepts.some((id) => {
        const concept = CONCEPTS.get(id);
        return !!concept && DESCRIBING_GROUPS.has(concept.group) && concept.weight >= WEIGHTS.describingConcept && !(oneNamed && concept.group === 'kind');
      });
    }
    return true;
  });
}

// A passer-by's pieces: the building's look (a name word is weighed as a name) and the landmark it stands by.
const DESCRIBED_GROUPS: ReadonlySet<string> = new Set([...[...DESCRIBING_GROUPS].filter((group) => group !== 'name'), 'place']);

/**
 * What a passer-by tells of the place, piece by piece: a floor or building count, a road, and each
 * shared colour, kind, feature or landmark (a golf course, bars on the windows) on its own. "22 floors"
 * with window bars, "15 floors" and pink, is one building said twice, even when the pins are 700 m apart
 * and no shared concept reaches the 0.08 a piece of wide evidence needs.
 */
function describedPieces(reasons: readonly DuplicateReason[]): number[] {
  return reasons.flatMap((reason) => {
    if (DESCRIBED_COUNTS.has(reason.code)) return reason.weight > 0 ? [reason.weight] : [];
    if (reason.code !== 'concepts') return [];
    return reason.concepts.flatMap((id) => {
      if (partColour(id)) return [WEIGHTS.partColour];
      const concept = CONCEPTS.get(id);
      return concept && DESCRIBED_GROUPS.has(concept.group) && concept.weight >= WEIGHTS.describedPiece ? [concept.weight] : [];
    });
  });
}

/** What a tip describes of its place piece by piece, as describedPieces weighs shared ones: its colours, kinds, features and landmarks. */
const ownPieces = (features: TextFeatures) =>
  [...features.concepts.concepts].filter((id) => partColour(id) || (DESCRIBED_GROUPS.has(CONCEPTS.get(id)?.group ?? '') && conceptWeight(id) >= WEIGHTS.describedPiece));

/**
 * A one-line tip ("KB Park, 3 buses tonight", ខេប៊ី ឡានក្រុង៣, "the orange-gate villas, a car in again") says
 * what it reports on and nothing more: it is not to be weighed by the details it could not give, but every piece
 * it does give (a colour, a kind, a floor count) must be in the other tip too. Its pieces (none, for a name and
 * "3 buses"), or null when it is no one-line tip or says something the other does not.
 */
function allSaidMet(short: PreparedTip, reasons: readonly DuplicateReason[]): string[] | null {
  if (!short.features.short || saysMore(short, reasons)) return null;
  if (short.features.concepts.floors.size > 0 && !reasons.some((reason) => reason.code === 'floors')) return null;
  return ownPieces(short.features).concat([...short.features.concepts.floors].map(String));
}

/** The tip names its place and the other names nothing ("Hong Fu phase 2 still running" by an unnamed house): it follows up on another report. */
const namesBesideUnnamed = (tip: PreparedTip, other: PreparedTip) => namesSomething(tip.features) && namesNothing(other.features);

/** A piece the tip describes its place by (a kind, a colour, a feature, a landmark) that the other tip does not share. */
function saysMore(tip: PreparedTip, reasons: readonly DuplicateReason[]): boolean {
  const found = reasons.find((reason) => reason.code === 'concepts');
  const shared = new Set(found && 'concepts' in found ? found.concepts : []);
  return ownPieces(tip.features).some((id) => !shared.has(id));
}

/**
 * The one-line tip's name it shares with the other widens nearness as a second piece would, when all else it says
 * is met. A name that tells one place: not a district's or an area's (WEIGHTS.districtName), nor one short word met
 * across scripts (WEIGHTS.scriptName: "Chen", a part of "Chak Angre"), which many share.
 */
function shortNamed(a: PreparedTip, b: PreparedTip, reasons: readonly DuplicateReason[], contrasted: boolean): boolean {
  // What little it says must agree (not another floor count or colour), and be the same kind of report: a recruiter
  // met at the BKK1 market is not the BKK1 tower. Two tips about people name them, not where they stand: a recruiter's
  // or a mule buyer's pin is where the tipster met them (0145), and "Wing" or "ABA" is a bank, not a place.
  const related = reasons.some((reason) => reason.code === 'same_category' || reason.code === 'related_category');
  if ((!allSaidMet(a, reasons) && !allSaidMet(b, reasons)) || contrasted || !related || (PEOPLE_CATEGORIES.has(a.category) && PEOPLE_CATEGORIES.has(b.category))) return false;
  return reasons.some((reason) => (reason.code === 'names' && reason.weight >= WEIGHTS.nameOne) || (reason.code === 'script_names' && reason.weight >= WEIGHTS.scriptNames));
}

/** A one-line tip that describes its place by two pieces or more, every one of them in the other tip: nearness is not vague. */
const shortDescribed = (a: PreparedTip, b: PreparedTip, reasons: readonly DuplicateReason[], contrasted: boolean) =>
  !contrasted && [allSaidMet(a, reasons), allSaidMet(b, reasons)].some((pieces) => !!pieces && pieces.length >= 2);

/** Each tip gives a phone, an account number or a handle and none is in the other. */
function phonesDiffer(a: TextFeatures, b: TextFeatures): boolean {
  const long = (features: TextFeatures) => [...features.numbers].filter(weighsAsPhone);
  const mine = long(a);
  const theirs = long(b);
  return mine.length > 0 && theirs.length > 0 && !mine.some((value) => theirs.includes(value));
}

/**
 * A recruiter's name and the town both say they work in is who they are, wherever each tipster met them, and a person
 * held named by both in the same town is one person (0165): their name weighs as two names would ("Visal" in Takeo,
 * វិសាល នៅតាកែវ; Budi held in Poipet). Unless each gives a phone and none is the other's: two Sok Daras recruiting in
 * Takeo on two numbers are two people.
 */
function personInOneTown(a: PreparedTip, b: PreparedTip): boolean {
  const people = (PEOPLE_CATEGORIES.has(a.category) && PEOPLE_CATEGORIES.has(b.category)) || (a.category === 'PERSON_HELD' && b.category === 'PERSON_HELD');
  return people && intersect(inGroup(a.features.concepts.concepts, 'town'), inGroup(b.features.concepts.concepts, 'town')).length > 0 && !phonesDiffer(a.features, b.features);
}

/**
 * A tip's features with the words that open its sentences and that the other tip gives as names among its names:
 * "Rizky msh di Mekong Star" names Rizky when another tip says "an Indonesian called Rizky", as no ordinary word
 * opening a sentence is another tip's name.
 */
function withOpenersMet(mine: PreparedTip, theirs: TextFeatures): PreparedTip {
  // Named by the other in its own script too ("Vannak takes young people" / ឈ្មោះ វណ្ណៈ, read "vannak"), or opening one of its
  // Khmer, Thai or Burmese runs whole, as a name opens a one-line follow-up (វណ្ណៈ មកភូមិទៀតហើយ: "Vannak came to the village
  // again"); not the start of a longer run ("khang krao" is ខាងក្រោយ, "behind", and no name).
  const met = mine.features.openers.filter(
    (word) =>
      hasName(theirs.names, word) ||
      hasName(theirs.joinedNames.keys(), word) ||
      // (A Chinese one only from six letters, as pairsInScript reads it: short pinyin is many characters' reading, 0193.)
      (word.length >= 4 && theirs.scripts.names.some((name) => name.script !== 'han' && name.readings.includes(word))) ||
      (word.length >= 5 && theirs.scripts.latin.includes(word)),
  );
  return met.length ? { ...mine, features: { ...mine.features, names: new Set([...mine.features.names, ...met]) } } : mine;
}

export function scorePair(tipA: PreparedTip, tipB: PreparedTip, settings: Pick<DedupSettings, 'radiusM'> = DEDUP_DEFAULTS): PairScore {
  const a = withOpenersMet(tipA, tipB.features);
  const b = withOpenersMet(tipB, tipA.features);
  const reasons: DuplicateReason[] = [];
  const distanceM = distanceMetres(a, b);

  // A recruiter's or mule buyer's "where" is where the tipster met them, not a place they hold.
  const aboutPeople = PEOPLE_CATEGORIES.has(a.category) && PEOPLE_CATEGORIES.has(b.category);
  const effective = effectiveDistance(distanceM, a, b);
  const proximity = proximityShare(effective, settings.radiusM) * (aboutPeople ? WEIGHTS.peopleProximity : 1);

  const similarity = gramSimilarity(a.features.grams, b.features.grams);
  const textShare = clamp01((similarity - WEIGHTS.textFloor) / (WEIGHTS.textFull - WEIGHTS.textFloor));
  if (textShare > 0) reasons.push({ code: 'text', similarity: round(similarity, 2), weight: round(WEIGHTS.text * textShare) });

  // A Chinese tip "not far from 金时代" is about another place than 金时代.
  // Or by its consonants, in another script or in Latin letters (a Khmer នេបជូន, a Latin "Neptune" against ใกล้คาสิโนเนปจูน).
  const nativeLandmark = [...landmarksMet(a.features, b.features), ...landmarksMet(b.features, a.features)];
  const translated = translatedNames(a.features, b.features);
  const oneTown = personInOneTown(a, b);
  const compared = nameEvidence(a.features, b.features, oneTown);
  const evidence = (compared?.code === 'names' ? null : handleNameEvidence(a.features, b.features, oneTown)) ?? compared;
  // A translated name is not another name: its shared name words weigh instead (conceptEvidence).
  const names = (evidence?.code === 'names_differ' && translated ? null : evidence) ?? (nativeLandmark.length ? { code: 'landmark', names: [...new Set(nativeLandmark.map((name) => name.text))].sort(), weight: WEIGHTS.namesDiffer } : null);
  const scriptNames = (names?.code === 'names' ? null : scriptNameEvidence(a.features, b.features, oneTown)) ?? (names ? null : translatedNameEvidence(a.features, b.features, translated));
  // Two compounds in one district share its name ("Sre Ambel"): it is worth a town, not a compound's name.
  // An area the concepts know, both tips giving it, is weighed once, as that concept (Chak Angre Krom: chak angre).
  for (const shared of [names, scriptNames]) {
    if (shared?.code !== 'names' && shared?.code !== 'script_names') continue;
    const area = sharedPlaceName(shared.names, a.features, b.features);
    if (area === null) continue;
    const concept = areaConcept(area);
    shared.weight = concept && a.features.concepts.concepts.has(concept.id) && b.features.concepts.concepts.has(concept.id) ? 0 : WEIGHTS.districtName;
  }
  if (scriptNames && scriptNames.weight > 0) reasons.push(scriptNames);
  if (names && names.weight !== 0 && !(scriptNames && names.code === 'names_differ')) reasons.push(names);
  // Both name what they are about in the same script and no name meets: 金帆园区 and 银河园区 at
  // one spot are two compounds, as "Golden Sands" and "White Sands" are. Not across scripts, nor
  // when they share a name word (a name is as often translated as transliterated: คาสิโนเอ็มเพอเรอร์
  // and จักรพรรดิ are both "Emperor").
  else if (
    !names &&
    !scriptNames &&
    (rivalNameWords(a.features, b.features) ||
      a.features.scripts.names.some((name) => !name.person && b.features.scripts.names.some((other) => !other.person && other.script === name.script)) ||
      otherNameInLowerCase(a.features, b.features) ||
      otherNameInLowerCase(b.features, a.features)) &&
    !translated
  ) {
    reasons.push({ code: 'names_differ', weight: WEIGHTS.namesDiffer });
  }
  // A tip about the casino one tip stands behind is about that tip's neighbour, unless a name makes them one.
  const told = names?.code === 'names' || names?.code === 'landmark' || scriptNames ? [] : toldFrom(a.features, b.features);
  const brands = names?.code === 'names' || scriptNames || told.length ? [] : otherFuelBrands(a.features, b.features);
  if (told.length || brands.length) reasons.push({ code: 'landmark', names: told.length ? told : brands, weight: WEIGHTS.namesDiffer });
  // A recruiter or a mule buyer works several towns: two towns say where they were met, not who (0145).
  reasons.push(...conceptEvidence(a.features, b.features, distanceM, !!(names || scriptNames)).filter((reason) => !(aboutPeople && reason.code === 'other_town')));
  // "Road 4", "9 floors" and "the 7th floor" are weighed as a road, a floor count and a floor, not again as numbers.
  const counted = new Set([...a.features.concepts.roads, ...a.features.concepts.floors, ...b.features.concepts.roads, ...b.features.concepts.floors, ...counts(a.features.concepts.concepts), ...counts(b.features.concepts.concepts), ...floorLevels(a.features.concepts.concepts), ...floorLevels(b.features.concepts.concepts), ...numberedBoth(a.features, b.features)].map(String));
  const numbers = numberEvidence(new Set([...a.features.numbers].filter((value) => !counted.has(value))), b.features.numbers);
  if (numbers) reasons.push(numbers);
  // One phone or handle, several aliases (Wang Ge, Mr Wang, Vương ca): for a recruiter or a mule
  // buyer the names said differ more often than the person does (0145).
  if (aboutPeople && numbers && numbers.weight >= WEIGHTS.numberLong) {
    const differ = reasons.findIndex((reason) => reason.code === 'names_differ');
    if (differ >= 0) reasons.splice(differ, 1);
  }

  if (a.category === b.category) reasons.push({ code: 'same_category', weight: WEIGHTS.sameCategory });
  else if (RELATED_CATEGORIES.some(([x, y]) => (a.category === x && b.category === y) || (a.category === y && b.category === x))) {
    reasons.push({ code: 'related_category', weight: WEIGHTS.relatedCategory });
  }

  const days = Math.abs(a.at.getTime() - b.at.getTime()) / 86_400_000;
  if (days <= WEIGHTS.recentDays) reasons.push({ code: 'time', days: Math.round(days), weight: WEIGHTS.recent });
  else if (days > WEIGHTS.staleDays) reasons.push({ code: 'time', days: Math.round(days), weight: WEIGHTS.stale });

  const photos = photoEvidence(a.photos, b.photos);
  if (photos) reasons.push(photos);

  // Specific evidence in common widens "near": two pins 1 km apart with the same name or the
  // same yellow 9-floor casino are one place placed roughly.
  // Shared concepts count one piece for each specific one among them (a bridge, a river, a red roof).
  const specifics = reasons.filter((reason) => PLACE_EVIDENCE.has(reason.code) && reason.weight >= 0.08);
  const specific = specifics.reduce((sum, reason) => sum + reason.weight, 0);
  const pieces = specifics.reduce((sum, reason) => sum + (reason.code === 'concepts' ? Math.max(1, reason.concepts.filter((id) => conceptWeight(id) >= 0.05).length) : 1), 0);
  // Two tips that each name their place, and no name met: the names are the better evidence, a description does not widen nearness.
  const namesUnmet = namesSomething(a.features) && namesSomething(b.features) && !reasons.some((reason) => reason.code === 'names' || reason.code === 'script_names');
  const described = namesUnmet ? [] : describedPieces(reasons);
  const describedWeight = described.reduce((sum, weight) => sum + weight, 0);
  // A block's number in common ("building 7", ตึก ๗, အဆောက်အဦ ၇), or its row, letter or phase (ជួរ C, Tower B, 二期; 0168), names which
  // block as a name does: alone it widens nearness (0154).
  // So does a kilometre post on the same road (NR4 km 212, quốc lộ 4 km 212): a road's post is placed as roughly as a pin.
  const numbered = reasons.some((reason) => (reason.code === 'building_number' || reason.code === 'same_row') && reason.weight > 0) || (reasons.some((reason) => reason.code === 'km_post') && reasons.some((reason) => reason.code === 'road' && reason.weight > 0));
  // A kind or a colour in common does not make two pins one place when the descriptions also part (a green roof and a blue one).
  const contrasted = reasons.some((reason) => reason.code === 'other_colour' || reason.code === 'other_floors' || reason.code === 'other_level' || reason.code === 'other_buildings' || reason.code === 'other_building_number' || reason.code === 'other_km_post' || reason.code === 'other_side');
  // A follow-up ("same place, 3 more vans") says nothing of its place but that it was reported: near a report of the same
  // kind, with nothing against it (another road, name or colour), that nearness is its evidence (0189).
  // Not one that describes its place by a piece the report does not give ("Otres resort loudspeaker again" near an 8-floor
  // condo; "the red crane, lights on again" near the white tower): it follows up on another report than this one.
  // Nor one that names its place beside a report that names nothing (namesBesideUnnamed).
  const followedUp =
    [[a, b] as const, [b, a] as const].some(([tip, other]) => tip.features.followUp && !saysMore(tip, reasons) && !namesBesideUnnamed(tip, other)) &&
    !reasons.some(speaksAgainst) &&
    reasons.some((reason) => reason.code === 'same_category' || reason.code === 'related_category');
  // A one-line follow-up that says its place in two pieces, both in the report ("the yellow factory, vans again"), points back
  // at it as a name would: a pin put roughly, 0.5-1.5 km off, is still that place (0192).
  const describedFollowUp = followedUp && [a, b].some((tip) => tip.features.followUp && (allSaidMet(tip, reasons)?.length ?? 0) >= 2);
  // A tip that says its pin is not on its place (PIN_ELSEWHERE: "pin is my house") is placed as roughly as a described
  // pair: one piece of specific evidence, nothing against it, widens nearness (0211).
  const pinnedElsewhere = !contrasted && [a, b].some((tip) => tip.features.concepts.concepts.has(PIN_ELSEWHERE));
  const wide =
    (specific >= WEIGHTS.wideEvidence && (pieces >= 2 || numbered || pinnedElsewhere || shortNamed(a, b, reasons, contrasted))) || (described.length >= 2 && describedWeight >= WEIGHTS.wideEvidence) || describedFollowUp
      ? (proximityShare(effective, WEIGHTS.wideRadiusM) * WEIGHTS.proximityWide) / WEIGHTS.proximity
      : 0;
  // Two vague tips 100 m apart in a town centre are as often two compounds as one: nearness is
  // a likely duplicate only with something of the place itself in common (decision 0143).
  const nearWeight = followedUp || shortDescribed(a, b, reasons, contrasted) || sharesSomethingSpecific(reasons, contrasted, (namesPlace(a.features) && namesNothing(b.features)) || (namesPlace(b.features) && namesNothing(a.features))) ? WEIGHTS.proximity : WEIGHTS.proximityVague;
  const near = followedUp ? Math.max(proximity, proximityShare(effective, WEIGHTS.followUpRadiusM) * (aboutPeople ? WEIGHTS.peopleProximity : 1)) : proximity;
  const share = Math.max(near, wide);
  if (share >= 0.01) reasons.push({ code: 'distance', metres: Math.round(distanceM), weight: round(wide > near ? WEIGHTS.proximity * share : nearWeight * share) });

  const score = round(clamp01(reasons.reduce((sum, reason) => sum + reason.weight, 0)));
  reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  return { score, distanceM: Math.round(distanceM), reasons };
}
