import { requireApiActor } from '@/lib/auth/session';
import { exportCaseFile } from '@/lib/cases/export-case-file';
import { withRoute } from '@/lib/http/route';

/** GET /console/cases/:id/export: the case file for prosecutors as a ZIP (audited as case.exported). */
export const GET = withRoute('caseExport', async (_request, _context, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await requireApiActor('cases.export');
  const { id } = await params;
  const { filename, bytes } = await exportCaseFile(actor, { caseId: id });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
});
