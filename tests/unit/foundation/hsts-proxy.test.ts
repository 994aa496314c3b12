import { describe, expect, it, vi } from 'vitest';

// This file's process serves the app over HTTPS.
vi.hoisted(() => {
  process.env.APP_URL = 'https://tipline.example';
});

import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';

describe('the proxy over https', () => {
  it('tells browsers to use https only, on pages and API answers alike', () => {
    for (const path of ['/', '/report', '/api/v1/tips', '/console/sign-in']) {
      const response = proxy(new NextRequest(`https://tipline.example${path}`));
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=63072000; includeSubDomains');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
