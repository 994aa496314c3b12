import { AppError } from '@/lib/errors';
import { withStaffRoute } from '@/lib/http/route';
import { exportLedger, LEDGER_EXPORT_KINDS, type LedgerExportKind } from '@/lib/ledger/export-ledger';

const isKind = (kind: string): kind is LedgerExportKind => (LEDGER_EXPORT_KINDS as readonly string[]).includes(kind);

/** GET /console/rewards/export/journal|rewards: CSV for auditors (audited as ledger.exported). */
export const GET = withStaffRoute(exportLedger, {
  // Another kind is another address, which does not exist.
  read: ({ kind }: { kind: string }) => {
    if (!isKind(kind)) throw new AppError('NOT_FOUND');
    return kind;
  },
  respond: ({ filename, csv }) =>
    new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
      },
    }),
});
