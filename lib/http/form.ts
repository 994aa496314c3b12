/**
 * The one FormData reader for every form (console and resident). A field sent as a file where
 * text was expected reads as empty, never as "[object File]"; a missing field reads as empty.
 */
import { z } from 'zod';

/** The text of a field, or '' when it is missing or is a file. */
export function formText(form: FormData, name: string): string {
  return formTextOrNull(form, name) ?? '';
}

/** The text of a field, or null when the form did not send it as text (a presence check). */
export function formTextOrNull(form: FormData, name: string): string | null {
  const value = form.get(name);
  return typeof value === 'string' ? value : null;
}

/** Every text value of a repeated field (checkbox groups, multi-selects), files left out. */
export function formTexts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === 'string');
}

/** A ticked checkbox ('on', the browser's default value) or a hidden '1'/'true' flag. */
export function formBool(form: FormData, name: string): boolean {
  const value = formText(form, name);
  return value === 'on' || value === '1' || value === 'true';
}

/** Text fields whose names start with a prefix, keyed by the rest of the name ('' values kept). */
export function formTextsByPrefix(form: FormData, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith(prefix) && typeof value === 'string') out[name.slice(prefix.length)] = value;
  }
  return out;
}

/**
 * The bytes of the files under a field, at most `max` of them (empty file inputs, sent by
 * browsers with no choice, are skipped). Callers pass one more than they allow, so that the
 * use case refuses too many without reading them all.
 */
export async function formFiles(form: FormData, name = 'photos', max = Infinity): Promise<Uint8Array[]> {
  const files = form.getAll(name).filter((value): value is File => typeof value !== 'string' && value.size > 0);
  return Promise.all(files.slice(0, max).map(async (file) => new Uint8Array(await file.arrayBuffer())));
}

/** Text fields `<prefix><key>` for each of `keys` (e.g. one per language), '' where missing. */
export function formTextsFor<K extends string>(form: FormData, prefix: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, formText(form, `${prefix}${key}`)])) as Record<K, string>;
}

/**
 * A schema field that must be one of `values`, whose INPUT type is a string: a use case whose
 * schema uses it takes a form's text as it is (z.input), and the schema, not a cast, refuses
 * anything else with `message`.
 */
export function formEnum<const T extends readonly [string, ...string[]]>(values: T, message?: string) {
  return z.string().pipe(z.enum(values, message ? { error: message } : undefined));
}

/** Field names whose values are secrets (passwords, TOTP and voucher codes, passphrases): never sent back to a page. */
const SECRET_NAME = /(password|passphrase|secret|token|totp)$/i;
const SECRET_NAMES = new Set(['code', 'otp', 'voucher', 'voucherCode', 'tipCode', 'idempotencyKey']);
export const isSecretField = (name: string) => SECRET_NAME.test(name) || SECRET_NAMES.has(name);

/** What a person typed into a form, to show it again after a refusal: text values only, secrets and files left out. */
export function formEchoValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of form.entries()) {
    // Next's own fields ($ACTION_ID_…) are not the person's typing.
    if (typeof value !== 'string' || name.startsWith('$') || isSecretField(name)) continue;
    (values[name] ??= []).push(value);
  }
  return values;
}
