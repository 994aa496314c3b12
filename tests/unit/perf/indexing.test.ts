import { describe, expect, it } from 'vitest';
import { homeSearchMetadata, robotsRules, robotsTagFor } from '@/lib/perf/indexing';
// @ts-expect-error next.config.js is plain JavaScript without types
import nextConfig from '@/next.config.js';

describe('what search engines may index', () => {
  it('lets the home page be indexed and nothing else: /status, the receipt (/report), the console, the API', () => {
    expect(robotsTagFor('/')).toBeNull();
    expect(robotsTagFor('/robots.txt')).toBeNull();
    for (const path of ['/status', '/report', '/console', '/console/tips', '/api/v1/tips', '/stats', '/exit', '/lang']) {
      expect(robotsTagFor(path)).toBe('noindex, nofollow');
    }
    expect(robotsRules()).toEqual({ rules: [{ userAgent: '*', allow: '/$', disallow: '/' }] });
  });

  it('gives the home page a title and description in Khmer and in English', () => {
    const { title, description } = homeSearchMetadata();
    expect(title).toContain('ភ្នែក និង ត្រចៀក');
    expect(title).toContain('Eyes & Ears');
    expect(description).toMatch(/[\u1780-\u17FF]/);
    expect(description).toContain('Anonymous tips on scam compounds');
  });
});

describe('back/forward cache', () => {
  it('answers GET / and GET /report without no-store, and nothing else (a POST with the receipt keeps no-store)', async () => {
    const rules = (await (nextConfig as { headers: () => Promise<{ source: string; missing?: { type: string; key: string }[]; headers: { key: string; value: string }[] }[]> }).headers());
    expect(rules.map((rule) => rule.source).sort()).toEqual(['/', '/report']);
    for (const rule of rules) {
      // A form POST (the receipt) always has a Content-Type; a page GET never does.
      expect(rule.missing).toEqual([{ type: 'header', key: 'content-type' }]);
      const cacheControl = rule.headers.find((header) => header.key === 'Cache-Control')!.value;
      expect(cacheControl).not.toContain('no-store');
      expect(cacheControl).toContain('no-cache');
      expect(cacheControl).toContain('private');
    }
  });
});
