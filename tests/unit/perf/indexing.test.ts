import { describe, expect, it } from 'vitest';
import { homeSearchMetadata, robotsRules, robotsTagFor } from '@/lib/perf/indexing';
import { BFCACHE_FRIENDLY, pageCacheControlFor } from '@/lib/perf/page-cache';

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
  it('lets only the anonymous GET pages / and /report be kept; never /status, a POST (the receipt) or RSC data', () => {
    expect(pageCacheControlFor('GET', '/report', false)).toBe(BFCACHE_FRIENDLY);
    expect(pageCacheControlFor('GET', '/', false)).toBe(BFCACHE_FRIENDLY);
    expect(BFCACHE_FRIENDLY).not.toContain('no-store');
    expect(pageCacheControlFor('POST', '/report', false)).toBeNull();
    expect(pageCacheControlFor('GET', '/report', true)).toBeNull();
    expect(pageCacheControlFor('GET', '/status', false)).toBeNull();
    expect(pageCacheControlFor('GET', '/console/tips', false)).toBeNull();
  });
});
