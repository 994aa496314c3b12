/**
 * Security headers for every response. Only the app's own origin may supply anything: a
 * resident's browser must never be told to contact a third party.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join('; ');
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), bluetooth=(), serial=(), hid=(), ' +
    'interest-cohort=(), browsing-topics=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()',
};

/**
 * HSTS once the public address is https (APP_URL): browsers then refuse plain HTTP to this
 * host for two years, so a network in between cannot strip TLS. Never over plain HTTP: a
 * local `npm start` must stay reachable. `preload` is the operator's choice (docs/SECURITY.md).
 */
export function strictTransportSecurity(appUrl: string | undefined): string | null {
  return appUrl?.startsWith('https://') ? 'max-age=63072000; includeSubDomains' : null;
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
