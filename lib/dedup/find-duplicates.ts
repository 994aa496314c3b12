/**
 * Possible duplicates of one tip, ranked: the bounded candidate search, then the pure
 * scoring of each pair. The console's tip detail calls findDuplicates (a use case: tips.read,
 * the actor's provinces); `npm run dedup:eval` and the benchmarks, which see every tip of
 * their own database and act for no one, call rankDuplicates. Pairs an officer marked "not a duplicate" and tips already in the same case are left out.
 */
import pg from 'pg';
import { z } from 'zod';
import { type Db, db, type Tx } from '@/lib/db/client';
import { env, requireSetting } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { seesAllProvinces } from '@/lib/auth/permissions';
import type { TipCategoryCode } from '@/lib/tips/categories';
import { defineUseCase } from '@/lib/use-case';
import { DEDUP_DEFAULTS, type DedupSettings, DUPLICATE_FLAG_THRESHOLD, DUPLICATE_SHOW_THRESHOLD } from './config';
import { CANDIDATE_IDS_SQL, candidateIdsValues, searchTerms } from './find-candidates';
import { dedupText } from './keys';
import { type DedupPool, dedupPool } from './pool';
import { type DuplicateReason, type PreparedTip, scorePair } from './score-pair';
import { decodeFeatures, FEATURES_VERSION, textFeatures } from './text-features';

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

type CandidateRow = TipRow & { status: string; language: string };

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

/** The columns of a tip that scoring needs; the text only when its stored features cannot be used ($current: the LIKE pattern of this version). */
const tipColumns = (current: string) => `
  t.id, t.category::text AS category, t.lat, t.lng, t."accuracyM",
  t."observedOn"::timestamp AT TIME ZONE 'UTC' AS "observedOn", t."receivedAt" AT TIME ZONE 'UTC' AS "receivedAt", t."caseId",
  CASE WHEN f.features LIKE ${current} THEN f.features END AS features,
  CASE WHEN f.features LIKE ${current} THEN NULL ELSE t.description END AS description,
  CASE WHEN f.features LIKE ${current} THEN NULL ELSE t.landmark END AS landmark,
  COALESCE((SELECT json_agg(json_build_object('sha256', a.sha256, 'phash', a.phash)) FROM "Attachment" a WHERE a."tipId" = t.id), '[]'::json) AS attachments`;

const withFeatures = `LEFT JOIN "DedupKey" f ON f.key = 't:' || t.id::text`;

/** The tip itself, in the actor's scope: $1 tip, $2 features pattern, $3 provinces or NULL. */
const TIP_SQL = `SELECT ${tipColumns('$2::text')} FROM "Tip" t ${withFeatures}
  WHERE t.id = $1::uuid AND ($3::text[] IS NULL OR t."provinceCode" = ANY($3::text[]))`;

/** Candidates with their exclusions and everything scoring needs: $1-$14 as CANDIDATE_IDS_SQL, $15 features pattern, $16 the tip's case. */
const CANDIDATES_SQL = `
  WITH ids AS (${CANDIDATE_IDS_SQL})
  SELECT ${tipColumns('$15::text')}, t.status::text AS status, t.language
  FROM ids JOIN "Tip" t ON t.id = ids.id ${withFeatures}
  WHERE ($14::text[] IS NULL OR t."provinceCode" = ANY($14::text[]))
    AND ($16::uuid IS NULL OR t."caseId" IS DISTINCT FROM $16::uuid)
    AND NOT EXISTS (SELECT 1 FROM "DuplicateDismissal" x WHERE x."tipAId" = $1::uuid AND x."tipBId" = t.id)
    AND NOT EXISTS (SELECT 1 FROM "DuplicateDismissal" x WHERE x."tipBId" = $1::uuid AND x."tipAId" = t.id)`;

type Runner = <T>(name: string, text: string, values: unknown[]) => Promise<T[]>;

/**
 * The app's client and a DedupPool go through pg with named statements (planned once per
 * connection); any other Prisma client (a transaction, a script's own) runs the same text.
 */
function runner(client: Db | Tx | DedupPool): Runner {
  const pool = client instanceof pg.Pool ? client : client === db ? dedupPool(requireSetting('DATABASE_URL')) : null;
  if (pool) return async <T>(name: string, text: string, values: unknown[]) => (await pool.query({ name, text, values })).rows as T[];
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
    tipId: z.string(),
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
  const current = `[${FEATURES_VERSION},%`;
  const query = runner(client);

  // Two round trips: the tip (its features give the search keys), then candidates, their
  // exclusions and everything scoring needs in one statement.
  const [row] = await query<TipRow>('dedup_tip', TIP_SQL, [tipId, current, provinceCodes ?? null]);
  if (!row) throw new AppError('NOT_FOUND');
  const tip = toDedupTip(row);

  const ids = candidateIdsValues({
    tipId,
    lat: row.lat,
    lng: row.lng,
    receivedAt: row.receivedAt,
    ...searchTerms(tip.features, row.lat, row.lng),
    provinceCodes,
    settings,
  });
  const candidates = await query<CandidateRow>('dedup_candidates', CANDIDATES_SQL, [...ids, current, row.caseId]);
  const minScore = options.minScore ?? DUPLICATE_SHOW_THRESHOLD;

  return candidates
    .map((candidate) => {
      const { score, distanceM, reasons } = scorePair(tip, toDedupTip(candidate), settings);
      return {
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
      };
    })
    .filter((candidate) => candidate.score >= minScore)
    .sort((a, b) => b.score - a.score || a.distanceM - b.distanceM)
    .slice(0, options.limit ?? 20);
}
