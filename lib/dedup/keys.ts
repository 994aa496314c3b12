/**
 * The indexed keys behind the wider candidate search (table "DedupKey", one row per key of a
 * tip): what a tip says that could make another tip its duplicate, tied to where it is.
 * - `c:<concept>@<cell>`, `f:<floors>@<cell>`, `r:<road>@<cell>`: a specific concept (a
 *   pagoda, a yellow building, a casino, 9 floors, Road 4) in a grid cell of CONCEPT_CELL
 *   degrees (~2.2 km); the search asks the cells within CONCEPT_REACH_M of the tip.
 * - `n:<name>@<cell>`: a distinctive name (Latin letters, or read from Khmer, Thai, Burmese,
 *   Korean or Chinese script for the names the tip gives in Latin; a Chinese name in a tip of another
 *   language by its pinyin; a one-line tip's word pairs) in a cell of NAME_CELL
 *   degrees (~22 km), asked within NAME_REACH_M.
 * - `n:<reading>` and `s:<skeleton>` in the same cells: a name written only in Chinese, Khmer, Thai,
 *   Korean or Burmese script by its readings (金帆: "jinfan", "kimpham"), and every name, in any script, by
 *   its consonant skeleton of three or more ("CNPN": 金帆, ជីនហ្វាន, 진판, "Jin Fan"), decision 0132, and
 *   `s:~<onsets>` by the first sounds of its syllables, three or more, as Chinese and Burmese write a
 *   foreign name by sound ("sll": 斯蕾莉, စရေလိ, "Srey Leak"), decision 0179.
 * - `p:<digits>`: a phone or account number, anywhere in the country.
 * - `t:<tipId>`: not a search key but the tip's place (lat, lng), for the near search's
 *   nearest-first index read (decisions 0113, 0115).
 * Generic words (guards, walls, buses) make no key: they would match half the table.
 * Keys are computed once (keyRows), with the tip's encoded text features (Tip.dedupFeatures,
 * so that scoring a candidate reads no text: decisions 0113, 0163), and written with the tip,
 * in the statement that inserts it (createTip, insertKeys); `npm run dedup:refresh` recomputes
 * them all (after a change of this file or of the concepts).
 */
import type { Db, Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { buildingNumber, CONCEPTS, kmPost } from './concepts';
import { nameOnsets } from './native-names';
import { compactLatin, heardInChinese, skeleton, spokenSkeletons, syllableOnsets } from './romanise';
import { encodeFeatures, isPlaceWord, type TextFeatures, textFeatures } from './text-features';

export const CONCEPT_CELL = 0.02;
export const CONCEPT_REACH_M = 1_800;
export const NAME_CELL = 0.2;
export const NAME_REACH_M = 20_000;
/** Skeletons shorter than this ("SK", "KN") are shared by too many names to be a key. */
export const MIN_SKELETON_KEY = 3;

const METRES_PER_DEGREE = 111_320;

/** Weight of each kind of key when ranking candidates by what they share. */
export const KEY_WEIGHT = { c: 1, f: 2, r: 1, n: 4, s: 2, p: 6 } as const;

const cell = (value: number, size: number) => Math.floor(value / size);

/** The cells (of `size` degrees) within `reachM` of the point: 1 to 4 of them when reach < size. */
export function cellsAround(lat: number, lng: number, size: number, reachM: number): string[] {
  const dLat = reachM / METRES_PER_DEGREE;
  const dLng = reachM / (METRES_PER_DEGREE * Math.max(0.2, Math.cos((lat * Math.PI) / 180)));
  const cells: string[] = [];
  for (let y = cell(lat - dLat, size); y <= cell(lat + dLat, size); y++) {
    for (let x = cell(lng - dLng, size); x <= cell(lng + dLng, size); x++) cells.push(`${y}:${x}`);
  }
  return cells;
}

/** What of a tip is a key, without a place: concepts, floors, roads, names, numbers. */
export function keyFeatures(features: TextFeatures): { local: string[]; names: string[]; numbers: string[] } {
  const local: string[] = [];
  for (const id of features.concepts.concepts) {
    const concept = CONCEPTS.get(id);
    if ((concept && concept.weight >= 0.03 && concept.group !== 'generic') || buildingNumber(id) !== null || kmPost(id) !== null) local.push(`c:${id}`);
  }
  for (const floors of features.concepts.floors) local.push(`f:${floors}`);
  for (const road of features.concepts.roads) local.push(`r:${road}`);
  const names = new Set<string>();
  for (const name of features.names) {
    if (name.length < 3 || isPlaceWord(name)) continue;
    names.add(`n:${name}`);
    // As Chinese writes a foreign name, with l for r and no aspirate (鲁迪 for Rudi, Rudy; 索卡 for Sokha): keyed alike on
    // both sides (score-pair personReads).
    if (heardInChinese(name) !== name) names.add(`n:${heardInChinese(name)}`);
  }
  for (const joined of features.joinedNames.keys()) names.add(`n:${joined}`);
  // A one-line tip of a few words without capitals ("xing hui still busy tonight") names its place among its word pairs:
  // each is keyed, as a name written together would be. Not more than three: a longer run of unknown words (Khmer in Latin
  // letters, "phteah khiev nov tae mean mnus") would key its everyday phrases, whose many tips crowd out the others.
  const pairs = features.wordPairs.filter((pair) => pair.length >= 6);
  if (features.short && pairs.length <= 3) for (const pair of pairs) names.add(`n:${pair}`);
  // A titled person's name, even a word that is also a place's ("Director Park" / 박실장).
  for (const person of features.people) if (person.length >= 3) names.add(`n:${person}`);
  // The letters of a handle ("chenwei" of chenwei_hr88) meet a name ("Chen Wei") written elsewhere.
  for (const handle of features.handleNames) names.add(`n:${handle}`);
  // A name in another script by its readings (金帆: "jinfan", "kimpham"; សុខា: "sokha"), which a
  // Latin name may equal; and every name by its consonant skeleton, which a transliteration in
  // another script shares (ជីនហ្វាន, 진판 and "Jin Fan" are all CNPN).
  const shapes = new Set<string>();
  const onsets = new Set<string>();
  for (const name of features.scripts.names) {
    // A titled person's given name is short ("lan"): keyed from three letters, as a Latin name is.
    for (const reading of name.readings) if (reading.length >= (name.person ? 3 : 4)) names.add(`n:${reading}`);
    if (name.person) for (const reading of name.readings) if (reading.length >= 3) names.add(`n:${heardInChinese(reading)}`);
    shapes.add(name.skeleton);
    if (name.spelt) shapes.add(name.spelt);
    for (const heard of nameOnsets(name)) onsets.add(heard);
  }
  for (const name of [...features.names].filter((name) => !isPlaceWord(name)).concat([...features.joinedNames.keys()])) {
    shapes.add(skeleton(name));
    for (const shape of spokenSkeletons(name)) shapes.add(shape);
    onsets.add(syllableOnsets(features.joinedNames.get(name) ?? [name]));
  }
  // A Chinese name in a tip of another language (간판 星辉) by its pinyin, as a Latin tip writes it ("Xing Hui": xinghui).
  for (const name of features.scripts.hanNames) {
    const reading = compactLatin(name);
    if (reading.length >= 4) names.add(`n:${reading}`);
  }
  for (const shape of shapes) if (shape.length >= MIN_SKELETON_KEY) names.add(`s:${shape}`);
  for (const heard of onsets) if (heard.length >= MIN_SKELETON_KEY) names.add(`s:~${heard}`);
  const numbers = [...features.numbers].filter((value) => value.length >= 6).map((value) => `p:${value}`);
  return { local, names: [...names], numbers };
}

/** The keys a tip is stored under. */
export function tipKeys(features: TextFeatures, lat: number, lng: number): string[] {
  const { local, names, numbers } = keyFeatures(features);
  const here = `${cell(lat, CONCEPT_CELL)}:${cell(lng, CONCEPT_CELL)}`;
  const area = `${cell(lat, NAME_CELL)}:${cell(lng, NAME_CELL)}`;
  return [...local.map((key) => `${key}@${here}`), ...names.map((key) => `${key}@${area}`), ...numbers];
}

/** The keys a tip's candidates may be stored under, each with its weight for ranking (in SQL: searchKeysSql). */
export function searchKeys(features: TextFeatures, lat: number, lng: number): { keys: string[]; weights: number[] } {
  const { local, names, numbers } = keyFeatures(features);
  const keys: string[] = [];
  const weights: number[] = [];
  const add = (key: string) => {
    keys.push(key);
    weights.push(KEY_WEIGHT[key[0] as keyof typeof KEY_WEIGHT] ?? 1);
  };
  for (const where of cellsAround(lat, lng, CONCEPT_CELL, CONCEPT_REACH_M)) for (const key of local) add(`${key}@${where}`);
  for (const where of cellsAround(lat, lng, NAME_CELL, NAME_REACH_M)) for (const key of names) add(`${key}@${where}`);
  for (const key of numbers) add(key);
  return { keys, weights };
}

const sqlNumber = (value: number | null) => (value === null ? 'NULL::float8' : `${value}::float8`);

/** Each kind of key (its first letter): its weight and the cells it is stored and searched in (none for a phone). */
const KINDS = (['c', 'f', 'r', 'n', 's', 'p'] as const).map((kind) => {
  const [size, reach] = kind === 'n' || kind === 's' ? [NAME_CELL, NAME_REACH_M] : kind === 'p' ? [null, null] : [CONCEPT_CELL, CONCEPT_REACH_M];
  return `('${kind}', ${KEY_WEIGHT[kind]}, ${sqlNumber(size)}, ${sqlNumber(reach)})`;
});

/** Cells within reach along one axis never number more than this (cos(latitude) floored at 0.2, as in cellsAround). */
const MAX_CELLS = Math.max(
  ...[[CONCEPT_CELL, CONCEPT_REACH_M], [NAME_CELL, NAME_REACH_M]].map(([size, reach]) => Math.ceil((2 * reach!) / (METRES_PER_DEGREE * 0.2) / size!) + 1),
);

/**
 * searchKeys in SQL, from what a tip is stored under: each of its keys (tipKeys: a prefix in
 * its own cell) in every cell within reach of the tip, the same arithmetic as cellsAround.
 * `tip` names a relation with one row (id, lat, lng). With it the duplicate search needs no
 * round trip to compute the keys in Node (docs/decisions/0115-dedup-one-statement.md).
 */
export function searchKeysSql(tip: string): string {
  const cells = (axis: 'lat' | 'lng') => {
    const reach = axis === 'lat' ? `k.reach / ${METRES_PER_DEGREE}` : `k.reach / (${METRES_PER_DEGREE} * greatest(0.2, cos(${tip}.lat * pi() / 180)))`;
    const low = `floor((${tip}.${axis} - ${reach}) / k.size)`;
    return `SELECT (${low} + g)::int AS cell FROM generate_series(0, ${MAX_CELLS}) AS g WHERE ${low} + g <= floor((${tip}.${axis} + ${reach}) / k.size)`;
  };
  // A phone's or handle's key is searched as stored: it has no cell, and a handle's own @ ("p:@x_jobs88") is not a cell's.
  return `
    SELECT CASE WHEN k.size IS NULL THEN s.key ELSE split_part(s.key, '@', 1) || '@' || y.cell || ':' || x.cell END AS key, k.weight
    FROM ${tip}
    JOIN "DedupKey" s ON s."tipId" = ${tip}.id AND s.key NOT LIKE 't:%'
    JOIN (VALUES ${KINDS.join(', ')}) AS k(kind, weight, size, reach) ON k.kind = left(s.key, 1)
    LEFT JOIN LATERAL (${cells('lat')}) AS y ON true
    LEFT JOIN LATERAL (${cells('lng')}) AS x ON true`;
}

export interface KeyedTip {
  id: string;
  lat: number;
  lng: number;
  receivedAt: Date;
  /** Description and landmark, as scored. */
  text: string;
}

export interface KeyRows {
  tipIds: string[];
  /** Each tip's encoded TextFeatures (Tip.dedupFeatures), in the order of tipIds. */
  features: string[];
  ids: string[];
  keys: string[];
  times: Date[];
  /** On the `t:` row of each tip its place; null on the search keys. */
  lats: (number | null)[];
  lngs: (number | null)[];
}

/** The row holding a tip's place, for the near search. */
export const placeKey = (tipId: string) => `t:${tipId}`;

/** The DedupKey rows of tips, computed (no database). */
export function keyRows(tips: readonly KeyedTip[]): KeyRows {
  const rows: KeyRows = { tipIds: tips.map((tip) => tip.id), features: [], ids: [], keys: [], times: [], lats: [], lngs: [] };
  for (const tip of tips) {
    const features = textFeatures(tip.text);
    const keys = new Set(tipKeys(features, tip.lat, tip.lng));
    rows.features.push(encodeFeatures(features));
    rows.ids.push(tip.id);
    rows.keys.push(placeKey(tip.id));
    rows.times.push(tip.receivedAt);
    rows.lats.push(tip.lat);
    rows.lngs.push(tip.lng);
    for (const key of keys) {
      rows.ids.push(tip.id);
      rows.keys.push(key);
      rows.times.push(tip.receivedAt);
      rows.lats.push(null);
      rows.lngs.push(null);
    }
  }
  return rows;
}

const KEY_COLUMNS = Prisma.sql`(key, "tipId", "receivedAt", lat, lng)`;

/** The rows as a relation with KEY_COLUMNS' names, for an INSERT ... SELECT. */
const rowsRelation = (rows: KeyRows) => Prisma.sql`
  unnest(${rows.keys}::text[], ${rows.ids}::uuid[], ${rows.times}::timestamp[], ${rows.lats}::float8[], ${rows.lngs}::float8[])
    AS k ${KEY_COLUMNS}`;

/**
 * The INSERT of key rows, the one way they are written. With `onlyTipsIn` (a query of tip ids),
 * only the rows of those tips: createTip runs it in the statement that inserts the tip, as
 * `WITH tip AS (INSERT ... RETURNING id), keys AS (<this, onlyTipsIn: SELECT id FROM tip>)`,
 * so a tip and its keys are one round trip and a tip that was not inserted gets no keys.
 */
export function insertKeys(rows: KeyRows, onlyTipsIn?: Prisma.Sql): Prisma.Sql {
  const where = onlyTipsIn ? Prisma.sql`WHERE k."tipId" IN (${onlyTipsIn})` : Prisma.empty;
  return Prisma.sql`INSERT INTO "DedupKey" ${KEY_COLUMNS} SELECT * FROM ${rowsRelation(rows)} ${where} ON CONFLICT DO NOTHING`;
}

/**
 * The statements that replace the keys and features of tips (`npm run dedup:refresh`, a tip's
 * redaction). The DELETE and the INSERT are two, not one: in a single statement (a DELETE in a
 * WITH) the insert still sees the rows being deleted as conflicts, skips them, and a refresh
 * loses the keys that did not change.
 */
export function replaceKeys(client: Db | Tx, rows: KeyRows) {
  return [
    client.$executeRaw`DELETE FROM "DedupKey" WHERE "tipId" = ANY(${rows.tipIds}::uuid[])`,
    client.$executeRaw(insertKeys(rows)),
    client.$executeRaw`
      UPDATE "Tip" t SET "dedupFeatures" = given.features
        FROM unnest(${rows.tipIds}::uuid[], ${rows.features}::text[]) AS given(id, features)
       WHERE t.id = given.id`,
  ] as const;
}

/** Text of a tip as duplicate detection reads it. */
export const dedupText = (description: string, landmark: string | null) => (landmark ? `${description}\n${landmark}` : description);
