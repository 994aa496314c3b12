/**
 * The labelled-set evaluation behind `npm run dedup:eval`: load each line as a tip through
 * real intake (tipInputSchema + createTip), ask rankDuplicates about every tip exactly as the
 * console does, and compare the flagged pairs with the labels over all pairs.
 * The caller owns the (scratch) database; nothing here creates or drops one.
 */
import myanmarTools, { type ZawgyiConverter } from 'myanmar-tools';
import { Converter } from 'opencc-js/cn2t';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { RESIDENT_LOCALES } from '@/lib/i18n/locales';
import { sha256 } from '@/lib/security/crypto';
import { TIP_CATEGORIES, type TipCategoryCode } from '@/lib/tips/categories';
import { createTip } from '@/lib/tips/create-tip';
import { type TipInput, tipInputSchema } from '@/lib/tips/schema';
import { DUPLICATE_FLAG_THRESHOLD } from './config';
import { type DuplicateCandidate, rankDuplicates } from './find-duplicates';

const label = z.union([z.string(), z.number()]).transform(String);

export const evalLineSchema = z.object({
  ref: label,
  /** Lines with the same group describe the same thing; no group: related to nothing. */
  group: label.nullish(),
  category: z.string(),
  description: z.string(),
  lat: z.coerce.number(),
  lng: z.coerce.number(),
  observedAt: z.string().nullish(),
  language: z.string().nullish(),
});

export type EvalLine = z.infer<typeof evalLineSchema>;

export interface EvalPair {
  a: string;
  b: string;
  score: number;
  sameGroup: boolean;
  reasons: DuplicateCandidate['reasons'];
}

export interface EvalResult {
  loaded: number;
  rejected: { ref: string; problems: string[] }[];
  pairs: number;
  positives: number;
  flagged: EvalPair[];
  missed: { a: string; b: string; score: number | null }[];
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function parseEvalFile(text: string): EvalLine[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '' && !line.startsWith('//'))
    .map(({ line, number }) => {
      const parsed = evalLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`line ${number}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return parsed.data;
    });
}

let simplifiedToTraditional: ((text: string) => string) | undefined;
/**
 * The lines with their Chinese in traditional characters, with Taiwan's words (OpenCC `cn` to `twp`): a set as a
 * tipster from Taiwan or Hong Kong would have written it, to measure that such a tip is read as its simplified
 * original (`dedup:eval -- --traditional`, decision 0207).
 */
export function inTraditionalChinese(lines: readonly EvalLine[]): EvalLine[] {
  const convert = (simplifiedToTraditional ??= Converter({ from: 'cn', to: 'twp' }));
  return lines.map((line) => ({ ...line, description: convert(line.description) }));
}

/**
 * The lines with their Khmer typed in the order many keyboards and habits give it, which renders the same: the
 * subscript ro before the other subscript (ស្រ្តី for ស្ត្រី), the nikahit before the vowel u (ខ្ញំុ for ខ្ញុំ)
 * (`dedup:eval -- --khmer-typed`, decision 0208).
 */
export function inTypedKhmerOrder(lines: readonly EvalLine[]): EvalLine[] {
  return lines.map((line) => ({ ...line, description: line.description.replace(/(\u17d2[\u1780-\u17a2])\u17d2\u179a/gu, '\u17d2\u179a$1').replace(/\u17bb\u17c6/gu, '\u17c6\u17bb') }));
}

let toZawgyi: ZawgyiConverter | undefined;
/**
 * The lines with their Burmese in the Zawgyi encoding, as a phone with a Zawgyi font types it (myanmar-tools'
 * converter): to measure that such a tip is read as its Unicode original (`dedup:eval -- --zawgyi`, decision 0209).
 */
export function inZawgyi(lines: readonly EvalLine[]): EvalLine[] {
  const converter = (toZawgyi ??= new myanmarTools.ZawgyiConverter());
  return lines.map((line) => ({ ...line, description: converter.unicodeToZawgyi(line.description) }));
}

const CATEGORY_ALIASES: Record<string, TipCategoryCode> = {
  COMPOUND: 'SCAM_COMPOUND',
  SCAM: 'SCAM_COMPOUND',
  TRAFFICKING: 'PERSON_HELD',
  HELD: 'PERSON_HELD',
  MULE: 'MONEY_MULE',
  // Writers name the kind of tip, not the person: a recruiter's "where" is where they were met
  // (score-pair's people rule), so RECRUITMENT read as OTHER paired recruiters by a roundabout.
  RECRUITMENT: 'RECRUITER',
  RECRUITING: 'RECRUITER',
};

/** The intake category for a set's category label (exact code or a writer's alias, else OTHER). */
export function evalCategory(value: string): TipCategoryCode {
  const code = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if ((TIP_CATEGORIES as readonly string[]).includes(code)) return code as TipCategoryCode;
  return CATEGORY_ALIASES[code] ?? 'OTHER';
}

function language(value: string | null | undefined): TipInput['language'] {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const aliases: Record<string, string> = { kh: 'km', cn: 'zh', mm: 'my', bur: 'my', in: 'id' };
  const code = aliases[primary] ?? primary;
  return (RESIDENT_LOCALES as readonly string[]).includes(code) ? (code as TipInput['language']) : 'en';
}

/** The tip a resident would have sent for this line, and when it arrived. */
function toIntake(line: EvalLine, now: Date): { input: unknown; receivedAt: Date } {
  const observed = line.observedAt ? new Date(line.observedAt) : null;
  const valid = observed && !Number.isNaN(observed.getTime()) && observed.getTime() <= now.getTime() ? observed : null;
  return {
    receivedAt: valid ?? now,
    input: {
      category: evalCategory(line.category),
      description: line.description,
      location: { lat: line.lat, lng: line.lng, source: 'MAP_PIN' },
      language: language(line.language),
      observedOn: valid ? valid.toISOString().slice(0, 10) : undefined,
    },
  };
}

/**
 * A tip's id from its ref, the same on every run: the duplicate search breaks its ties by id, and
 * random ids made the same set score differently from one run to the next (decision 0169).
 */
export function evalTipId(ref: string): string {
  const hex = sha256(`eval-tip:${ref}`);
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export async function evaluateDedup(client: Db, lines: readonly EvalLine[], now = new Date()): Promise<EvalResult> {
  const refs = lines.map((line) => line.ref);
  if (new Set(refs).size !== refs.length) throw new Error('Every line needs its own "ref".');
  const groupOf = new Map(lines.map((line) => [line.ref, line.group ?? `\u0000${line.ref}`]));

  const refByTipId = new Map<string, string>();
  const rejected: EvalResult['rejected'] = [];
  for (const line of lines) {
    const { input, receivedAt } = toIntake(line, now);
    const parsed = tipInputSchema.safeParse(input);
    if (!parsed.success) {
      rejected.push({ ref: line.ref, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) });
      continue;
    }
    const receipt = await client.$transaction((tx) => createTip(tx, parsed.data, { powVerified: true, receivedAt, id: evalTipId(line.ref) }));
    refByTipId.set(receipt.tipId, line.ref);
  }

  const best = new Map<string, EvalPair>();
  for (const [tipId, ref] of refByTipId) {
    for (const candidate of await rankDuplicates(client, { tipId })) {
      const other = refByTipId.get(candidate.tipId);
      if (!other) continue;
      const key = pairKey(ref, other);
      if ((best.get(key)?.score ?? -1) >= candidate.score) continue;
      const [a, b] = ref < other ? [ref, other] : [other, ref];
      best.set(key, { a, b, score: candidate.score, sameGroup: groupOf.get(ref) === groupOf.get(other), reasons: candidate.reasons });
    }
  }

  const flagged = [...best.values()].filter((pair) => pair.score >= DUPLICATE_FLAG_THRESHOLD).sort((x, y) => y.score - x.score);
  const missed: EvalResult['missed'] = [];
  let positives = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!.ref;
      const b = lines[j]!.ref;
      if (groupOf.get(a) !== groupOf.get(b)) continue;
      positives++;
      const pair = best.get(pairKey(a, b));
      if (!pair || pair.score < DUPLICATE_FLAG_THRESHOLD) missed.push({ a, b, score: pair?.score ?? null });
    }
  }
  const truePositives = flagged.filter((pair) => pair.sameGroup).length;
  const precision = flagged.length ? truePositives / flagged.length : positives ? 0 : 1;
  const recall = positives ? truePositives / positives : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    loaded: refByTipId.size,
    rejected,
    pairs: (lines.length * (lines.length - 1)) / 2,
    positives,
    flagged,
    missed,
    truePositives,
    precision,
    recall,
    f1,
  };
}
