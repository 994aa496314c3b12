/**
 * Reading a resident's request body in a route handler: size-limited before and while it is
 * read (a 55 MB cap, whatever Content-Length claims), JSON or multipart/form-data or a
 * url-encoded form. Only the body and its declared type are looked at: no other header.
 */
import { AppError } from '@/lib/errors';
import { formFiles, formText, formTexts } from '@/lib/http/form';
import { MAX_REQUEST_BYTES } from './limits';

export type ReadBody =
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; form: FormData };

const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', 'intake.errors.bodyTooLarge');

async function readLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export async function readRequestBody(request: Request, limit = MAX_REQUEST_BYTES): Promise<ReadBody> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const isJson = type.startsWith('application/json');
  const isForm = type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded');
  if (!isJson && !isForm) throw new AppError('UNSUPPORTED_MEDIA', 'intake.errors.bodyType');
  const bytes = await readLimited(request, limit);
  try {
    if (isJson) return { kind: 'json', value: JSON.parse(new TextDecoder().decode(bytes)) };
    const form = await new Response(bytes, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
    return { kind: 'form', form };
  } catch {
    throw new AppError('BAD_REQUEST', 'intake.errors.bodyUnreadable');
  }
}

export { formFiles };

// A blank field is absent here: the API's schema treats missing optional fields as unset.
const optionalText = (form: FormData, name: string): string | undefined => (formText(form, name).trim() === '' ? undefined : formText(form, name));
const formBoolean = (form: FormData, name: string) => ['true', 'on', '1', 'yes'].includes(formText(form, name).toLowerCase());

/**
 * The tip's fields from a form: a `data` field holding the JSON object, or flat fields
 * (`category`, `description`, `lat`/`location.lat`, `lng`, `accuracyM`, `source`,
 * `indicators` (repeated), `provinceCode`, `districtCode`, `landmark`, `observedOn`,
 * `observedTime`, `urgent`, `wantsReward`, `language`) as a plain HTML form sends them.
 */
export function tipFieldsFromForm(form: FormData): unknown {
  const data = optionalText(form, 'data');
  if (data !== undefined) {
    try {
      return JSON.parse(data);
    } catch {
      throw new AppError('BAD_REQUEST', 'intake.errors.bodyUnreadable');
    }
  }
  const pick = (...names: string[]) => names.map((name) => optionalText(form, name)).find((value) => value !== undefined);
  return {
    category: pick('category'),
    description: pick('description') ?? '',
    location: {
      lat: pick('location.lat', 'lat'),
      lng: pick('location.lng', 'lng'),
      accuracyM: pick('location.accuracyM', 'accuracyM'),
      source: pick('location.source', 'source'),
    },
    indicators: formTexts(form, 'indicators').filter((value) => value !== ''),
    provinceCode: pick('provinceCode'),
    districtCode: pick('districtCode'),
    landmark: pick('landmark'),
    observedOn: pick('observedOn'),
    observedTime: pick('observedTime'),
    urgent: formBoolean(form, 'urgent'),
    wantsReward: formBoolean(form, 'wantsReward'),
    language: pick('language'),
  };
}

/** The proof-of-work solution: `pow` (or `altcha`, the name altcha's widget uses). */
export function powFrom(source: FormData | Record<string, unknown>): string | null {
  const value = source instanceof FormData ? (source.get('pow') ?? source.get('altcha')) : (source.pow ?? source.altcha);
  return typeof value === 'string' && value !== '' ? value : null;
}
