/**
 * The case list: newest activity first, filtered by status and province, limited to the
 * officer's provinces, paged by keyset (updatedAt, id) so page 100 costs what page 1 does.
 * Merged cases are left out: they live on inside the case they went into.
 */
import { z } from 'zod';
import { formEnum } from '@/lib/http/form';
import { isUuid } from '@/lib/ids';
import { provinceScope } from '@/lib/auth/permissions';
import { db as defaultDb, type Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/client';
import { defineUseCase } from '@/lib/use-case';
import { CASE_STATUSES, type CaseStatusCode } from './case-workflow';

export const listCasesSchema = z.object({
  status: formEnum(CASE_STATUSES).optional().catch(undefined),
  provinceCode: z.string().regex(/^KH-\d{1,2}$/).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
  limit: z.coerce.number().int().min(1).max(100).default(25).catch(25),
});
export type ListCasesFilters = z.input<typeof listCasesSchema>;

export interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  status: CaseStatusCode;
  provinceCode: string | null;
  assigneeName: string | null;
  tipCount: number;
  updatedAt: Date;
}

const encodeCursor = (row: { updatedAt: Date; id: string }) => Buffer.from(`${row.updatedAt.toISOString()}|${row.id}`).toString('base64url');

function decodeCursor(cursor: string | undefined): { updatedAt: Date; id: string } | null {
  if (!cursor) return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const updatedAt = new Date(at ?? '');
  if (Number.isNaN(updatedAt.getTime()) || !isUuid(id)) return null;
  return { updatedAt, id: id! };
}

export const listCases = defineUseCase({
  name: 'listCases',
  permission: 'cases.read',
  input: listCasesSchema.prefault({}),
  run: async (actor, { status, provinceCode, cursor, limit }, client: Db = defaultDb): Promise<{ items: CaseSummary[]; nextCursor: string | null }> => {
    const after = decodeCursor(cursor);
    const where: Prisma.CaseWhereInput = {
      AND: [
        provinceScope(actor),
        { mergedIntoId: null },
        status ? { status } : {},
        provinceCode ? { provinceCode } : {},
        after ? { OR: [{ updatedAt: { lt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { lt: after.id } }] } : {},
      ],
    };
    const rows = await client.case.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      take: limit + 1,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        provinceCode: true,
        updatedAt: true,
        assignedTo: { select: { name: true } },
        _count: { select: { tips: true } },
      },
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => ({
        id: row.id,
        reference: row.reference,
        title: row.title,
        status: row.status,
        provinceCode: row.provinceCode,
        assigneeName: row.assignedTo?.name ?? null,
        tipCount: row._count.tips,
        updatedAt: row.updatedAt,
      })),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  },
});
