/**
 * After the build: in every page with an island (`data-island`, ../../src/components/island),
 * preload the island's scripts (the page's module scripts, the component its hydration script
 * imports for each island on the page, and every module these import statically) with
 * <link rel="modulepreload">, and move the page's own preload links, right after the stylesheets. Without this the browser
 * finds each module only when the one before it has run (a waterfall: issue 15); placed after
 * the stylesheets, the preloads never delay the first paint.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ISLAND_NAME = /\bdata-island="([^"]+)"/g;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
/** In a hydration script: `flow:()=>t(()=>import("./CheckIsland.X.js"),…)` (hydrateIslands({ flow: () => import(…) })). */
const ISLAND_LOADER = /([\w$]+):\(\)=>(?:[\w$]+\(\(\)=>)?import\([`"'](\.{1,2}\/[^`"']+\.js)[`"']\)/g;
/** Static imports in the built (minified) modules: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const PRELOAD_LINK = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")[^>]*>/g;
const STYLESHEET_LINK = /<link\b(?=[^>]*\brel="stylesheet")[^>]*>/g;

/** The static import closure of the given module URLs (site-absolute, e.g. /_astro/x.js), in order. */
export async function moduleClosure(entries: string[], readModule: (url: string) => Promise<string>): Promise<string[]> {
  const seen: string[] = [];
  const visit = async (url: string) => {
    if (seen.includes(url)) return;
    seen.push(url);
    const code = await readModule(url);
    for (const m of code.matchAll(STATIC_IMPORT)) await visit(path.posix.join(path.posix.dirname(url), m[1]!));
  };
  for (const e of entries) await visit(e);
  return seen;
}

/** The page with its preloads right after the last stylesheet link of the head. */
export function withPreloads(html: string, modules: string[]): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  let head = html.slice(0, headEnd);
  const own = head.match(PRELOAD_LINK) ?? [];
  head = head.replace(PRELOAD_LINK, '');
  const known = new Set(own.map((l) => /\bhref="([^"]+)"/.exec(l)?.[1]));
  const links = [...own, ...modules.filter((m) => !known.has(m)).map((m) => `<link rel="modulepreload" href="${m}">`)].join('');
  if (!links) return html;
  const sheets = [...head.matchAll(STYLESHEET_LINK)];
  const last = sheets[sheets.length - 1];
  const at = last ? last.index + last[0].length : head.length;
  return head.slice(0, at) + links + head.slice(at) + html.slice(headEnd);
}

/** The modules a page with islands needs before it is interactive ([] for a page without). */
export async function islandModules(html: string, readModule: (url: string) => Promise<string>): Promise<string[]> {
  const islands = new Set([...html.matchAll(ISLAND_NAME)].map((m) => m[1]!));
  if (islands.size === 0) return [];
  const scripts = [...new Set([...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!))];
  const components: string[] = [];
  for (const url of scripts) {
    for (const m of (await readModule(url)).matchAll(ISLAND_LOADER)) {
      if (islands.has(m[1]!)) components.push(path.posix.join(path.posix.dirname(url), m[2]!));
    }
  }
  return moduleClosure([...scripts, ...components], readModule);
}

/**
 * A site-absolute module URL as seen from the page (`/_astro/x.js` from dist/check/index.html is
 * `../_astro/x.js`): the same file, named the way the modules name each other (`./x.js`), so a
 * tool that follows the page's links and then the modules' imports counts each file once.
 */
export function pageRelative(url: string, root: string, file: string): string {
  const from = path.posix.join('/', path.relative(root, path.dirname(file)).split(path.sep).join('/'));
  const rel = path.posix.relative(from, url);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** Rewrites the built pages in `root` (dist/); returns how many pages got preloads. */
export async function addPreloads(root: string): Promise<number> {
  const cache = new Map<string, Promise<string>>();
  const readModule = (url: string) => {
    if (!cache.has(url)) cache.set(url, readFile(path.join(root, url), 'utf8'));
    return cache.get(url)!;
  };
  let changed = 0;
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    const modules = await islandModules(html, readModule);
    const out = withPreloads(html, modules.map((m) => pageRelative(m, root, file)));
    if (out !== html) {
      await writeFile(file, out);
      changed++;
    }
  }
  return changed;
}
