/**
 * The catalogue key and figures of a duplicate reason, for the console to translate; and
 * which reasons an officer reads: the plain ones that say why two tips are one place (or
 * why not), without noise.
 */
import type { Locale } from '@/lib/i18n/locales';
import { conceptLabel } from './concepts';
import type { DuplicateReason } from './score-pair';

export function reasonMessage(reason: DuplicateReason, locale: Locale = 'en'): { key: string; vars: Record<string, string | number> } {
  const { code, weight: _weight, ...figures } = reason;
  const vars = Object.fromEntries(
    Object.entries(figures).map(([name, value]) => {
      if (name === 'concepts' && Array.isArray(value)) return [name, value.slice(0, 5).map((id) => conceptLabel(String(id), locale)).join(', ')];
      // A place told apart by its look gives its concepts as the landmark ("casino, dome"); a name is itself.
      if (code === 'landmark' && Array.isArray(value)) return [name, value.map((id) => conceptLabel(String(id), locale)).join(', ')];
      return [name, Array.isArray(value) ? value.join(', ') : value];
    }),
  );
  return { key: `dedup.reason_${code}`, vars };
}

/** The tip's likely duplicates judged the pair (lib/dedup/find-duplicates.ts withGroupMatches). */
const GROUP_REASONS: ReadonlySet<DuplicateReason['code']> = new Set(['shared_match', 'told_apart_by_match']);

/** Reasons that say little on their own: the category, the time, "the names differ". */
const NOISE: ReadonlySet<DuplicateReason['code']> = new Set(['names_differ', 'same_category', 'related_category', 'time']);

/**
 * The reasons shown to an officer, strongest first: no "the names differ", no category or
 * time, no single-digit number (alone or in a list), no weak wording likeness; at most `limit`.
 */
export function panelReasons(reasons: readonly DuplicateReason[], limit = 4): DuplicateReason[] {
  return reasons
    .filter((reason) => {
      if (NOISE.has(reason.code)) return false;
      if (GROUP_REASONS.has(reason.code)) return true;
      if (reason.code === 'numbers') return reason.numbers.some((value) => value.length >= 2);
      if (reason.code === 'text') return reason.weight >= 0.05;
      return Math.abs(reason.weight) >= 0.02;
    })
    // "Same numbers: 4, 8021": the single digit is a coincidence even beside a real number.
    .map((reason) => (reason.code === 'numbers' ? { ...reason, numbers: reason.numbers.filter((value) => value.length >= 2) } : reason))
    // What the group said is why the pair is flagged or not, however little it had to add.
    .sort((a, b) => Number(GROUP_REASONS.has(b.code)) - Number(GROUP_REASONS.has(a.code)) || Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, limit);
}
