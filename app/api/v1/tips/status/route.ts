/** POST /api/v1/tips/status: the tipster's view of a tip, with code and passphrase (docs/API.md). */
import { openTipStatus } from '@/lib/tips/open-tip-status';
import { NO_STORE, withResidentRoute } from '@/lib/tips/resident-route';
import { readRequestBody } from '@/lib/uploads/read-request';

export const dynamic = 'force-dynamic';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const POST = withResidentRoute('api.v1.tips.status', async (request) => {
  const body = await readRequestBody(request, 64 * 1024);
  const source = body.kind === 'json' ? ((body.value ?? {}) as Record<string, unknown>) : Object.fromEntries(body.form);
  const view = await openTipStatus({ code: text(source.code), passphrase: text(source.passphrase) });
  return Response.json(view, { status: 200, headers: NO_STORE });
});
