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
 * limited to some (an officer's, or the filter's). The parts of one status are put together
 * with UNION ALL, status after status until the page is full (readInboxPage). Search
 * matches ILIKE '%term%' for short terms, word similarity (<%) of each word for longer
 * phrases, so Khmer (no spaces between words) and English both work. Rare terms are looked
 * up in the pg_trgm GIN index on description; common ones (as ANALYZE's sample of
 * descriptions says) walk the segments' ordered scans and check each row until the page is
 * full (decision 0330).
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

/**
 * Words Khmer and Thai write straight before a name, without a space: អគារ + name is
 * "building X". Compared whole, "អគារX" resembles every "អគារY" whose name shares a letter
 * or two (at 1M tips, one such search resembled 1,500 tips); the name is compared on its own.
 */
const KIND_BEFORE_NAME = /^(អគារ|ផ្ទះ|ក្រុមហ៊ុន|កាស៊ីណូ|សណ្ឋាគារ|ភោជនីយដ្ឋាន|ផ្សារ|វត្ត|ភូមិ|ตึก|อาคาร|บริษัท|คาสิโน|โรงแรม)(?=[\p{L}\p{M}]{3})/u;

/** The words of a long search worth comparing: three characters or more (Khmer runs count whole, a kind word before a name apart). */
export const searchWords = (q: string) => [
  ...new Set(
    q
      .split(/\s+/)
      .flatMap((word) => {
        const kind = KIND_BEFORE_NAME.exec(word)?.[1];
        return kind ? [kind, word.slice(kind.length)] : [word];
      })
      .filter((word) => [...word].length >= 3),
  ),
].slice(0, MAX_SEARCH_WORDS);

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
function conditions(filter: InboxFilter, search: Prisma.Sql[] = searchConditions(filter)): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filter.category) where.push(Prisma.sql`t.category = ${filter.category}::"TipCategory"`);
  if (filter.from) where.push(Prisma.sql`t."receivedAt" >= ${dayStart(filter.from)}`);
  if (filter.to) where.push(Prisma.sql`t."receivedAt" < ${new Date(dayStart(filter.to).getTime() + 86_400_000)}`);
  if (filter.photos) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Attachment" a WHERE a."tipId" = t.id)`);
  if (filter.reward) where.push(Prisma.sql`t."wantsReward"`);
  if (filter.noPow) where.push(Prisma.sql`NOT t."powVerified"`);
  return [...where, ...search];
}

/**
 * What a search compares: the staff reference's id range; or the text, as one substring
 * (short searches) or word by word by similarity (longer ones). Word by word: the whole
 * phrase against the whole text would match every tip sharing its common words ("compound",
 * "high walls") and cost a similarity per row; each word on its own is a narrow GIN lookup,
 * and still forgives a typo.
 */
export type SearchTerms = { ref: { from: string; to: string } } | { substring: string } | { words: string[] };

export function searchTerms(q: string): SearchTerms {
  const text = q.normalize('NFC');
  const ref = tipRefRange(text);
  if (ref) return { ref };
  if ([...text].length <= SHORT_SEARCH_MAX || searchWords(text).length === 0) return { substring: `%${escapeLike(text)}%` };
  return { words: searchWords(text) };
}

/** The text terms of a search, each matched on its own (one for a substring search). */
const textTerms = (terms: SearchTerms): string[] => ('substring' in terms ? [terms.substring] : 'words' in terms ? terms.words : []);

/** One text term against `text`: as a substring, or by word similarity (the threshold set for the transaction). */
function termMatches(terms: SearchTerms, term: string, text: Prisma.Sql): Prisma.Sql {
  return 'substring' in terms ? Prisma.sql`${text} ILIKE ${term}` : Prisma.sql`${term} <% ${text}`;
}

/** The search's conditions on the tip `t`; only the words in `indexed`, when given (the others are checked later). */
function searchConditions(filter: InboxFilter, indexed?: readonly string[]): Prisma.Sql[] {
  if (!filter.q) return [];
  const terms = searchTerms(filter.q);
  if ('ref' in terms) return [Prisma.sql`t.id BETWEEN ${terms.ref.from}::uuid AND ${terms.ref.to}::uuid`];
  return textTerms(terms)
    .filter((term) => !indexed || indexed.includes(term))
    .map((term) => termMatches(terms, term, Prisma.sql`t.description`));
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
  /** Tests: walk this many rows in inbox order before asking the index, whatever the search's sample says (0: never walk). */
  searchWalkRows?: number;
}

/** The columns of a page row, from the tip `t`, its segment given. */
const pageColumns = (seg: Prisma.Sql) => Prisma.sql`t.id, t.category, t.status, t.priority, t."provinceCode", t."districtCode", t."receivedAt", t.urgent,
                 t."wantsReward", t."powVerified", t."assignedToId", t."caseId", left(t.description, 400) AS head, ${seg} AS seg`;

/**
 * The SQL of one inbox page (take + 1 rows, to know whether there is a next page) from the
 * segments of one status (`status`, a status of the inbox's order) or of all; null when the
 * cursor is past them.
 */
function inboxQuery(actor: Actor, filter: InboxFilter, take: number, status?: TipStatusCode): Prisma.Sql | null {
  const cursor = filter.after ? decodeCursor(filter.after) : null;
  const common = conditions(filter);
  const provinces = inboxProvinces(actor, filter);
  if (provinces?.length === 0) return null;
  const parts = inboxSegments(filter.status).flatMap((segment, index) => {
    if ((cursor && index < cursor.s) || (status && segment.status !== status)) return [];
    const where = [...segmentWhere(segment), ...common];
    if (cursor && index === cursor.s) where.push(Prisma.sql`(t."receivedAt", t.id) > (${new Date(cursor.t)}, ${cursor.id}::uuid)`);
    return (provinces ?? [null]).map(
      (province) => Prisma.sql`(SELECT ${pageColumns(Prisma.sql`${index}::int`)}
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
 * A page without a search, read status by status in the inbox's order until it is full: one
 * statement scans every segment of its status (and province) to the page's length, and its
 * sort needs them all, so a page that the untriaged tips fill never scans the other statuses'
 * (an officer's filtered page read 28 segment scans for 51 rows). Each tip of a status comes
 * before the next status's, so the page is the same.
 */
export async function readInboxPage(client: Db | Tx, actor: Actor, filter: InboxFilter, take: number, trace?: Prisma.Sql[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const status of filter.status ? [filter.status] : TIP_STATUSES) {
    const query = inboxQuery(actor, filter, take - rows.length, status);
    if (!query) continue;
    trace?.push(query);
    // Each statement reads its own snapshot: a tip triaged between two is listed once, where first read.
    const read = new Set(rows.map((row) => row.id));
    rows.push(...(await client.$queryRaw<Row[]>(query)).filter((row) => !read.has(row.id)));
    if (rows.length > take) break;
  }
  return rows;
}

/**
 * A search of rare terms (a name, a number) collects its matches (one GIN lookup), at most
 * SEARCH_HITS_CAP + 1 of them, and the page is ordered from those ids alone. More: the segment
 * scans. A search of common terms (a word in most tips, a phrase of such words) walks the
 * inbox in order instead (walkSearch): the GIN lookup of a common word reads huge posting
 * lists and checks every row they name, only to keep the first 51.
 */
export const SEARCH_HITS_CAP = 2_000;

/**
 * The matches of a search, unordered, at most `cap` + 1. `indexed`: the words looked up in the
 * trigram index (the rarest); the others are left out here and checked afterwards, on the
 * page's candidates in order (rankedQuery's `recheck`). Without it, every word is looked up.
 */
export function searchHitsQuery(actor: Actor, filter: InboxFilter, cap = SEARCH_HITS_CAP, indexed?: readonly string[]): Prisma.Sql | null {
  const provinces = inboxProvinces(actor, filter);
  if (provinces?.length === 0) return null;
  // The cheap conditions first: of two of equal cost, PostgreSQL checks first the one written first.
  const where = [
    ...(filter.status ? [Prisma.sql`t.status = ${filter.status}::"TipStatus"`] : []),
    ...(provinces ? [Prisma.sql`t."provinceCode" = ANY(${provinces}::text[])`] : []),
    ...conditions(filter, searchConditions(filter, indexed)),
  ];
  return Prisma.sql`SELECT t.id FROM "Tip" t WHERE ${Prisma.join(where, ' AND ')} LIMIT ${cap + 1}`;
}

/**
 * The page from a search's matches (`hits`, searchHitsQuery), in one statement: the matches
 * stay in the database (1,000-2,000 ids were sent back and forth before). Every row carries
 * `matches`, their count; when it is over `cap` the page is not ordered and the one row has
 * only `matches` (the caller falls back to the segment scans). `recheck`: conditions on
 * `t.description` still to check; the candidates are put in inbox order first (cheap
 * columns), so only as many are checked as the page needs.
 */
export function rankedQuery(filter: InboxFilter, hits: Prisma.Sql, cap: number, take: number, recheck: Prisma.Sql[] = []): Prisma.Sql {
  const cursor = filter.after ? decodeCursor(filter.after) : null;
  const segment = Prisma.join(
    inboxSegments(filter.status).map((entry, index) => Prisma.sql`WHEN ${Prisma.join(segmentWhere(entry), ' AND ')} THEN ${index}::int`),
    ' ',
  );
  // OFFSET 0 keeps the checks above the sort, so the LIMIT stops them.
  return Prisma.sql`
    WITH hits AS MATERIALIZED (${hits})
    SELECT found.matches, page.* FROM (SELECT count(*)::int AS matches FROM hits) found
    LEFT JOIN LATERAL (
      SELECT t.id, t.category, t.status, t.priority, t."provinceCode", t."districtCode", t."receivedAt", t.urgent,
             t."wantsReward", t."powVerified", t."assignedToId", t."caseId", t.head, t.seg,
             (SELECT count(*)::int FROM "Attachment" a WHERE a."tipId" = t.id) AS "photoCount"
      FROM (SELECT page.* FROM (SELECT ${pageColumns(Prisma.sql`CASE ${segment} END`)}, t.description
                                FROM "Tip" t WHERE t.id = ANY(ARRAY(SELECT id FROM hits))) page
            WHERE page.seg IS NOT NULL ${cursor ? Prisma.sql`AND (page.seg, page."receivedAt", page.id) > (${cursor.s}::int, ${new Date(cursor.t)}, ${cursor.id}::uuid)` : Prisma.empty}
            ORDER BY page.seg, page."receivedAt", page.id OFFSET 0) t
      WHERE found.matches <= ${cap} ${recheck.length ? Prisma.sql`AND ${Prisma.join(recheck, ' AND ')}` : Prisma.empty}
      ORDER BY t.seg, t."receivedAt", t.id
      LIMIT ${take + 1}) page ON true`;
}

/** Rows the walk of a common search may read, at most (~10 ms of substring checks, ~40 of similarity). */
export const SEARCH_WALK_ROWS = 2_000;
/** Share of tips a search's rarest term must match (in ANALYZE's sample) for the search to be walked rather than looked up. */
export const SEARCH_WALK_SHARE = 0.015;

/**
 * About how common each text term is: the share of ANALYZE's sample of descriptions
 * (pg_stats' histogram, every other of its ~100 values) containing it as a substring, a cheap
 * stand-in for similarity (~20 µs a comparison): it only chooses the path, never the result.
 * Null before the table was first analysed.
 */
async function termShares(tx: Db | Tx, terms: SearchTerms, trace?: Prisma.Sql[]): Promise<number[] | null> {
  const patterns = 'words' in terms ? terms.words.map((word) => `%${escapeLike(word)}%`) : textTerms(terms);
  const query = Prisma.sql`
    SELECT ARRAY[${Prisma.join(patterns.map((pattern) => Prisma.sql`count(*) FILTER (WHERE h ILIKE ${pattern})::int`))}] AS hits,
           count(*)::int AS total
    FROM pg_stats s, unnest(s.histogram_bounds::text::text[]) WITH ORDINALITY AS sample(h, n)
    WHERE s.schemaname = current_schema() AND s.tablename = 'Tip' AND s.attname = 'description' AND n % 2 = 0`;
  trace?.push(query);
  const [row] = await tx.$queryRaw<{ hits: number[]; total: number }[]>(query);
  return row && row.total > 0 ? row.hits.map((hits) => hits / row.total) : null;
}

interface WalkedRow extends Row {
  n: number;
  last: boolean;
  hit: boolean;
}

/**
 * A search answered by walking the inbox in order: segment by segment, the rows the other
 * filters let through (the same ordered index scans as a page without a search), each checked
 * against `match`, until the page is full. What it returns is exact: every row before the
 * last one read was checked. Null when `budget` rows were read before the page filled (the
 * search was rarer than its sample said): the caller asks the index instead.
 */
async function walkSearch(tx: Db | Tx, actor: Actor, filter: InboxFilter, take: number, budget: number, match: Prisma.Sql[], trace?: Prisma.Sql[]): Promise<Row[] | null> {
  const cursor = filter.after ? decodeCursor(filter.after) : null;
  const provinces = inboxProvinces(actor, filter);
  if (provinces?.length === 0) return [];
  const common = conditions(filter, []);
  const segments = inboxSegments(filter.status);
  const found: WalkedRow[] = [];
  let left = budget;
  for (let index = cursor?.s ?? 0; index < segments.length && found.length <= take; index++) {
    const where = [...segmentWhere(segments[index]!), ...common];
    if (cursor && index === cursor.s) where.push(Prisma.sql`(t."receivedAt", t.id) > (${new Date(cursor.t)}, ${cursor.id}::uuid)`);
    const scan = (province: string | null) => Prisma.sql`SELECT ${pageColumns(Prisma.sql`${index}::int`)}, t.description FROM "Tip" t
      WHERE ${Prisma.join(province ? [Prisma.sql`t."provinceCode" = ${province}`, ...where] : where, ' AND ')}
      ORDER BY t."receivedAt", t.id LIMIT ${left}`;
    const rows = provinces
      ? Prisma.sql`SELECT * FROM (${Prisma.join(provinces.map((province) => Prisma.sql`(${scan(province)})`), ' UNION ALL ')}) t ORDER BY t."receivedAt", t.id LIMIT ${left}`
      : scan(null);
    // Only the matches come back, and the last row read (`last`), to know how far the walk went.
    const query = Prisma.sql`
      SELECT t.id, t.category, t.status, t.priority, t."provinceCode", t."districtCode", t."receivedAt", t.urgent, t."wantsReward", t."powVerified",
             t."assignedToId", t."caseId", t.head, t.seg, t.n, t.last, t.hit,
             (SELECT count(*)::int FROM "Attachment" a WHERE a."tipId" = t.id) AS "photoCount"
      FROM (SELECT t.*, row_number() OVER walk::int AS n, lead(t.id) OVER walk IS NULL AS last, ${Prisma.join(match, ' AND ')} AS hit
            FROM (${rows}) t WINDOW walk AS (ORDER BY t."receivedAt", t.id)) t
      WHERE t.hit OR t.last
      LIMIT ${take + 1 - found.length}`;
    trace?.push(query);
    const result = await tx.$queryRaw<WalkedRow[]>(query);
    found.push(...result.filter((row) => row.hit));
    if (found.length > take) break;
    const read = result.find((row) => row.last)?.n ?? 0;
    if (read >= left) return null;
    left -= read;
  }
  return found.slice(0, take + 1).map(({ n: _n, last: _last, hit: _hit, ...row }) => row);
}

export interface SearchOptions {
  /** See ListInboxOptions. */
  cap?: number;
  walkRows?: number;
  /** Collects the statements run, for bench:inbox's EXPLAIN. */
  trace?: Prisma.Sql[];
}

/**
 * The rows of a search's page (take + 1), inside `tx` with the similarity setting. Common
 * terms: walked in inbox order. Otherwise (or when the walk read its budget first): the index,
 * looking up only the rarest words and checking the others on the candidates in inbox order.
 */
export async function searchInbox(tx: Db | Tx, actor: Actor, filter: InboxFilter, take: number, options: SearchOptions = {}): Promise<Row[]> {
  const { cap = SEARCH_HITS_CAP, trace } = options;
  const terms = searchTerms(filter.q ?? '');
  const texts = textTerms(terms);
  const shares = texts.length && options.walkRows === undefined ? await termShares(tx, terms, trace) : null;
  // Rarest first: the walk's check fails sooner, and the index looks up the rarest only.
  const byShare = texts.map((term, index) => ({ term, share: shares?.[index] ?? 0 })).sort((a, b) => a.share - b.share);
  const rarest = byShare[0]?.share ?? 0;
  const walkRows = !texts.length ? 0 : options.walkRows ?? (rarest >= SEARCH_WALK_SHARE ? Math.min(SEARCH_WALK_ROWS, Math.ceil((4 * (take + 1)) / rarest)) : 0);
  if (walkRows > 0) {
    const match = byShare.map(({ term }) => termMatches(terms, term, Prisma.sql`t.description`));
    const walked = await walkSearch(tx, actor, filter, take, walkRows, match, trace);
    if (walked) return walked;
  }

  const indexed = shares && 'words' in terms ? byShare.filter(({ share }) => share <= rarest).map(({ term }) => term) : undefined;
  const recheck = texts.filter((term) => indexed && !indexed.includes(term)).map((term) => termMatches(terms, term, Prisma.sql`t.description`));
  const run = <Result>(query: Prisma.Sql) => {
    trace?.push(query);
    return tx.$queryRaw<Result[]>(query);
  };
  const hits = searchHitsQuery(actor, filter, cap, indexed);
  if (!hits) return [];
  const ranked = await run<{ matches: number } & (Row | { [column in keyof Row]: null })>(rankedQuery(filter, hits, cap, take, recheck));
  if (ranked[0]!.matches <= cap) return ranked.flatMap(({ matches: _matches, ...row }) => (row.id === null ? [] : [row as Row]));
  return readInboxPage(tx, actor, filter, take, trace);
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
          return searchInbox(tx, actor, filter, take, { cap: options.searchHitsCap, walkRows: options.searchWalkRows });
        })
      : await readInboxPage(client, actor, filter, take);

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
