import { withStaffRoute } from '@/lib/http/route';
import { readTipPhoto } from '@/lib/triage/read-tip-photo';

/** A tip's photo, for signed-in staff in scope only; never cached anywhere, audited per view. */
export const GET = withStaffRoute(readTipPhoto, {
  read: ({ id, attachmentId }: { id: string; attachmentId: string }) => ({ tipId: id, attachmentId }),
  respond: (photo) =>
    new Response(new Uint8Array(photo.data), {
      headers: {
        'Content-Type': photo.mimeType,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': 'inline',
      },
    }),
});
