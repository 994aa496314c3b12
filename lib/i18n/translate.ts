/**
 * A small translator over the catalogue: `t('home.title', { count: 3 })`. Missing keys are
 * a test failure (tests/unit/i18n.test.ts); at run time they fall back to English, then to
 * the key itself, rather than breaking a page.
 */
import { CATALOGUE, type Namespace } from './catalogue';
import { formatters, pluralCategory } from './format';
import type { LabelledEnum } from './enums';
import { DEFAULT_LOCALE, type Locale } from './locales';
import { applyPlurals } from './plural';

export type Vars = Record<string, string | number>;
export type Translate = (key: string, vars?: Vars) => string;

export function lookup(locale: Locale, key: string): string | undefined {
  const dot = key.indexOf('.');
  const namespace = CATALOGUE[key.slice(0, dot) as Namespace];
  if (!namespace) return undefined;
  const messages = namespace.messages as Partial<Record<Locale, Record<string, string>>>;
  const name = key.slice(dot + 1);
  return messages[locale]?.[name] ?? messages.en?.[name];
}

export function interpolate(template: string, vars?: Vars, locale: Locale = 'en'): string {
  if (!vars) return template;
  const withPlurals = applyPlurals(template, vars, (count) => pluralCategory(locale, count), formatters(locale).number);
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translator(locale: Locale = DEFAULT_LOCALE): Translate {
  return (key, vars) => interpolate(lookup(locale, key) ?? key, vars, locale);
}

/** The messages of some namespaces for one locale, to hand to a client component. */
export function messagesFor(locale: Locale, namespaces: Namespace[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const namespace of namespaces) {
    const messages = CATALOGUE[namespace].messages as Partial<Record<Locale, Record<string, string>>>;
    for (const [name, text] of Object.entries({ ...messages.en, ...messages[locale] })) out[`${namespace}.${name}`] = text;
  }
  return out;
}

/** The labels of some enums for one locale, to hand to a client component with enumLabel(). */
export function enumMessages(locale: Locale, names: readonly LabelledEnum[]): Record<string, string> {
  const all = messagesFor(locale, ['enums']);
  return Object.fromEntries(Object.entries(all).filter(([key]) => names.some((name) => key.startsWith(`enums.${name}.`))));
}
