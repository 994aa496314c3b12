/**
 * Plural-aware messages, in the ICU shape translators know:
 * `{count, plural, one {# tip} other {# tips}}`, `#` standing for the number. Only languages
 * that change a word with the number need it (English here); the others keep `{count}`.
 * No catalogue import: the client's translator uses it too.
 */
const PLURAL_START = /\{(\w+),\s*plural,/g;

/** The text of one `{…}` group starting at `open`, and the index after it; null if unbalanced. */
function group(template: string, open: number): { body: string; end: number } | null {
  let depth = 0;
  for (let index = open; index < template.length; index += 1) {
    if (template[index] === '{') depth += 1;
    else if (template[index] === '}' && --depth === 0) return { body: template.slice(open + 1, index), end: index + 1 };
  }
  return null;
}

export function applyPlurals(template: string, vars: Record<string, string | number>, pluralOf: (count: number) => string, formatNumber: (count: number) => string = String): string {
  let out = '';
  let from = 0;
  for (const match of template.matchAll(PLURAL_START)) {
    if (match.index < from) continue;
    const whole = group(template, match.index);
    const raw = vars[match[1]!];
    // A count given as text ("3") still counts; anything else takes the "other" form, never the raw syntax.
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : Number.NaN;
    if (!whole) continue;
    const options = new Map<string, string>();
    let rest = whole.body.slice(match[0].length - 1);
    for (;;) {
      const selector = /^\s*(=\d+|\w+)\s*\{/.exec(rest);
      if (!selector) break;
      const option = group(rest, selector[0].length - 1);
      if (!option) break;
      options.set(selector[1]!, option.body);
      rest = rest.slice(option.end);
    }
    const counted = Number.isFinite(value);
    const chosen = (counted ? (options.get(`=${value}`) ?? options.get(pluralOf(value))) : undefined) ?? options.get('other') ?? '';
    out += template.slice(from, match.index) + chosen.replaceAll('#', counted ? formatNumber(value) : String(raw ?? ''));
    from = whole.end;
  }
  return out + template.slice(from);
}

/** The names a message expects, plural ones included, for the catalogue's consistency test. */
export const placeholderNames = (template: string): string[] => [...template.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((match) => match[1]!).sort();
