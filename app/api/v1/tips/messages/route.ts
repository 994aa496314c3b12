/** POST /api/v1/tips/messages: the tipster writes to the officers, optionally with photos, or answers standard questions (docs/API.md). */
import { answerQuestions } from '@/lib/tips/answer-questions';
import { replyAsTipster } from '@/lib/tips/reply-as-tipster';
import { NO_STORE, withResidentRoute } from '@/lib/tips/resident-route';
import { formFiles, readRequestBody } from '@/lib/uploads/read-request';

export const dynamic = 'force-dynamic';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const POST = withResidentRoute('api.v1.tips.messages', async (request) => {
  const body = await readRequestBody(request);
  const source = body.kind === 'json' ? ((body.value ?? {}) as Record<string, unknown>) : Object.fromEntries(body.form);
  // Issue 14: { code, passphrase, answers: { "<question message id>": "<value>" } } answers standard questions.
  if (body.kind === 'json' && source.answers && typeof source.answers === 'object' && !Array.isArray(source.answers)) {
    const answers = Object.fromEntries(Object.entries(source.answers as Record<string, unknown>).map(([id, value]) => [id, typeof value === 'number' ? String(value) : text(value)]));
    const { count } = await answerQuestions({ code: text(source.code), passphrase: text(source.passphrase), answers });
    return Response.json({ ok: true, answers: count }, { status: 201, headers: NO_STORE });
  }
  const photos = body.kind === 'form' ? await formFiles(body.form) : [];
  await replyAsTipster({ code: text(source.code), passphrase: text(source.passphrase), body: text(source.body), photos });
  return Response.json({ ok: true }, { status: 201, headers: NO_STORE });
});
