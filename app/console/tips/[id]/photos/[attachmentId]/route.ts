import { requireApiActor } from '@/lib/auth/session';
import { withRoute } from '@/lib/http/route';
import { readTipPhoto } from '@/lib/triage/read-tip-photo';

/** A tip's photo, for signed-in staff in scope only; never cached anywhere, audited per view. */
export const GET = withRoute('tipPhoto', async (_request, _context, { params }: { params: Promise<{ id: string; attachmentId: string }> }) => {
  const actor = await requireApiActor('tips.read');
  const { id, attachmentId } = await params;
  const photo = await readTipPhoto(actor, { tipId: id, attachmentId });
  return new Response(new Uint8Array(photo.data), {
    headers: {
      'Content-Type': photo.mimeType,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    },
  });
});
