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

export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * The static headers, plus Strict-Transport-Security when the app is served over HTTPS
 * (APP_URL): a browser that once reached the tip line is never again downgraded to plain HTTP,
 * where a network observer could read what a resident sends. Never over plain HTTP, where a
 * local or air-gapped installation would lock itself out.
 */
export function securityHeaders(appUrl: string | undefined): Record<string, string> {
  const https = appUrl !== undefined && URL.canParse(appUrl) && new URL(appUrl).protocol === 'https:';
  return https ? { ...STATIC_SECURITY_HEADERS, 'Strict-Transport-Security': HSTS } : STATIC_SECURITY_HEADERS;
}

/**
 * A JSON answer loads nothing and is framed by nothing, so its policy allows nothing. The
 * resident API's answers carry these from its route wrapper, not from the proxy (decision 0304).
 */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function apiSecurityHeaders(appUrl: string | undefined): Record<string, string> {
  return { ...securityHeaders(appUrl), 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY };
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
