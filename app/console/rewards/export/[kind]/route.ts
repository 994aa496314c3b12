import { requireApiActor } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { withRoute } from '@/lib/http/route';
import { exportLedger } from '@/lib/ledger/export-ledger';

/** GET /console/rewards/export/journal|rewards: CSV for auditors (audited as ledger.exported). */
export const GET = withRoute('ledgerExport', async (_request, _context, { params }: { params: Promise<{ kind: string }> }) => {
  const actor = await requireApiActor('ledger.export');
  const { kind } = await params;
  if (kind !== 'journal' && kind !== 'rewards') throw new AppError('NOT_FOUND');
  const { filename, csv } = await exportLedger(actor, kind);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
});
