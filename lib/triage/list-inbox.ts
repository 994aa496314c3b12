/**
 * The triage inbox: untriaged (NEW) tips first, urgent before the rest, oldest first; then
 * the other statuses in workflow order. Untriaged tips sent without proof of work (the form
 * without JavaScript) come after the untriaged tips with it of the same urgency, so a flood
 * through that form cannot bury the others (docs/decisions/0720), nor can it bury an urgent
 * tip among them under tips that are not urgent (0880). Keyset pages over (segment, receivedAt, id), never
 * OFFSET, so page 10,000 costs what page 1 does.
 *
 * How it stays fast at a million tips: each (status, urgent) pair is one "segment" answered
 * in order by a btree, with a LIMIT: Tip(status, urgent, receivedAt) for every province, or
 * Tip(provinceCode, status, urgent, receivedAt, id) once per province when the page is
 * limited to some (an officer's, or the filter's). The parts are put together with UNION ALL
 * and the page is the first rows in segment order. Search uses the
 * pg_trgm GIN index on description: ILIKE '%term%' for short terms, word similarity (<%) of
 * each word for longer phrases, so Khmer (no spaces between words) and English both work.
 * Lists show what triage needs, never the tipster's words in full.
 */
import { z } from 'zod';
import { type Actor, seesAllProvinces } from '@/lib/auth/permissions';
import { db as defaultDb, type Db, type Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import { PROVINCE_CODES } from '@/lib/geo/provinces';
import { TIP_CATEGORIES, type TipCategoryCode } from '@/lib/tips/categories';
import { cambodiaDayStart } from '@/lib/i18n/format';
import { tipRef, tipRefRange } from '@/lib/tips/staff-ref';
import { dayMonthYear } from '@/lib/dates/day-month-year';
import { NO_REPLY_FLAGS, replyFlags } from './reply-flags';
import { isTriageOverdue, type TriageDueSettings, triageDueSettings } from './triage-due';
import { TIP_STATUSES, type TipStatusCode } from './tip-workflow';
import { defineUseCase } from '@/lib/use-case';

export const INBOX_PAGE_SIZE = 50;
/** Up to this many characters a search is a substring match (ILIKE); longer, a similarity match. */
export const SHORT_SEARCH_MAX = 20;
/** Word similarity a longer search needs (pg_trgm's default 0.6 misses Khmer phrases: 0.57 seen). */
export const SEARCH_SIMILARITY = 0.5;
/** Characters of the description a list row may show. */
export const EXCERPT_LENGTH = 60;

const flag = z.enum(['1', 'on', 'true']).optional().transform((value) => value !== undefined);
const isoDate = dayMonthYear('consolePhone.dateInvalid');

export const cursorSchema = z.object({ s: z.number().int().min(0).max(TIP_STATUSES.length * 2 + 2), t: z.iso.datetime(), id: z.uuid() });
export type InboxCursor = z.infer<typeof cursorSchema>;

export const encodeCursor = (cursor: InboxCursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
export function decodeCursor(value: string): InboxCursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    throw new z.ZodError([{ code: 'custom', path: ['after'], message: 'triage.errors.cursor', input: value }]);
  }
}

export const inboxFilterSchema = z.object({
  status: z.enum(TIP_STATUSES).optional(),
  category: z.enum(TIP_CATEGORIES).optional(),
  province: z.enum(PROVINCE_CODES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  photos: flag,
  reward: flag,
  noPow: flag,
  q: z.string().trim().max(200, 'triage.errors.searchLong').optional(),
  after: z.string().max(300).optional(),
});

export type InboxFilterInput = Partial<Record<keyof z.input<typeof inboxFilterSchema>, string>>;
export type InboxFilter = z.output<typeof inboxFilterSchema>;

export interface InboxRow {
  id: string;
  /** Staff reference (decision 0800), never the tip code. */
  ref: string;
  category: TipCategoryCode;
  status: TipStatusCode;
  priority: string;
  provinceCode: string | null;
  districtCode: string | null;
  receivedAt: Date;
  urgent: boolean;
  wantsReward: boolean;
  powVerified: boolean;
  /** Untriaged, not urgent and sent without proof of work: listed in a section of its own, after the others (urgent ones stay with the urgent: 0880). */
  apart: boolean;
  assigned: boolean;
  linked: boolean;
  photoCount: number;
  overdue: boolean;
  excerpt: string;
  /** The tipster's messages nobody has opened yet, and whether one says they are not safe (reply-flags.ts). */
  unreadReplies: number;
  notSafe: boolean;
}

export interface InboxPage {
  rows: InboxRow[];
  /** Cursor of the next page, or null on the last. */
  next: string | null;
  filter: InboxFilter;
}

export interface InboxSegment {
  status: TipStatusCode;
  urgent: boolean;
  /** Set for NEW only: tips with proof of work (true) before those without (false). */
  powVerified?: boolean;
}

/**
 * The segments in inbox order: NEW urgent with proof of work, then without; NEW other with
 * proof of work, then without; then TRIAGED urgent, TRIAGED other, ... Only NEW is split: once
 * triaged, a tip was read. Urgency outranks proof of work (decision 0880): a person held who
 * wrote from a phone without JavaScript is never listed below tips that are not urgent.
 */
export function inboxSegments(status?: TipStatusCode): InboxSegment[] {
  return (status ? [status] : [...TIP_STATUSES]).flatMap((value): InboxSegment[] =>
    value === 'NEW'
      ? [
          { status: value, urgent: true, powVerified: true },
          { status: value, urgent: true, powVerified: false },
          { status: value, urgent: false, powVerified: true },
          { status: value, urgent: false, powVerified: false },
        ]
      : [
          { status: value, urgent: true },
          { status: value, urgent: false },
        ],
  );
}

const segmentWhere = (segment: InboxSegment): Prisma.Sql[] => [
  Prisma.sql`t.status = ${segment.status}::"TipStatus"`,
  Prisma.sql`t.urgent = ${segment.urgent}`,
  ...(segment.powVerified === undefined ? [] : [Prisma.sql`t."powVerified" = ${segment.powVerified}`]),
];

/** The start of the text, long digit runs masked (a phone number could be the tipster's own). */
export function safeExcerpt(description: string, length = EXCERPT_LENGTH): string {
  const flat = description
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[0-9០-៩][0-9០-៩\s-]{4,}[0-9០-៩]/g, (run) => run.replace(/[0-9០-៩]/g, '•'));
  const chars = [...flat];
  if (chars.length <= length) return flat;
  const cut = chars.slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`;
}

/** Most words of a long search compared (the rest narrow nothing worth the cost). */
export const MAX_SEARCH_WORDS = 8;

/** The words of a long search worth comparing: three characters or more (Khmer runs count whole). */
export const searchWords = (q: string) => q.split(/\s+/).filter((word) => [...word].length >= 3).slice(0, MAX_SEARCH_WORDS);

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The day boundaries an officer means: Cambodia's. */
const dayStart = cambodiaDayStart;

/**
 * The provinces the page is limited to (the filter, within an officer's scope), or null for
 * every province. Each one is scanned on its own through Tip(provinceCode, status, urgent,
 * receivedAt, id), so a quiet province is as fast as a busy one.
 */
export function inboxProvinces(actor: Actor, filter: InboxFilter): string[] | null {
  const scope = seesAllProvinces(actor) ? null : [...actor.provinceCodes];
  if (filter.province) return scope && !scope.includes(filter.province) ? [] : [filter.province];
  return scope;
}

/** Everything but status, urgency and province, which choose the index range. */
function conditions(filter: InboxFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter.category) where.push(Prisma.sql`t.category = ${filter.category}::"TipCategory"`);
  if (filter.from) where.push(Prisma.sql`t."receivedAt" >= ${dayStart(filter.from)}`);
  if (filter.to) where.push(Prisma.sql`t."receivedAt" < ${new Date(dayStart(filter.to).getTime() + 86_400_000)}`);
  if (filter.photos) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Attachment" a WHERE a."tipId" = t.id)`);
  if (filter.reward) where.push(Prisma.sql`t."wantsReward"`);
  if (filter.noPow) where.push(Prisma.sql`NOT t."powVerified"`);
  if (filter.q) {
    const q = filter.q.normalize('NFC');
    const ref = tipRefRange(q);
    if (ref) where.push(Prisma.sql`t.id BETWEEN ${ref.from}::uuid AND ${ref.to}::uuid`);
    else if ([...q].length <= SHORT_SEARCH_MAX || searchWords(q).length === 0) where.push(Prisma.sql`t.description ILIKE ${`%${escapeLike(q)}%`}`);
    // Word by word: the whole phrase against the whole text would match every tip sharing its
    // common words ("compound", "high walls") and cost a similarity per row; each word on its
    // own is a narrow GIN lookup, and still forgives a typo.
    else where.push(Prisma.join(searchWords(q).map((word) => Prisma.sql`${word} <% t.description`), ' AND '));
  }
  return where;
}

/** A row as the query returns it: the page's columns read straight from the tip, and what the rest is derived from. */
interface Row extends Pick<InboxRow, 'id' | 'category' | 'status' | 'priority' | 'provinceCode' | 'districtCode' | 'receivedAt' | 'urgent' | 'wantsReward' | 'powVerified' | 'photoCount'> {
  assignedToId: string | null;
  caseId: string | null;
  head: string;
  seg: number;
}

export interface ListInboxOptions {
  now?: Date;
  pageSize?: number;
  due?: TriageDueSettings;
  /** Tests: how many search matches are ordered from their ids before the segment scans take over. */
  searchHitsCap?: number;
}

/**
 * The SQL of one inbox page (take + 1 rows, to know whether there is a next page); null when
 * the cursor is past every segment. Exported for bench:inbox's EXPLAIN ANALYZE.
 */
export function inboxQuery(actor: Actor, filter: InboxFilter, take: number): Prisma.Sql | null {
  const cursor = filter.after ? decodeCursor(filter.after) : null;
  const common = conditions(filter);
  const provinces = inboxProvinces(actor, filter);
  if (provinces?.length === 0) return null;
  const parts = inboxSegments(filter.status).flatMap((segment, index) => {
    if (cursor && index < cursor.s) return [];
    const where = [...segmentWhere(segment), ...common];
    if (cursor && index === cursor.s) where.push(Prisma.sql`(t."receivedAt", t.id) > (${new Date(cursor.t)}, ${cursor.id}::uuid)`);
    return (provinces ?? [null]).map(
      (province) => Prisma.sql`(SELECT t.id, t.category, t.status, t.priority, t."provinceCode", t."districtCode", t."receivedAt", t.urgent,
                         t."wantsReward", t."powVerified", t."assignedToId", t."caseId", left(t.description, 400) AS head, ${index}::int AS seg
                  FROM "Tip" t WHERE ${Prisma.join(province ? [Prisma.sql`t."provinceCode" = ${province}`, ...where] : where, ' AND ')}
                  ORDER BY t."receivedAt", t.id LIMIT ${take + 1})`,
    );
  });
  if (parts.length === 0) return null;
  return Prisma.sql`
    SELECT page.*, (SELECT count(*)::int FROM "Attachment" a WHERE a."tipId" = page.id) AS "photoCount"
    FROM (${Prisma.join(parts, ' UNION ALL ')}) page
    ORDER BY page.seg, page."receivedAt", page.id
    LIMIT ${take + 1}`;
}

/**
 * A search first collects its matches (one GIN lookup), at most SEARCH_HITS_CAP + 1 of them.
 * Few matches (a name, a number): the page is ordered from those ids alone, instead of one
 * index lookup per segment. Many (a common word): the segment scans, which stop early
 * because matches are everywhere.
 */
export const SEARCH_HITS_CAP = 2_000;

export function searchHitsQuery(actor: Actor, filter: InboxFilter, cap = SEARCH_HITS_CAP): Prisma.Sql | null {
  const provinces = inboxProvinces(actor, filter);
  if (provinces?.length === 0) return null;
  const where = [...conditions(filter)];
  if (filter.status) where.push(Prisma.sql`t.status = ${filter.status}::"TipStatus"`);
  if (provinces) where.push(Prisma.sql`t."provinceCode" = ANY(${provinces}::text[])`);
  return Prisma.sql`SELECT t.id FROM "Tip" t WHERE ${Prisma.join(where, ' AND ')} LIMIT ${cap + 1}`;
}

export function rankedQuery(filter: InboxFilter, ids: readonly string[], take: number): Prisma.Sql {
  const cursor = filter.after ? decodeCursor(filter.after) : null;
  const segment = Prisma.join(
    inboxSegments(filter.status).map((entry, index) => Prisma.sql`WHEN ${Prisma.join(segmentWhere(entry), ' AND ')} THEN ${index}::int`),
    ' ',
  );
  return Prisma.sql`
    SELECT page.*, (SELECT count(*)::int FROM "Attachment" a WHERE a."tipId" = page.id) AS "photoCount"
    FROM (SELECT t.id, t.category, t.status, t.priority, t."provinceCode", t."districtCode", t."receivedAt", t.urgent,
                 t."wantsReward", t."powVerified", t."assignedToId", t."caseId", left(t.description, 400) AS head, CASE ${segment} END AS seg
          FROM "Tip" t WHERE t.id = ANY(${[...ids]}::uuid[])) page
    WHERE page.seg IS NOT NULL ${cursor ? Prisma.sql`AND (page.seg, page."receivedAt", page.id) > (${cursor.s}::int, ${new Date(cursor.t)}, ${cursor.id}::uuid)` : Prisma.empty}
    ORDER BY page.seg, page."receivedAt", page.id
    LIMIT ${take + 1}`;
}

/** The query of the page: for a search, after collecting its matches (inside `tx`, with the similarity setting). */
export async function resolveInboxQuery(tx: Db | Tx, actor: Actor, filter: InboxFilter, take: number, cap = SEARCH_HITS_CAP): Promise<Prisma.Sql | null> {
  if (filter.q) {
    const hits = searchHitsQuery(actor, filter, cap);
    if (!hits) return null;
    const ids = (await tx.$queryRaw<{ id: string }[]>(hits)).map((row) => row.id);
    if (ids.length <= cap) return ids.length ? rankedQuery(filter, ids, take) : null;
  }
  return inboxQuery(actor, filter, take);
}

/** Longer searches compare by word similarity, with the threshold set for this transaction only. */
export const usesSimilarity = (filter: InboxFilter) =>
  !!filter.q && !tipRefRange(filter.q) && [...filter.q].length > SHORT_SEARCH_MAX && searchWords(filter.q).length > 0;
export const SIMILARITY_SETTING = `SET LOCAL pg_trgm.word_similarity_threshold = ${SEARCH_SIMILARITY}`;

/** The inbox's query as the page's address gives it: a blank value is no filter. */
const inboxQuerySchema = z.preprocess(
  (input: InboxFilterInput) => Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== '')),
  inboxFilterSchema,
);

export function parseInboxFilter(input: InboxFilterInput): InboxFilter {
  return inboxQuerySchema.parse(input);
}

export const listInbox = defineUseCase({
  name: 'listInbox',
  permission: 'tips.read',
  input: inboxQuerySchema,
  run: async (actor, filter, options: ListInboxOptions = {}, client: Db = defaultDb): Promise<InboxPage> => {
    const take = options.pageSize ?? INBOX_PAGE_SIZE;
    const rows = filter.q
      ? await client.$transaction(async (tx) => {
          if (usesSimilarity(filter)) await tx.$executeRawUnsafe(SIMILARITY_SETTING);
          const query = await resolveInboxQuery(tx, actor, filter, take, options.searchHitsCap);
          return query ? tx.$queryRaw<Row[]>(query) : [];
        })
      : await (async () => {
          const query = inboxQuery(actor, filter, take);
          return query ? client.$queryRaw<Row[]>(query) : [];
        })();

    const now = options.now ?? new Date();
    const due = options.due ?? triageDueSettings();
    const page = rows.slice(0, take);
    const last = page.at(-1);
    const flags = await replyFlags(client, page.map((row) => row.id));
    return {
      filter,
      next: rows.length > take && last ? encodeCursor({ s: last.seg, t: last.receivedAt.toISOString(), id: last.id }) : null,
      rows: page.map((row) => ({
        id: row.id,
        ref: tipRef(row.id),
        category: row.category,
        status: row.status,
        priority: row.priority,
        provinceCode: row.provinceCode,
        districtCode: row.districtCode,
        receivedAt: row.receivedAt,
        urgent: row.urgent,
        wantsReward: row.wantsReward,
        powVerified: row.powVerified,
        apart: row.status === 'NEW' && !row.powVerified && !row.urgent,
        assigned: row.assignedToId !== null,
        linked: row.caseId !== null,
        photoCount: row.photoCount,
        overdue: isTriageOverdue(row, now, due),
        excerpt: safeExcerpt(row.head),
        ...(flags.get(row.id) ?? NO_REPLY_FLAGS),
      })),
    };
  },
});
