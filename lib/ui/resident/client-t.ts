/**
 * A translator over the few messages a page hands to its client components. Deliberately not
 * lib/i18n/translate.ts: that one imports the whole catalogue, which would ship every
 * namespace in every language to the browser.
 */
import { applyPlurals } from '@/lib/i18n/plural';

export type ClientT = (key: string, vars?: Record<string, string | number>) => string;

export function clientTranslator(messages: Record<string, string>, locale = 'en'): ClientT {
  const rules = new Intl.PluralRules(locale);
  return (key, vars) => {
    const template = vars ? applyPlurals(messages[key] ?? key, vars, (count) => rules.select(count)) : (messages[key] ?? key);
    return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : template;
  };
}
