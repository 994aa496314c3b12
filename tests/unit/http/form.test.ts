import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formBool, formEnum, formFiles, formText, formTextOrNull, formTexts, formTextsByPrefix, formTextsFor } from '@/lib/http/form';
import { changeTipStatusSchema } from '@/lib/triage/change-tip-status';

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}
const file = (bytes: string) => new File([bytes], 'photo.jpg', { type: 'image/jpeg' });

describe('the FormData reader', () => {
  it('reads text, and a missing field as empty', () => {
    const data = form([['body', 'hello'], ['empty', '']]);
    expect(formText(data, 'body')).toBe('hello');
    expect(formText(data, 'empty')).toBe('');
    expect(formText(data, 'missing')).toBe('');
    expect([formTextOrNull(data, 'empty'), formTextOrNull(data, 'missing')]).toEqual(['', null]);
  });

  it('never turns a file into "[object File]"', () => {
    const data = form([['body', file('x')], ['tags', 'a'], ['tags', file('y')], ['tags', 'b']]);
    expect(formText(data, 'body')).toBe('');
    expect(formTexts(data, 'tags')).toEqual(['a', 'b']);
    expect(formBool(data, 'body')).toBe(false);
    expect(formTextOrNull(data, 'body')).toBeNull();
  });

  it('reads checkboxes and hidden flags as booleans', () => {
    const data = form([['ticked', 'on'], ['flag', '1'], ['json', 'true'], ['off', '0'], ['other', 'yes']]);
    expect(['ticked', 'flag', 'json', 'off', 'other', 'missing'].map((name) => formBool(data, name))).toEqual([true, true, true, false, false, false]);
  });

  it('collects prefixed text fields and the bytes of non-empty files', async () => {
    const data = form([['answer.q1', 'yes'], ['answer.q2', ''], ['answer.q3', file('z')], ['other', 'x'], ['photos', file('')], ['photos', file('abc')]]);
    expect(formTextsByPrefix(data, 'answer.')).toEqual({ q1: 'yes', q2: '' });
    expect((await formFiles(data, 'photos')).map((bytes) => bytes.length)).toEqual([3]);
    const three = form([['photos', file('a')], ['photos', file('b')], ['photos', file('c')]]);
    expect(await formFiles(three, 'photos', 2)).toHaveLength(2);
  });

  it('reads one field per key, typed by the keys', () => {
    const data = form([['text.km', 'សួស្តី'], ['text.en', 'Hello']]);
    expect(formTextsFor(data, 'text.', ['km', 'en', 'zh'] as const)).toEqual({ km: 'សួស្តី', en: 'Hello', zh: '' });
  });

  it('lets a use case take a form\'s text and refuse what is not one of its values, with its own message', () => {
    // The schema's input type is a string: an action passes formText(...) with no cast.
    const input: z.input<typeof changeTipStatusSchema> = { tipId: 't1', status: formText(form([['status', 'NOT_A_STATUS']]), 'status') };
    const refused = changeTipStatusSchema.safeParse(input);
    expect(refused.success ? null : refused.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['status', 'triage.errors.status']]);
    expect(formEnum(['A', 'B'] as const).parse('B')).toBe('B');
  });
});
