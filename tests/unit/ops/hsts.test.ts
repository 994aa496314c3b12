/**
 * Issue 10 (outside review: "no HSTS"): every response carries Strict-Transport-Security once
 * the public address is https, and none over plain HTTP (a local npm start stays reachable).
 */
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

const original = process.env.APP_URL;
afterEach(() => {
  if (original === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = original;
});

/** The proxy with APP_URL as given (a fresh module, since settings are read once). */
async function headersFor(appUrl: string | undefined, path: string): Promise<Headers> {
  if (appUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = appUrl;
  vi.resetModules();
  const { proxy } = await import('@/proxy');
  return proxy(new NextRequest(new URL(path, appUrl ?? 'http://localhost:3000'))).headers;
}

describe('HSTS', () => {
  it.each(['/', '/report', '/status', '/api/v1/tips', '/console/sign-in'])('is sent on %s when APP_URL is https', async (path) => {
    const headers = await headersFor('https://tips.example.org', path);
    expect(headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('is not sent when the app is served over plain HTTP', async () => {
    expect((await headersFor('http://localhost:3000', '/')).get('Strict-Transport-Security')).toBeNull();
    expect((await headersFor(undefined, '/')).get('Strict-Transport-Security')).toBeNull();
  });
});
