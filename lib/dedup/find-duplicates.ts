/**
 * Possible duplicates of one tip, ranked: the bounded candidate search, then the pure
 * scoring of each pair. The console's tip detail calls findDuplicates (a use case: tips.read,
 * the actor's provinces); `npm run dedup:eval` and the benchmarks, which see every tip of
 * their own database and act for no one, call rankDuplicates. Pairs an officer marked "not a duplicate" and tips already in the same case are left out.
 */
import pg from 'pg';
import { z } from 'zod';
import { anyId } from '@/lib/ids';
import { type Db, db, runNamed, type Tx } from '@/lib/db/client';
import { env, requireSetting } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { seesAllProvinces } from '@/lib/auth/permissions';
import type { TipCategoryCode } from '@/lib/tips/categories';
import { tipRef } from '@/lib/tips/staff-ref';
import { defineUseCase } from '@/lib/use-case';
import { RENAMED } from './concepts';
import { DEDUP_DEFAULTS, type DedupSettings, DUPLICATE_FLAG_THRESHOLD, DUPLICATE_SHOW_THRESHOLD, GROUP_AGREEMENT, GROUP_FLOOR, GROUP_JUDGED, GROUP_MATCHES, TOLD_APART_SCORE } from './config';
import { CANDIDATES_CTE, type CandidateQuery, candidateValues } from './find-candidates';
import { dedupText, searchKeys } from './keys';
import { type DedupPool, dedupPool } from './pool';
import { type DuplicateReason, type PairScore, type PreparedTip, round, scorePair, speaksAgainst } from './score-pair';
import { decodeFeatures, textFeatures } from './text-features';

export interface FindDuplicatesOptions {
  tipId: string;
  /** Most results returned, best first (default 20). */
  limit?: number;
  /** Lowest score returned (default DUPLICATE_SHOW_THRESHOLD). */
  minScore?: number;
  settings?: Partial<DedupSettings>;
}

export interface DuplicateCandidate {
  tipId: string;
  score: number;
  /** At or above DUPLICATE_FLAG_THRESHOLD: shown as a likely duplicate. */
  flagged: boolean;
  distanceM: number;
  reasons: DuplicateReason[];
  caseId: string | null;
  category: TipCategoryCode;
  status: string;
  language: string;
  receivedAt: Date;
}

/** A tip as loaded for scoring: its stored features, or its text when they are missing or stale. */
type TipRow = {
  id: string;
  category: TipCategoryCode;
  lat: number;
  lng: number;
  accuracyM: number | null;
  observedOn: Date | null;
  receivedAt: Date;
  caseId: string | null;
  features: string | null;
  description: string | null;
  landmark: string | null;
  attachments: { sha256: string; phash: string }[];
};

type LoadedRow = TipRow & { self: boolean; status: string; language: string };

function toDedupTip(row: TipRow): PreparedTip {
  const text = dedupText(row.description ?? '', row.landmark);
  return {
    id: row.id,
    category: row.category,
    lat: row.lat,
    lng: row.lng,
    accuracyM: row.accuracyM,
    at: row.observedOn ?? row.receivedAt,
    text,
    photos: row.attachments,
    // Features are written with the tip; read from its text only before `dedup:refresh` has run.
    features: decodeFeatures(row.features) ?? textFeatures(text),
  };
}

/**
 * The tip and its candidates in one statement (docs/decisions/0115-dedup-one-statement.md):
 * the candidate search (CANDIDATES_CTE, $1-$7), then every row scoring needs, the tip's own
 * marked `self`, with the case and dismissal exclusions. The text is returned only for rows
 * whose stored features cannot be used. Tips are read by primary key from an array (a join on
 * the candidates once made the plan hash-join them over every tip: docs/BENCHMARKS.md, "a
 * regression"); their features are on their own row (decision 0163).
 */
export const DUPLICATES_SQL = `
  WITH ${CANDIDATES_CTE}
  SELECT t.id = me.id AS self,
    t.id, t.category::text AS category, t.lat, t.lng, t."accuracyM",
    t."observedOn"::timestamp AT TIME ZONE 'UTC' AS "observedOn", t."receivedAt" AT TIME ZONE 'UTC' AS "receivedAt", t."caseId",
    t.status::text AS status, t.language,
    f.features,
    CASE WHEN f.features IS NULL THEN t.description END AS description,
    CASE WHEN f.features IS NULL THEN t.landmark END AS landmark,
    COALESCE((SELECT json_agg(json_build_object('sha256', a.sha256, 'phash', a.phash)) FROM "Attachment" a WHERE a."tipId" = t.id), '[]'::json) AS attachments
  FROM me
    JOIN "Tip" t ON t.id = ANY (ARRAY(SELECT id FROM me UNION ALL SELECT id FROM ids))
    CROSS JOIN LATERAL (SELECT CASE WHEN t."dedupFeatures" LIKE $3::text THEN t."dedupFeatures" END AS features) f
  WHERE t.id = me.id OR (
    ($2::text[] IS NULL OR t."provinceCode" = ANY($2::text[]))
    AND (me."caseId" IS NULL OR t."caseId" IS DISTINCT FROM me."caseId")
    AND NOT EXISTS (SELECT 1 FROM "DuplicateDismissal" x WHERE x."tipAId" = me.id AND x."tipBId" = t.id)
    AND NOT EXISTS (SELECT 1 FROM "DuplicateDismissal" x WHERE x."tipBId" = me.id AND x."tipAId" = t.id))`;

type Runner = <T>(name: string, text: string, values: unknown[]) => Promise<T[]>;

/**
 * The app's client and a DedupPool go through pg with named statements (planned once per
 * connection); any other Prisma client (a transaction, a script's own) runs the same text.
 */
function runner(client: Db | Tx | DedupPool): Runner {
  const pool = client instanceof pg.Pool ? client : client === db ? dedupPool(requireSetting('DATABASE_URL')) : null;
  if (pool) return <T>(name: string, text: string, values: unknown[]) => runNamed<T>(pool, name, text, values);
  const prisma = client as Db | Tx;
  return <T>(_name: string, text: string, values: unknown[]) => prisma.$queryRawUnsafe<T[]>(text, ...values);
}

export function dedupSettings(overrides: Partial<DedupSettings> = {}): DedupSettings {
  return { ...DEDUP_DEFAULTS, radiusM: env().DEDUP_RADIUS_M, ...overrides };
}

/** A tip's duplicates as a staff member sees them: tips.read, and only tips of their provinces. */
export const findDuplicates = defineUseCase({
  name: 'findDuplicates',
  permission: 'tips.read',
  input: z.object({
    tipId: anyId,
    limit: z.number().int().positive().optional(),
    minScore: z.number().optional(),
    settings: z.custom<Partial<DedupSettings>>().optional(),
  }),
  run: async (actor, options, client: Db | Tx | DedupPool = db): Promise<DuplicateCandidate[]> =>
    rankDuplicates(client, { ...options, provinceCodes: seesAllProvinces(actor) ? undefined : actor.provinceCodes }),
});

/**
 * The search and scoring for no one in particular: no permission, every province unless
 * `provinceCodes` is given. For the offline evaluation and the benchmarks; staff pages call
 * findDuplicates.
 */
export async function rankDuplicates(client: Db | Tx | DedupPool, options: FindDuplicatesOptions & { provinceCodes?: readonly string[] }): Promise<DuplicateCandidate[]> {
  const { tipId } = options;
  const settings = dedupSettings(options.settings);

  const provinceCodes = options.provinceCodes ? [...options.provinceCodes] : undefined;
  const query = runner(client);
  const search = (keys?: CandidateQuery['keys']) =>
    query<LoadedRow>('dedup_duplicates', DUPLICATES_SQL, candidateValues({ tipId, provinceCodes, keys, settings }));

  // One round trip: the tip's search keys come from its stored ones. Only when its features
  // are missing or stale (before `dedup:refresh`) are they read from its text, and asked again.
  let rows = await search();
  const row = rows.find((candidate) => candidate.self);
  if (!row) throw new AppError('NOT_FOUND');
  const tip = toDedupTip(row);
  if (row.features === null) rows = await search(searchKeys(tip.features, row.lat, row.lng));
  const candidates = rows.filter((candidate) => !candidate.self);
  const minScore = options.minScore ?? DUPLICATE_SHOW_THRESHOLD;
  const scored = withGroupMatches(
    candidates.map((candidate) => {
      const other = toDedupTip(candidate);
      return { candidate, other, ...scorePair(tip, other, settings) };
    }),
    settings,
  );

  return scored
    .map(({ candidate, score, distanceM, reasons }) => ({
      tipId: candidate.id,
      score,
      flagged: score >= DUPLICATE_FLAG_THRESHOLD,
      distanceM,
      reasons,
      caseId: candidate.caseId,
      category: candidate.category,
      status: candidate.status,
      language: candidate.language,
      receivedAt: candidate.receivedAt,
    }))
    .filter((candidate) => candidate.score >= minScore)
    .sort((a, b) => b.score - a.score || a.distanceM - b.distanceM || byId(a.tipId, b.tipId))
    .slice(0, options.limit ?? 20);
}

/** The last tie-break of a ranking, so that equal scores at one distance come out alike on every run (decision 0169). */
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type ScoredCandidate = { other: PreparedTip; score: number; distanceM: number; reasons: DuplicateReason[] };

/**
 * A candidate is flagged when it matches the tip and the tip's closest likely duplicates (up to
 * GROUP_MATCHES), taken together (decision 0166): the mean of its score against each of them reaches
 * GROUP_AGREEMENT, and none of them speaks against it (decision 0205). A tip of a compound reported
 * many times is judged against what the group says of the place, not against one account of it,
 * and one account that contradicts the candidate is enough to keep it apart. The same holds for a
 * likely duplicate under a full match: one that a closer member contradicts is only possibly
 * related (decision 0206). Each is scored against the members from their own features: at most
 * GROUP_MATCHES more pairs for each of the GROUP_JUDGED best candidates below the flag and as many
 * likely duplicates, so a dense town centre costs no more than a quiet one. A pair an officer
 * dismissed or already put in one case never reaches here. A candidate below GROUP_FLOOR against
 * the tip itself is judged only when nothing speaks against it (decision 0152): one with another
 * colour, floor count or name stays apart, unless the name is the place's other one (renamedBy, decision 0218).
 */
export function withGroupMatches<T extends ScoredCandidate>(scored: readonly T[], settings: DedupSettings): T[] {
  // Many members of a large group score the same (1.0): the nearest first, so the same tips judge it every time.
  const closest = (a: T, b: T) => b.score - a.score || a.distanceM - b.distanceM || byId(a.other.id, b.other.id);
  const likely = scored.filter((pair) => pair.score >= DUPLICATE_FLAG_THRESHOLD).sort(closest);
  const group = likely.slice(0, GROUP_MATCHES);
  if (group.length === 0) return [...scored];
  const checked = new Set(likely.slice(1).filter((pair) => pair.score < 1).slice(0, GROUP_JUDGED));
  const judged = new Set(
    scored
      .filter((pair) => pair.score < DUPLICATE_FLAG_THRESHOLD && (pair.score >= GROUP_FLOOR || !pair.reasons.some(speaksAgainst)))
      .sort(closest)
      .slice(0, GROUP_JUDGED),
  );
  const renamers = likely.filter((member) => member.other.features.concepts.concepts.has(RENAMED) && namedAlike(member)).slice(0, GROUP_MATCHES);
  return scored.map((pair) => {
    if (checked.has(pair)) {
      const toldApartBy = group.find((member) => closest(member, pair) < 0 && scorePair(pair.other, member.other, settings).reasons.some(speaksAgainst));
      if (!toldApartBy) return pair;
      return { ...pair, score: TOLD_APART_SCORE, reasons: [{ code: 'told_apart_by_match', tip: tipRef(toldApartBy.other.id), weight: round(TOLD_APART_SCORE - pair.score) }, ...pair.reasons] };
    }
    const bridge = renamedBy(pair, renamers, settings);
    if (bridge) return { ...pair, score: DUPLICATE_FLAG_THRESHOLD, reasons: [{ code: 'shared_match', tip: tipRef(bridge.other.id), weight: round(DUPLICATE_FLAG_THRESHOLD - pair.score) }, ...pair.reasons] };
    if (!judged.has(pair)) return pair;
    const against = group.map((member) => ({ member, ...scorePair(pair.other, member.other, settings) }));
    if (against.some(({ reasons }) => reasons.some(speaksAgainst))) return pair;
    const mean = against.reduce((sum, { score }) => sum + score, pair.score) / (1 + group.length);
    if (mean < GROUP_AGREEMENT) return pair;
    // The member it matches best is the one the panel names; it is flagged against both.
    const best = against.reduce((top, next) => (next.score > top.score ? next : top));
    return { ...pair, score: DUPLICATE_FLAG_THRESHOLD, reasons: [{ code: 'shared_match', tip: tipRef(best.member.other.id), weight: round(DUPLICATE_FLAG_THRESHOLD - pair.score) }, ...pair.reasons] };
  });
}

/** Flagged for a name in common, with nothing against it. */
const namedAlike = (pair: Pick<PairScore, 'score' | 'reasons'>) =>
  pair.score >= DUPLICATE_FLAG_THRESHOLD && pair.reasons.some((reason) => (reason.code === 'names' || reason.code === 'script_names') && reason.weight > 0) && !pair.reasons.some(speaksAgainst);

/**
 * The likely duplicate that gives both names of a renamed place (RENAMED: "the old Hai Feng, new sign Xing Hui"), meeting
 * the tip by one of them and the candidate by the other: the names that differ are the place's before and after (decision
 * 0218). Only when nothing but the names speaks against the pair.
 */
function renamedBy<T extends ScoredCandidate>(pair: T, renamers: readonly T[], settings: DedupSettings): T | undefined {
  if (pair.score >= DUPLICATE_FLAG_THRESHOLD || !pair.reasons.some((reason) => reason.code === 'names_differ')) return undefined;
  if (pair.reasons.some((reason) => speaksAgainst(reason) && reason.code !== 'names_differ')) return undefined;
  return renamers.find((member) => member !== pair && namedAlike(scorePair(pair.other, member.other, settings)));
}
