import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { formFiles, powFrom, readRequestBody, tipFieldsFromForm } from '@/lib/uploads/read-request';

const streamOf = (chunks: number, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < chunks; i++) controller.enqueue(new Uint8Array(size).fill(65));
      controller.close();
    },
  });

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return { status: (error as AppError).status, key: (error as AppError).messageKey };
}

describe('reading a resident request', () => {
  it('refuses a body over the limit from its Content-Length, before reading it', async () => {
    const request = new Request('http://x/api', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': '2000' }, body: '{}' });
    expect(await refusal(readRequestBody(request, 1000))).toEqual({ status: 413, key: 'intake.errors.bodyTooLarge' });
  });

  it('refuses a streamed body without Content-Length as soon as it passes the limit', async () => {
    const request = new Request('http://x/api', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: streamOf(10, 300), duplex: 'half' } as RequestInit);
    expect(await refusal(readRequestBody(request, 1000))).toEqual({ status: 413, key: 'intake.errors.bodyTooLarge' });
  });

  it('refuses other content types and unreadable JSON', async () => {
    expect(await refusal(readRequestBody(new Request('http://x', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi' })))).toEqual({ status: 415, key: 'intake.errors.bodyType' });
    expect(await refusal(readRequestBody(new Request('http://x', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{nope' })))).toEqual({ status: 400, key: 'intake.errors.bodyUnreadable' });
  });

  it('reads JSON, and forms with a data field or flat fields the way an HTML form sends them', async () => {
    const json = await readRequestBody(new Request('http://x', { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: '{"category":"OTHER","pow":"abc"}' }));
    expect(json).toEqual({ kind: 'json', value: { category: 'OTHER', pow: 'abc' } });
    expect(powFrom(json.kind === 'json' ? (json.value as Record<string, unknown>) : {})).toBe('abc');

    const flat = new URLSearchParams([
      ['category', 'RECRUITER'], ['description', 'Job offers in Thailand with high pay.'], ['lat', '11.5'], ['lng', '104.9'], ['source', 'MAP_PIN'],
      ['indicators', 'guards'], ['indicators', 'buses_at_night'], ['wantsReward', 'on'], ['language', 'my'], ['landmark', ''], ['altcha', 'xyz'],
    ]);
    const read = await readRequestBody(new Request('http://x', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: flat }));
    expect(read.kind).toBe('form');
    const form = (read as { form: FormData }).form;
    expect(tipFieldsFromForm(form)).toEqual({
      category: 'RECRUITER',
      description: 'Job offers in Thailand with high pay.',
      location: { lat: '11.5', lng: '104.9', accuracyM: undefined, source: 'MAP_PIN' },
      indicators: ['guards', 'buses_at_night'],
      provinceCode: undefined,
      districtCode: undefined,
      landmark: undefined,
      observedOn: undefined,
      observedTime: undefined,
      urgent: false,
      wantsReward: true,
      language: 'my',
    });
    expect(powFrom(form)).toBe('xyz');

    const multipart = new FormData();
    multipart.set('data', '{"category":"OTHER"}');
    multipart.append('photos', new Blob([new Uint8Array([1, 2, 3])]), 'a.jpg');
    multipart.append('photos', new Blob([]), ''); // a file input left empty
    const parsed = await readRequestBody(new Request('http://x', { method: 'POST', body: multipart }));
    const parsedForm = (parsed as { form: FormData }).form;
    expect(tipFieldsFromForm(parsedForm)).toEqual({ category: 'OTHER' });
    expect((await formFiles(parsedForm)).map((file) => [...file])).toEqual([[1, 2, 3]]);
  });
});
