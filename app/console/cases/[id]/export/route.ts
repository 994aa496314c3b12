import { exportCaseFile } from '@/lib/cases/export-case-file';
import { withStaffRoute } from '@/lib/http/route';

/** GET /console/cases/:id/export: the case file for prosecutors as a ZIP (audited as case.exported). */
export const GET = withStaffRoute(exportCaseFile, {
  read: ({ id }: { id: string }) => ({ caseId: id }),
  respond: ({ filename, bytes }) =>
    new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    }),
});
