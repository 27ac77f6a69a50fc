/**
 * The one source of the HTTP response headers of the Hulpwijzer (the same for every municipality's site).
 *
 * Used by:
 *   - deploy/render.ts → deploy/nginx.conf (Debian nginx) and public/_headers (static CDN hosts),
 *     written by `npm run deploy:config` (part of `npm run build`); a unit test fails when the
 *     committed files differ from what this file gives;
 *   - scripts/serve.ts (`npm start`, the e2e server);
 *   - the e2e tests that assert the headers on real nginx (e2e/nginx/).
 *
 * The site needs nothing from another host and no inline script or style (pages hydrate their
 * islands with bundled module scripts, src/components/island/), so the policy is 'self' only,
 * with no hashes, no 'unsafe-inline' and no 'unsafe-eval'. A same-origin service worker and web
 * app manifest are allowed (worker-src, manifest-src).
 */

/** Content-Security-Policy, one directive per entry. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');

/**
 * Browser features the site never uses: all switched off. Clipboard writing stays on for this
 * site only ("Kopieer de link" in the check's results).
 */
const OFF = [
  'accelerometer',
  'autoplay',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;
export const PERMISSIONS_POLICY = [...OFF.map((f) => `${f}=()`), 'clipboard-write=(self)'].join(', ');

/** Sent with every response (pages, assets, redirects, the 404 page). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  // Older browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'X-Permitted-Cross-Domain-Policies': 'none',
};

/**
 * Only over HTTPS (browsers ignore it over HTTP, and it must never reach a plain-HTTP test
 * server). One year, subdomains included; not preloaded (that is the municipality's decision).
 */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** Hashed build output (Astro puts it in /_astro/): its name changes whenever its content does. */
export const IMMUTABLE_PREFIX = '/_astro/';
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (HTML, the search index, favicon, service worker): always revalidate. */
export const CACHE_REVALIDATE = 'no-cache';

export function cacheControl(urlPath: string): string {
  return urlPath.startsWith(IMMUTABLE_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/** The headers for one response; `https` adds HSTS. */
export function responseHeaders(urlPath: string, opts: { https?: boolean } = {}): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    ...(opts.https ? { 'Strict-Transport-Security': HSTS } : {}),
    'Cache-Control': cacheControl(urlPath),
  };
}
