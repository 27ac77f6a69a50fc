/**
 * CSS diet (issue 15), at build time, with identical rendering (npm run compare:screens):
 *  1. rules of NL Design System packages (CSS from node_modules) whose selectors need a class
 *     that no source file of the site mentions are dropped (unused variants and elements);
 *  2. every custom property (design token) that no remaining CSS refers to, directly or through
 *     other custom properties, is removed: most of the voorbeeld theme's 2,000 tokens.
 *
 * Both are computed once from the site's own sources (src/**: .css files, <style> blocks and
 * CSS imports in components, following @import into node_modules; class names from src/ and
 * content/), so each CSS file is pruned before Vite hashes it: a name changes with its content.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import postcss, { type Plugin, type Root } from 'postcss';

const VAR_REF = /var\(\s*(--[\w-]+)/g;

const refsIn = (value: string): string[] => [...value.matchAll(VAR_REF)].map((m) => m[1]!);

/**
 * Custom properties that are used: referred to by a normal declaration (or an at-rule), plus
 * everything those refer to through custom property definitions, transitively.
 */
export function usedCustomProperties(roots: Root[]): Set<string> {
  const defs = new Map<string, string[]>();
  const queue: string[] = [];
  for (const root of roots) {
    root.walkDecls((d) => {
      if (d.prop.startsWith('--')) {
        const list = defs.get(d.prop) ?? [];
        list.push(d.value);
        defs.set(d.prop, list);
      } else queue.push(...refsIn(d.value));
    });
    root.walkAtRules((a) => void queue.push(...refsIn(a.params)));
  }
  const used = new Set<string>();
  while (queue.length) {
    const name = queue.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    for (const v of defs.get(name) ?? []) queue.push(...refsIn(v));
  }
  return used;
}

/** Removes custom property declarations not in `keep`, then rules and at-rules left empty. */
export function pruneCustomProperties(root: Root, keep: ReadonlySet<string>): void {
  root.walkDecls((d) => {
    if (d.prop.startsWith('--') && !keep.has(d.prop)) d.remove();
  });
  let removed = true;
  while (removed) {
    removed = false;
    root.walk((n) => {
      if ((n.type === 'rule' || n.type === 'atrule') && n.nodes !== undefined && n.nodes.length === 0) {
        n.remove();
        removed = true;
      }
    });
  }
}

/**
 * Class names the markup can contain: every word in the given source texts. A word ending in
 * "-" is a prefix built at run time (`nl-heading--level-${n}`): every class starting with it counts.
 */
export function classUsage(texts: string[]): (cls: string) => boolean {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/[A-Za-z_][\w-]*/g)) words.add(m[0]);
  const prefixes = [...words].filter((w) => w.endsWith('-'));
  return (cls) => words.has(cls) || prefixes.some((p) => cls.startsWith(p));
}

const fromPackage = (n: { source?: { input: { file?: string } } }) => /[\\/]node_modules[\\/]/.test(n.source?.input.file ?? '');

/**
 * Drops the selectors of package rules that need a class the site never uses, and rules left
 * without selectors. Classes inside :not() are not needed; selectors with :is(), :where() or
 * :has() are kept as they are (they may match without every class listed).
 */
export function purgeUnusedRules(root: Root, isUsed: (cls: string) => boolean): void {
  root.walkRules((rule) => {
    if (!fromPackage(rule) || rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    const keep = rule.selectors.filter((sel) => {
      if (/:(is|where|has|matches)\(/.test(sel)) return true;
      const needed = [...sel.replace(/:not\([^()]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!);
      return needed.every(isUsed);
    });
    if (keep.length === 0) rule.remove();
    else if (keep.length !== rule.selectors.length) rule.selectors = keep;
  });
}

const IMPORT_IN_CSS = /@import\s+(?:url\()?\s*['"]([^'"]+)['"]/g;
const IMPORT_IN_JS = /^\s*import\s+['"]([^'"]+\.css)['"]/gm;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

function filesUnder(dir: string, exts: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)))
    .map((e) => path.resolve(e.parentPath, e.name));
}

/**
 * Every CSS text the site can ship: src/**\/*.css, <style> blocks in .astro files and CSS files
 * imported from components, each with the files it @imports (relative or from node_modules).
 */
export function siteCssSources(srcDir: string): { file: string; css: string }[] {
  const out: { file: string; css: string }[] = [];
  const seen = new Set<string>();
  const addFile = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const css = readFileSync(file, 'utf8');
    out.push({ file, css });
    for (const m of css.matchAll(IMPORT_IN_CSS)) addFile(resolveFrom(file, m[1]!));
  };
  for (const file of filesUnder(srcDir, ['.css'])) addFile(file);
  for (const file of filesUnder(srcDir, ['.astro', '.ts', '.tsx'])) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT_IN_JS)) addFile(resolveFrom(file, m[1]!));
    if (file.endsWith('.astro')) {
      for (const m of text.matchAll(STYLE_BLOCK)) {
        const key = `${file}#style`;
        if (!seen.has(key)) seen.add(key);
        out.push({ file: key, css: m[1]! });
        for (const i of m[1]!.matchAll(IMPORT_IN_CSS)) addFile(resolveFrom(file, i[1]!));
      }
    }
  }
  return out;
}

function resolveFrom(fromFile: string, spec: string): string {
  if (spec.startsWith('.') || spec.startsWith('/')) return path.resolve(path.dirname(fromFile), spec);
  return createRequire(path.resolve(fromFile)).resolve(spec);
}

/** Texts of the files under `dir` with these extensions (for class names). */
export function readTexts(dir: string, exts: string[]): string[] {
  return filesUnder(dir, exts).map((f) => readFileSync(f, 'utf8'));
}

/**
 * The PostCSS plugin for Vite: purges and prunes each CSS file against what the whole site
 * uses. `srcDir` holds the components and styles, `contentDir` the content (rich text).
 */
export function cssDiet(srcDir: string, contentDir: string): Plugin {
  let site: { isUsed: (cls: string) => boolean; keep: Set<string> } | undefined;
  const analyse = () => {
    const isUsed = classUsage([...readTexts(srcDir, ['.astro', '.ts', '.tsx']), ...readTexts(contentDir, ['.yaml', '.md', '.json'])]);
    const roots = siteCssSources(srcDir).map(({ file, css }) => postcss.parse(css, { from: file }));
    for (const r of roots) purgeUnusedRules(r, isUsed);
    return { isUsed, keep: usedCustomProperties(roots) };
  };
  return {
    postcssPlugin: 'hulpwijzer-css-diet',
    Once(root) {
      site ??= analyse();
      purgeUnusedRules(root, site.isUsed);
      pruneCustomProperties(root, site.keep);
    },
  };
}
