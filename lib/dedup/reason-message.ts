/** The catalogue key and figures of a duplicate reason, for the console to translate. */
import type { DuplicateReason } from './score-pair';

export function reasonMessage(reason: DuplicateReason): { key: string; vars: Record<string, string | number> } {
  const { code, weight: _weight, ...figures } = reason;
  const vars = Object.fromEntries(Object.entries(figures).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
  return { key: `dedup.reason_${code}`, vars };
}
