/**
 * Renders the hosting configuration from deploy/headers.ts:
 *   deploy/nginx.conf   a complete nginx server for Debian's nginx (1.22 or newer), serving dist/
 *   public/_headers     the same headers for static CDN hosts (Netlify, Cloudflare Pages and others
 *                       that read a _headers file); Astro copies it into dist/.
 * Written by scripts/deploy-config.ts; test/security/deploy-config.test.ts fails when they drift.
 */
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, HSTS, IMMUTABLE_PREFIX, SECURITY_HEADERS } from './headers.ts';

const GENERATED = 'GENERATED from deploy/headers.ts by `npm run deploy:config` (also part of `npm run build`): do not edit by hand.';

/** The lines scripts/serve-nginx.ts swaps for a local run (port and folder); nothing else changes. */
export const NGINX_LISTEN_LINES = ['    listen 80;', '    listen [::]:80;'];
export const NGINX_ROOT_LINE = '    root /var/www/hulpwijzer/dist;';

/** nginx has no escape for `$` in strings: a header value with `"`, `\` or `$` is refused. */
const quote = (v: string) => {
  if (/["\\$]/.test(v)) throw new Error(`header value cannot be written to nginx.conf: ${v}`);
  return `"${v}"`;
};

/** add_header lines: the security headers, HSTS over TLS only, and a Cache-Control. */
function headerLines(indent: string, cache: string | null): string[] {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `${indent}add_header ${k} ${quote(v)} always;`);
  lines.push(`${indent}add_header Strict-Transport-Security $hulpwijzer_hsts always;`);
  if (cache) lines.push(`${indent}add_header Cache-Control ${quote(cache)} always;`);
  return lines;
}

export function renderNginxConf(): string {
  const i1 = '    ';
  const i2 = '        ';
  const location = (match: string, cache: string, extra: string[] = []) => [
    `${i1}location ${match} {`,
    ...extra.map((l) => `${i2}${l}`),
    ...headerLines(i2, cache),
    `${i1}}`,
  ];
  return [
    '# Hulpwijzer: the production web server for the static site in dist/.',
    `# ${GENERATED}`,
    '#',
    '# Each municipality\'s build is its own site: build it with GEMEENTE=<id> npm run build, copy its dist/',
    '# to its own folder (e.g. /var/www/hulpwijzer-<id>/dist) and give it its own copy of this server block',
    '# with its own server_name, root and certificate. The headers are the same for every municipality.',
    '#',
    '# Install on Debian (README.md › Hosting):',
    '#   apt-get install nginx libnginx-mod-http-brotli-static   (the brotli module is optional)',
    '#   cp deploy/nginx.conf /etc/nginx/sites-available/hulpwijzer.conf',
    '#   ln -s ../sites-available/hulpwijzer.conf /etc/nginx/sites-enabled/',
    '#   cp deploy/nginx-brotli.conf /etc/nginx/snippets/hulpwijzer-brotli.conf   (only with the brotli module)',
    '#   set server_name and root below, add TLS, then: nginx -t && systemctl reload nginx',
    '# Try it on your own machine: npm run build && PORT=8080 npm run serve:nginx',
    '',
    '# HSTS only over TLS: on plain HTTP the value is empty and nginx leaves the header out.',
    '# Behind a load balancer that ends TLS, send HSTS there (or map $http_x_forwarded_proto here).',
    'map $https $hulpwijzer_hsts {',
    `${i1}on ${quote(HSTS)};`,
    `${i1}default "";`,
    '}',
    '',
    'server {',
    ...NGINX_LISTEN_LINES,
    `${i1}# TLS on this server: add these lines (and a server on port 80 that only does`,
    `${i1}# "return 301 https://your.host.name$request_uri;"). HSTS is then sent automatically.`,
    `${i1}#   listen 443 ssl http2;            (nginx 1.25.1 and newer: "listen 443 ssl;" plus "http2 on;")`,
    `${i1}#   listen [::]:443 ssl http2;`,
    `${i1}#   ssl_certificate     /etc/ssl/certs/hulpwijzer.pem;`,
    `${i1}#   ssl_certificate_key /etc/ssl/private/hulpwijzer.key;`,
    `${i1}#   ssl_protocols TLSv1.2 TLSv1.3;`,
    `${i1}#   ssl_prefer_server_ciphers off;`,
    `${i1}#   ssl_session_timeout 1d;`,
    `${i1}#   ssl_session_cache shared:hulpwijzer:10m;`,
    `${i1}#   ssl_session_tickets off;`,
    `${i1}server_name _;  # your host name, for example hulpwijzer.example.nl`,
    NGINX_ROOT_LINE,
    `${i1}index index.html;`,
    '',
    `${i1}server_tokens off;`,
    `${i1}autoindex off;`,
    `${i1}log_not_found off;  # a missing page is a 404 for the visitor, not an error for the log`,
    `${i1}# Redirects (a folder without its trailing slash) carry a path only, never a host: no open redirect.`,
    `${i1}absolute_redirect off;`,
    `${i1}merge_slashes on;`,
    `${i1}charset utf-8;`,
    `${i1}charset_types text/css application/javascript application/json application/manifest+json image/svg+xml text/plain application/xml;`,
    '',
    `${i1}# Compression: the build writes .gz and .br next to every text file (scripts/precompress.ts).`,
    `${i1}gzip on;`,
    `${i1}gzip_static on;`,
    `${i1}gzip_vary on;`,
    `${i1}gzip_comp_level 6;`,
    `${i1}gzip_min_length 256;`,
    `${i1}gzip_types text/css application/javascript application/json application/manifest+json image/svg+xml text/plain application/xml;`,
    `${i1}# "brotli_static on;" when Debian's libnginx-mod-http-brotli-static is installed (deploy/nginx-brotli.conf);`,
    `${i1}# the wildcard makes the include optional.`,
    `${i1}include snippets/hulpwijzer-brotli*.conf;`,
    '',
    `${i1}# A static site: only GET and HEAD.`,
    `${i1}if ($request_method !~ ^(GET|HEAD)$) {`,
    `${i2}return 405;`,
    `${i1}}`,
    '',
    `${i1}error_page 404 /404.html;`,
    '',
    `${i1}# nginx uses the add_header lines of the most specific block only, so every block repeats them.`,
    ...headerLines(i1, CACHE_REVALIDATE),
    '',
    ...location('/', CACHE_REVALIDATE),
    ...location(IMMUTABLE_PREFIX, CACHE_IMMUTABLE),
    ...location('~* \\.webmanifest$', CACHE_REVALIDATE, ['default_type application/manifest+json;']),
    ...location('= /404.html', CACHE_REVALIDATE, ['internal;']),
    `${i1}# The CDN header file and hidden files are not content.`,
    `${i1}location = /_headers {`,
    `${i2}return 404;`,
    `${i1}}`,
    `${i1}location ~ /\\.(?!well-known/) {`,
    `${i2}return 404;`,
    `${i1}}`,
    '}',
    '',
  ].join('\n');
}

export function renderNginxBrotli(): string {
  return [
    '# Hulpwijzer: serve the .br files made by the build.',
    '# Needs Debian\'s libnginx-mod-http-brotli-static; install as /etc/nginx/snippets/hulpwijzer-brotli.conf.',
    `# ${GENERATED}`,
    'brotli_static on;',
    '',
  ].join('\n');
}

/** Netlify / Cloudflare Pages `_headers`. Cache-Control is set for hashed assets only: the hosts revalidate HTML by default. */
export function renderHeadersFile(): string {
  const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)];
  return [
    `# Hulpwijzer: response headers for static hosts that read a _headers file (one site per municipality's build).`,
    `# ${GENERATED}`,
    ...block('/*', { ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS }),
    ...block(`${IMMUTABLE_PREFIX}*`, { 'Cache-Control': CACHE_IMMUTABLE }),
    '',
  ].join('\n');
}

/** Every generated file, by path relative to the project root. */
export function renderDeployFiles(): Record<string, string> {
  return {
    'deploy/nginx.conf': renderNginxConf(),
    'deploy/nginx-brotli.conf': renderNginxBrotli(),
    'public/_headers': renderHeadersFile(),
  };
}
