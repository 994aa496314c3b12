/**
 * What search engines may index (issue 9, decision 0302): the home page only, so residents can
 * find the programme by searching for it, with a title and description in Khmer and English.
 * Everything else (/report, /status and the receipt, /stats, the console, the API) answers
 * `X-Robots-Tag: noindex, nofollow` and is disallowed in robots.txt; the pages also carry the
 * root layout's `<meta name="robots" content="noindex, nofollow">`.
 */
import type { MetadataRoute } from 'next';
import { translator } from '@/lib/i18n/translate';

/** Paths a crawler may index. */
const INDEXABLE = new Set(['/', '/robots.txt']);

export const NOINDEX = 'noindex, nofollow';

/** The X-Robots-Tag for a path, or null when it may be indexed. */
export const robotsTagFor = (pathname: string): string | null => (INDEXABLE.has(pathname) ? null : NOINDEX);

export function robotsRules(): MetadataRoute.Robots {
  // `Allow: /$` is the home page only (Google and Bing read `$` as the end of the path).
  return { rules: [{ userAgent: '*', allow: '/$', disallow: '/' }] };
}

/** The home page's title and description, Khmer first then English, whatever the visitor's language. */
export function homeSearchMetadata(): { title: string; description: string } {
  const km = translator('km');
  const en = translator('en');
  return {
    title: `${km('common.appName')} · ${en('common.appName')}: ${km('home.title')} / ${en('home.title')}`,
    description: `${km('common.tagline')}។ ${en('common.tagline')}. ${en('home.lead')}`,
  };
}
