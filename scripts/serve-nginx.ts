/**
 * Runs the built site (dist/) under Debian's nginx with the shipped deploy/nginx.conf, in the
 * foreground, so anyone can see production behaviour (headers, CSP, compression, caching, 404)
 * on their own machine:
 *
 *   npm run build && PORT=8080 npm run serve:nginx       (HOST defaults to 127.0.0.1)
 *
 * Only the two `listen` lines and the `root` line of deploy/nginx.conf are swapped (port and
 * folder); everything else is the production file. Around it goes a minimal main configuration in
 * a temporary folder (pid, temp paths, errors to stderr), standing in for Debian's
 * /etc/nginx/nginx.conf. Installs nginx with apt when it is missing and we are root, like .ci/run
 * does for Chromium. Stop with Ctrl+C.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NGINX_LISTEN_LINES, NGINX_ROOT_LINE } from '../deploy/render.ts';
import { builtSiteName } from './lib/siteName.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const dist = path.resolve(process.argv[2] ?? 'dist');
const isRoot = process.getuid?.() === 0;

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}"`);
if (!existsSync(path.join(dist, 'index.html'))) fail(`${dist}/index.html does not exist: run npm run build first`);

function fail(message: string): never {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}

function findNginx(): string | null {
  for (const p of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

function aptInstall(packages: string[], optional: boolean): void {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!(run(['update', '-qq']) && run(['install', '-y', '-qq', ...packages])) && !optional) fail(`apt-get install ${packages.join(' ')} failed`);
}

let nginx = findNginx();
if (!nginx) {
  if (!isRoot) fail('nginx is not installed. Install it with: sudo apt-get update && sudo apt-get install -y nginx');
  console.log("nginx not found: installing Debian's nginx package");
  aptInstall(['nginx'], false);
  // Optional: lets nginx send the .br files of the build. Not every mirror has it.
  aptInstall(['libnginx-mod-http-brotli-static'], true);
  nginx = findNginx() ?? fail('nginx is still missing after apt-get install');
}

// The shipped site configuration, with only the port and the folder swapped.
const shipped = readFileSync('deploy/nginx.conf', 'utf8').split('\n');
const swap = (line: string, by: string | null) => {
  const i = shipped.indexOf(line);
  if (i < 0 || shipped.indexOf(line, i + 1) >= 0) fail(`deploy/nginx.conf should contain the line "${line.trim()}" exactly once`);
  if (by === null) shipped.splice(i, 1);
  else shipped[i] = by;
};
swap(NGINX_LISTEN_LINES[0]!, `    listen ${host.includes(':') ? `[${host}]` : host}:${port};`);
for (const extra of NGINX_LISTEN_LINES.slice(1)) swap(extra, null);
swap(NGINX_ROOT_LINE, `    root ${dist};`);

const prefix = path.join(tmpdir(), `hulpwijzer-nginx-${port}`);
for (const d of ['tmp', 'snippets']) mkdirSync(path.join(prefix, d), { recursive: true });
writeFileSync(path.join(prefix, 'site.conf'), shipped.join('\n'));

// Debian loads its modules from modules-enabled; brotli_static only when that module is there.
const modulesDir = '/etc/nginx/modules-enabled';
const modules = existsSync(modulesDir) ? readdirSync(modulesDir) : [];
const brotli = modules.some((m) => m.includes('brotli-static'));
const brotliSnippet = path.join(prefix, 'snippets', 'hulpwijzer-brotli.conf');
if (brotli) writeFileSync(brotliSnippet, readFileSync('deploy/nginx-brotli.conf', 'utf8'));
else if (existsSync(brotliSnippet)) writeFileSync(brotliSnippet, '# brotli module not installed\n');

const temp = (name: string) => `${path.join(prefix, 'tmp', name)}`;
writeFileSync(
  path.join(prefix, 'nginx.conf'),
  [
    '# Made by scripts/serve-nginx.ts for a local run. In production Debian\'s /etc/nginx/nginx.conf has this role.',
    'daemon off;',
    // As root (CI, containers) the workers would run as "nobody" and might not read a checkout in /root or a private /tmp folder.
    ...(isRoot ? ['user root;'] : []),
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    ...(modules.length ? [`include ${modulesDir}/*.conf;`] : []),
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    access_log off;',
    `    client_body_temp_path ${temp('body')};`,
    `    proxy_temp_path ${temp('proxy')};`,
    `    fastcgi_temp_path ${temp('fastcgi')};`,
    `    uwsgi_temp_path ${temp('uwsgi')};`,
    `    scgi_temp_path ${temp('scgi')};`,
    `    include ${path.join(prefix, 'site.conf')};`,
    '}',
    '',
  ].join('\n'),
);

// Debian's own prefix stays (its module files load "modules/…" relative to it); relative includes
// such as "snippets/…" are relative to the folder of the -c file, here the temporary one.
const args = ['-e', 'stderr', '-c', path.join(prefix, 'nginx.conf')];
const test = spawnSync(nginx, [...args, '-t', '-q'], { stdio: 'inherit' });
if (test.status !== 0) fail('nginx rejected the configuration (see above)');

const child = spawn(nginx, args, { stdio: 'inherit' });
console.log(`\n${builtSiteName(dist)} draait onder nginx (${brotli ? 'gzip en brotli' : 'gzip'}). Open in uw browser:\n\n  http://localhost:${port}/\n\n(Stop met Ctrl+C)`);
// nginx stops gracefully on SIGQUIT; pass on Ctrl+C and the e2e runner's SIGTERM.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => child.kill('SIGQUIT'));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
