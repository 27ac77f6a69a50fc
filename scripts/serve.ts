/**
 * Serves the built site in dist/ on http://localhost:4321 (or $PORT).
 * Small on purpose: static files, directory index, the 404 page. It sends the same headers as
 * production (deploy/headers.ts: CSP, nosniff, caching …) and only ever redirects to a path on
 * this server: the Location is rebuilt from the folder found on disk, never from the request.
 *   node scripts/serve.ts [dist]        (npm run preview; npm start builds first)
 * Production behaviour under real nginx: npm run serve:nginx.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { responseHeaders } from '../deploy/headers.ts';
import { builtSiteName } from './lib/siteName.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Not content: the CDN header file, hidden files, precompressed copies. */
const HIDDEN = (rel: string) => rel === '_headers' || rel.split(path.sep).some((seg) => seg.startsWith('.')) || /\.(gz|br)$/.test(rel);

type Found = { kind: 'file'; file: string } | { kind: 'dir'; rel: string } | null;

/** The file or folder inside root that a URL path names, or null. */
async function lookup(urlPath: string): Promise<Found> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const target = path.resolve(root, `.${path.sep}${decoded}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  const rel = path.relative(root, target);
  if (HIDDEN(rel)) return null;
  try {
    const s = await stat(target);
    if (s.isFile()) return { kind: 'file', file: target };
    if (s.isDirectory() && (await stat(path.join(target, 'index.html'))).isFile()) return { kind: 'dir', rel };
  } catch {
    /* not found */
  }
  return null;
}

/** "/" plus the folder's path on disk, segment by segment encoded: always a path on this server. */
const folderUrl = (rel: string) => `/${rel.split(path.sep).filter(Boolean).map(encodeURIComponent).join('/')}${rel ? '/' : ''}`;

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(400, responseHeaders('/'));
    res.end();
  });
});

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const urlPath = (q < 0 ? raw : raw.slice(0, q)).split('#')[0]!;
  // Kept on a redirect only when it is plain visible ASCII.
  const query = q < 0 || !/^\?[\x21-\x7e]*$/.test(raw.slice(q)) ? '' : raw.slice(q);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...responseHeaders(urlPath), Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = await lookup(urlPath);
  if (found?.kind === 'dir' && !urlPath.endsWith('/')) {
    // A folder without its trailing slash: redirect, like nginx and most static hosts.
    res.writeHead(301, { ...responseHeaders(urlPath), Location: `${folderUrl(found.rel)}${query}` }).end();
    return;
  }
  const file = found?.kind === 'file' ? found.file : found?.kind === 'dir' ? path.join(root, found.rel, 'index.html') : null;
  const body = file ?? path.join(root, '404.html');
  res.writeHead(file ? 200 : 404, { ...responseHeaders(urlPath), 'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(body)
    .on('error', () => res.end())
    .pipe(res);
}

server.listen(port, host, () => {
  // PORT=0 picks a free port (tests): print the real one.
  const bound = (server.address() as { port: number }).port;
  console.log(`\n${builtSiteName(root)} draait. Open in uw browser:\n\n  http://localhost:${bound}/\n\n(Stop met Ctrl+C)`);
});
