/**
 * Serves the built site in dist/ on http://localhost:4321 (or $PORT).
 * Small on purpose: static files, directory index, the 404 page, no caching surprises.
 *   node scripts/serve.ts        (npm run preview; npm start builds first)
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

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

async function resolveFile(urlPath: string): Promise<string | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${rel}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) {
      const index = path.join(file, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    /* not found */
  }
  return null;
}

const server = createServer(async (req, res) => {
  const url = req.url ?? '/';
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  // Directory without trailing slash: redirect, like most static hosts.
  if (!url.split('?')[0]!.endsWith('/') && !path.extname(url.split('?')[0]!)) {
    const dirFile = await resolveFile(`${url.split('?')[0]}/`);
    if (dirFile) {
      const q = url.includes('?') ? url.slice(url.indexOf('?')) : '';
      res.writeHead(301, { Location: `${url.split('?')[0]}/${q}` }).end();
      return;
    }
  }
  const file = await resolveFile(url);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  res.writeHead(status, {
    'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(body)
    .on('error', () => res.end())
    .pipe(res);
});

server.listen(port, host, () => {
  console.log(`\nHulpwijzer Amersfoort draait. Open in uw browser:\n\n  http://localhost:${port}/\n\n(Stop met Ctrl+C)`);
});
