/**
 * Writes foo.gz and foo.br next to every text file in dist/ (after astro build), so nginx
 * (gzip_static, brotli_static) and CDNs send compressed files without compressing per request.
 *   node scripts/precompress.ts [dist]
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'dist');
const TEXT = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);
/** Smaller files are not worth it (nginx: gzip_min_length 256). */
const MIN = 256;

async function* files(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (e.isFile() && TEXT.has(path.extname(e.name))) yield p;
  }
}

let count = 0;
let before = 0;
let afterBr = 0;
for await (const file of files(root)) {
  if ((await stat(file)).size < MIN) continue;
  const data = await readFile(file);
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  await writeFile(`${file}.gz`, gz);
  await writeFile(`${file}.br`, br);
  count++;
  before += data.length;
  afterBr += br.length;
}
console.log(`precompress: ${count} files in ${path.relative(process.cwd(), root) || '.'}, ${(before / 1024).toFixed(0)} KB → ${(afterBr / 1024).toFixed(0)} KB brotli`);
