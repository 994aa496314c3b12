/** POST /api/v1/tips: a tip from a partner app or script (docs/API.md). */
import { submitTip } from '@/lib/tips/submit-tip';
import { NO_STORE, withResidentRoute } from '@/lib/tips/resident-route';
import { formFiles, powFrom, readRequestBody, tipFieldsFromForm } from '@/lib/uploads/read-request';

export const dynamic = 'force-dynamic';

export const POST = withResidentRoute('api.v1.tips', async (request) => {
  const body = await readRequestBody(request);
  const submission =
    body.kind === 'json'
      ? { fields: body.value, photos: [], pow: powFrom((body.value ?? {}) as Record<string, unknown>) }
      : { fields: tipFieldsFromForm(body.form), photos: await formFiles(body.form), pow: powFrom(body.form) };
  const receipt = await submitTip({ ...submission, requirePow: true, signal: request.signal });
  // Not logged: a log line carries the exact time, which a tip must not (docs/decisions/0002).
  return Response.json({ code: receipt.code, passphrase: receipt.passphrase }, { status: 201, headers: NO_STORE });
});
