import { describe, expect, it, vi } from 'vitest';

// This file's process serves the app over HTTPS.
vi.hoisted(() => {
  process.env.APP_URL = 'https://tipline.example';
});

import { NextRequest } from 'next/server';
import { unstable_doesMiddlewareMatch as proxyRuns } from 'next/experimental/testing/server';
import { config, proxy } from '@/proxy';
import { withResidentRoute } from '@/lib/tips/resident-route';
import { AppError } from '@/lib/errors';

const HSTS = 'max-age=63072000; includeSubDomains';

describe('the security headers over https', () => {
  it('are set by the proxy on pages and on every path it runs for', () => {
    for (const path of ['/', '/report', '/console/sign-in', '/api/health', '/api/v1/nothing']) {
      expect(proxyRuns({ config, url: path }), path).toBe(true);
      const response = proxy(new NextRequest(`https://tipline.example${path}`));
      expect(response.headers.get('strict-transport-security'), path).toBe(HSTS);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  // Decision 0304: the proxy's run cost each tip about 1 ms of CPU; the resident API sets its own.
  it('are set by the resident API’s wrapper on its answers, errors included, where the proxy does not run', async () => {
    for (const path of ['/api/v1/tips', '/api/v1/tips/status', '/api/v1/tips/messages', '/api/v1/pow', '/api/bench/baseline']) {
      expect(proxyRuns({ config, url: path }), path).toBe(false);
    }
    const answers = [
      await withResidentRoute('test.ok', async () => Response.json({ ok: true }, { status: 201 }))(new Request('https://tipline.example/api/v1/tips', { method: 'POST' })),
      await withResidentRoute('test.refused', async () => {
        throw new AppError('BAD_REQUEST');
      })(new Request('https://tipline.example/api/v1/tips', { method: 'POST' })),
    ];
    for (const response of answers) {
      expect(response.headers.get('strict-transport-security')).toBe(HSTS);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
    expect(answers.map((response) => response.status)).toEqual([201, 400]);
  });
});
