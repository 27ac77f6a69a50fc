/**
 * The server the benchmarks measure (npm run bench:check, bench:lighthouse): production-like,
 * so compression counts as it does for real visitors. Serves dist/ on $PORT in the foreground.
 *  - `npm run serve:nginx` (the shipped nginx config) when the project has it;
 *  - otherwise Debian's nginx with a minimal stand-in config: static files, gzip, 404 page.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = Number(process.env.PORT ?? 4321);
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

function run(cmd: string, args: string[]) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, PORT: String(port) } });
  const stop = () => child.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (scripts['serve:nginx']) {
  run('npm', ['run', '--silent', 'serve:nginx']);
} else {
  const dir = path.join(os.tmpdir(), `hulpwijzer-bench-nginx-${port}`);
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const dist = path.resolve('dist');
  const conf = `
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  gzip on;
  gzip_comp_level 6;
  gzip_min_length 256;
  gzip_types text/css application/javascript text/javascript application/json application/manifest+json image/svg+xml;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    index index.html;
    error_page 404 /404.html;
    location / { try_files $uri $uri/ =404; }
    location /_astro/ { add_header Cache-Control "public, max-age=31536000, immutable"; }
  }
}`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  run(process.env.NGINX ?? 'nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')]);
}
