/**
 * What the console map shows: open cases and recent tips the actor may see (an officer's
 * provinces only), filtered by case status, tip category and date. Tips carry no words of
 * the tipster, only category and the day received; cases their reference and status.
 */
import { z } from 'zod';
import { provinceScope } from '@/lib/auth/permissions';
import { CASE_STATUSES } from '@/lib/cases/case-workflow';
import { dayMonthYear } from '@/lib/dates/day-month-year';
import { db as defaultDb, type Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/client';
import { TIP_CATEGORIES } from '@/lib/tips/categories';
import type { MapPoint } from './cluster';
import { defineUseCase } from '@/lib/use-case';

/** Without a date filter, tips of the last 30 days are shown. */
export const RECENT_TIP_DAYS = 30;
/** A bound on what one page renders; beyond it the newest are kept. */
export const MAP_POINT_LIMIT = 5_000;

/** A day typed DD/MM/YYYY (or YYYY-MM-DD); one that is not a day is dropped, and the page says so. */
const day = dayMonthYear('consolePhone.dateInvalid').optional().catch(undefined);
export const mapFiltersSchema = z.object({
  status: z.enum(CASE_STATUSES).optional().catch(undefined),
  category: z.enum(TIP_CATEGORIES).optional().catch(undefined),
  from: day,
  to: day,
});
export type MapFilters = z.input<typeof mapFiltersSchema>;

export interface CasePoint extends MapPoint {
  kind: 'case';
  reference: string;
  status: string;
}
export interface TipPoint extends MapPoint {
  kind: 'tip';
  category: string;
  /** YYYY-MM-DD */
  receivedOn: string;
}

const DAY_MS = 86_400_000;

export const getMapPoints = defineUseCase({
  name: 'getMapPoints',
  permission: 'map.read',
  input: mapFiltersSchema.prefault({}),
  run: async (actor, { status, category, from, to }, client: Db = defaultDb, now: Date = new Date()): Promise<{ cases: CasePoint[]; tips: TipPoint[] }> => {
    const since = from ? new Date(`${from}T00:00:00Z`) : new Date(now.getTime() - RECENT_TIP_DAYS * DAY_MS);
    const until = to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) : undefined;
    const dateRange = { gte: since, ...(until ? { lt: until } : {}) };

    const caseWhere: Prisma.CaseWhereInput = {
      AND: [
        provinceScope(actor),
        { mergedIntoId: null, lat: { not: null }, lng: { not: null } },
        status ? { status } : { status: { not: 'CLOSED' } },
        category ? { tips: { some: { category } } } : {},
        from || to ? { createdAt: dateRange } : {},
      ],
    };
    const tipWhere: Prisma.TipWhereInput = { AND: [provinceScope(actor), { receivedAt: dateRange }, category ? { category } : {}] };

    const [cases, tips] = await Promise.all([
      client.case.findMany({ where: caseWhere, orderBy: { updatedAt: 'desc' }, take: MAP_POINT_LIMIT, select: { id: true, reference: true, status: true, lat: true, lng: true } }),
      client.tip.findMany({ where: tipWhere, orderBy: { receivedAt: 'desc' }, take: MAP_POINT_LIMIT, select: { id: true, category: true, receivedAt: true, lat: true, lng: true } }),
    ]);
    return {
      cases: cases.map((row) => ({ kind: 'case', id: row.id, reference: row.reference, status: row.status, lat: row.lat!, lng: row.lng! })),
      tips: tips.map((row) => ({ kind: 'tip', id: row.id, category: row.category, receivedOn: row.receivedAt.toISOString().slice(0, 10), lat: row.lat, lng: row.lng })),
    };
  },
});
