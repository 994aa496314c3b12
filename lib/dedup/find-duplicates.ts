/**
 * Possible duplicates of one tip, ranked: the bounded candidate search, then the pure
 * scoring of each pair. The console's tip detail and `npm run dedup:eval` both call this.
 * Pairs an officer marked "not a duplicate" and tips already in the same case are left out.
 */
import type { Db, Tx } from '@/lib/db/client';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { type Actor, provinceScope, requirePermission, seesAllProvinces } from '@/lib/auth/permissions';
import type { TipCategoryCode } from '@/lib/tips/categories';
import { DEDUP_DEFAULTS, type DedupSettings, DUPLICATE_FLAG_THRESHOLD, DUPLICATE_SHOW_THRESHOLD } from './config';
import { findCandidateIds, searchTerms } from './find-candidates';
import { type DuplicateReason, type PreparedTip, prepareTip, scorePair } from './score-pair';

export interface FindDuplicatesOptions {
  tipId: string;
  /** The staff member asking; when given, permission and province scope apply. */
  actor?: Actor;
  /** Most results returned, best first (default 20). */
  limit?: number;
  /** Lowest score returned (default DUPLICATE_SHOW_THRESHOLD). */
  minScore?: number;
  settings?: Partial<DedupSettings>;
}

export interface DuplicateCandidate {
  tipId: string;
  code: string;
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

const TIP_FIELDS = {
  id: true,
  code: true,
  category: true,
  description: true,
  landmark: true,
  lat: true,
  lng: true,
  accuracyM: true,
  observedOn: true,
  receivedAt: true,
  caseId: true,
  status: true,
  language: true,
  attachments: { select: { sha256: true, phash: true } },
} as const;

type TipRow = {
  id: string;
  category: TipCategoryCode;
  description: string;
  landmark: string | null;
  lat: number;
  lng: number;
  accuracyM: number | null;
  observedOn: Date | null;
  receivedAt: Date;
  attachments: { sha256: string; phash: string }[];
};

/**
 * What a tip's words offer, remembered by tip id: a tip's description and landmark never
 * change after intake, and reading them (concepts, names, romanisation) is most of the cost
 * of scoring. Bounded; the oldest entries go first.
 */
const FEATURE_CACHE_SIZE = 20_000;
const featureCache = new Map<string, { text: string; features: PreparedTip['features'] }>();

function toDedupTip(row: TipRow): PreparedTip {
  const text = row.landmark ? `${row.description}\n${row.landmark}` : row.description;
  const cached = featureCache.get(row.id);
  if (cached && cached.text === text) {
    return { id: row.id, category: row.category, lat: row.lat, lng: row.lng, accuracyM: row.accuracyM, at: row.observedOn ?? row.receivedAt, text, photos: row.attachments, features: cached.features };
  }
  const prepared = prepareTipUncached(row);
  if (featureCache.size >= FEATURE_CACHE_SIZE) featureCache.delete(featureCache.keys().next().value!);
  featureCache.set(row.id, { text, features: prepared.features });
  return prepared;
}

function prepareTipUncached(row: TipRow): PreparedTip {
  return prepareTip({
    id: row.id,
    category: row.category,
    lat: row.lat,
    lng: row.lng,
    accuracyM: row.accuracyM,
    at: row.observedOn ?? row.receivedAt,
    text: row.landmark ? `${row.description}\n${row.landmark}` : row.description,
    photos: row.attachments,
  });
}

export function dedupSettings(overrides: Partial<DedupSettings> = {}): DedupSettings {
  return { ...DEDUP_DEFAULTS, radiusM: env().DEDUP_RADIUS_M, ...overrides };
}

export async function findDuplicates(client: Db | Tx, options: FindDuplicatesOptions): Promise<DuplicateCandidate[]> {
  const { actor, tipId } = options;
  if (actor) requirePermission(actor, 'tips.read');
  const scope = actor ? provinceScope(actor) : {};
  const settings = dedupSettings(options.settings);

  const row = await client.tip.findFirst({ where: { id: tipId, ...scope }, select: TIP_FIELDS });
  if (!row) throw new AppError('NOT_FOUND');
  const tip = toDedupTip(row);

  const ids = await findCandidateIds(client, {
    tipId,
    lat: row.lat,
    lng: row.lng,
    receivedAt: row.receivedAt,
    ...searchTerms(tip.features, row.lat, row.lng),
    provinceCodes: actor && !seesAllProvinces(actor) ? actor.provinceCodes : undefined,
    settings,
  });
  if (ids.length === 0) return [];

  const provinceCodes = actor && !seesAllProvinces(actor) ? [...actor.provinceCodes] : null;
  const [candidates, dismissals] = await Promise.all([
    // One raw statement (photos aggregated) instead of findMany with an include: loading is
    // most of the cost of findDuplicates, and this is the same rows in one round trip.
    client.$queryRaw<(Omit<TipRow, 'attachments'> & { code: string; caseId: string | null; status: string; language: string; attachments: TipRow['attachments'] })[]>`
      SELECT t.id, t.code, t.category::text AS category, t.description, t.landmark, t.lat, t.lng, t."accuracyM", t."observedOn", t."receivedAt",
             t."caseId", t.status::text AS status, t.language,
             COALESCE((SELECT json_agg(json_build_object('sha256', a.sha256, 'phash', a.phash)) FROM "Attachment" a WHERE a."tipId" = t.id), '[]'::json) AS attachments
      FROM "Tip" t
      WHERE t.id = ANY(${ids}::uuid[]) AND (${provinceCodes === null} OR t."provinceCode" = ANY(${provinceCodes ?? []}::text[]))`,
    client.duplicateDismissal.findMany({
      where: { OR: [{ tipAId: tipId, tipBId: { in: ids } }, { tipBId: tipId, tipAId: { in: ids } }] },
      select: { tipAId: true, tipBId: true },
    }),
  ]);
  const dismissed = new Set(dismissals.map((pair) => (pair.tipAId === tipId ? pair.tipBId : pair.tipAId)));
  const minScore = options.minScore ?? DUPLICATE_SHOW_THRESHOLD;

  return candidates
    .filter((candidate) => !dismissed.has(candidate.id) && !(row.caseId && candidate.caseId === row.caseId))
    .map((candidate) => {
      const { score, distanceM, reasons } = scorePair(tip, toDedupTip(candidate), settings);
      return {
        tipId: candidate.id,
        code: candidate.code,
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
