import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';
import { canonicalJson, chainHash, findChainBreak, GENESIS } from '@/lib/security/hash-chain';
import { safeReturnPath } from '@/lib/security/safe-return-path';

describe('safe return path', () => {
  it('keeps paths on this site and refuses everything else', () => {
    expect(safeReturnPath('/report?step=2')).toBe('/report?step=2');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });

  it('refuses paths that a browser reads as another site once it drops tabs and newlines', () => {
    // The URL standard strips ASCII tab and newline before parsing: "/\t/evil" becomes "//evil".
    for (const sneaky of ['/\t/evil.example/', '/\n/evil.example/', '/\r\n/evil.example/', '/\t\\evil.example']) {
      const back = safeReturnPath(sneaky);
      expect(new URL(back, 'https://tipline.example').origin).toBe('https://tipline.example');
      expect(back).toBe('/');
    }
    expect(safeReturnPath('/status?sent=1')).toBe('/status?sent=1');
  });
});

describe('content security policy', () => {
  it('allows only this origin and the request nonce; eval only in development', () => {
    const production = contentSecurityPolicy('abc', { development: false });
    expect(production).toContain("default-src 'self'");
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).not.toContain('unsafe-eval');
    expect(production).not.toMatch(/https?:/);
    expect(contentSecurityPolicy('abc', { development: true })).toContain("'unsafe-eval'");
  });
});

describe('strict transport security', () => {
  it('is sent when the app is served over https, never over plain http', () => {
    expect(securityHeaders('https://tipline.example')['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(securityHeaders('https://tipline.example/')['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders('http://localhost:3000')['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders(undefined)['Strict-Transport-Security']).toBeUndefined();
  });
});

describe('hash chain', () => {
  it('serialises canonically: key order, bigint and dates do not change the bytes', () => {
    expect(canonicalJson({ b: 1n, a: new Date('2026-01-02T03:04:05.000Z'), c: undefined })).toBe(
      '{"a":"2026-01-02T03:04:05.000Z","b":"1"}',
    );
    expect(canonicalJson({ x: [1, { z: null, y: 'k' }] })).toBe('{"x":[1,{"y":"k","z":null}]}');
  });

  it('finds the first altered row and the first broken link', () => {
    const content = (row: { value: string }) => ({ value: row.value });
    const first = { id: 1n, value: 'a', prevHash: GENESIS, hash: chainHash(GENESIS, { value: 'a' }) };
    const second = { id: 2n, value: 'b', prevHash: first.hash, hash: chainHash(first.hash, { value: 'b' }) };
    expect(findChainBreak([first, second], content).brokenAt).toBeUndefined();
    expect(findChainBreak([first, { ...second, value: 'B' }], content).brokenAt).toEqual({ id: '2', reason: 'hash mismatch' });
    expect(findChainBreak([second], content).brokenAt).toEqual({ id: '2', reason: 'broken link' });
  });
});
