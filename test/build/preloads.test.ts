import { test } from 'node:test';
import assert from 'node:assert/strict';
import { islandModules, moduleClosure, pageRelative, withPreloads } from '../../scripts/build/preloads.ts';

test('the static import closure follows imports and re-exports, not dynamic imports', async () => {
  const files: Record<string, string> = {
    '/_astro/Island.js': 'import{h as e}from"./preact.js";import"./side.js";const l=()=>import("./engine.js");export{e};',
    '/_astro/preact.js': 'export*from"./hooks.js";',
    '/_astro/hooks.js': 'export const x=1;',
    '/_astro/side.js': 'import{h}from"./preact.js";',
    '/_astro/client.js': 'import { render } from "./preact.js";',
  };
  const closure = await moduleClosure(['/_astro/Island.js', '/_astro/client.js'], async (u) => files[u] ?? assert.fail(`read ${u}`));
  assert.deepEqual(closure, ['/_astro/Island.js', '/_astro/preact.js', '/_astro/hooks.js', '/_astro/side.js', '/_astro/client.js']);
});

test('preloads go right after the last stylesheet; the page\'s own preload links move there first', () => {
  const html =
    '<html><head><meta charset="utf-8"><link rel="preload" as="fetch" href="/data.json" crossorigin="anonymous">' +
    '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><title>x</title></head><body></body></html>';
  const out = withPreloads(html, ['/_astro/Island.js', '/_astro/preact.js']);
  assert.equal(
    out,
    '<html><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css">' +
      '<link rel="preload" as="fetch" href="/data.json" crossorigin="anonymous">' +
      '<link rel="modulepreload" href="/_astro/Island.js"><link rel="modulepreload" href="/_astro/preact.js"><title>x</title></head><body></body></html>',
  );
  // Running it twice changes nothing more; a page without islands or preloads is left alone.
  assert.equal(withPreloads(out, ['/_astro/Island.js', '/_astro/preact.js']), out);
  const plain = '<html><head><link rel="stylesheet" href="/a.css"></head><body></body></html>';
  assert.equal(withPreloads(plain, []), plain);
});

test('a page with islands preloads its scripts and the components of the islands it has, not the others', async () => {
  const files: Record<string, string> = {
    '/_astro/Page.js': 'import{t as e}from"./hydrate.js";import{t}from"./preload-helper.js";e({flow:()=>t(()=>import(`./CheckIsland.js`),__vite__mapDeps([0])),quick:()=>t(()=>import(`./QuickCheck.js`),__vite__mapDeps([1]))});',
    '/_astro/hydrate.js': 'import{h}from"./preact.js";',
    '/_astro/preload-helper.js': '',
    '/_astro/preact.js': '',
    '/_astro/CheckIsland.js': 'import"./preact.js";const e=()=>import("./engine.js");',
    '/_astro/site.js': '',
  };
  const read = async (u: string) => files[u] ?? assert.fail(`read ${u}`);
  const page = '<div data-island="flow"></div><script type="module" src="/_astro/Page.js"></script><script type="module" src="/_astro/site.js"></script>';
  assert.deepEqual(await islandModules(page, read), ['/_astro/Page.js', '/_astro/hydrate.js', '/_astro/preact.js', '/_astro/preload-helper.js', '/_astro/site.js', '/_astro/CheckIsland.js']);
  // A content page (no island) gets no preloads, even with the site module.
  assert.deepEqual(await islandModules('<p>x</p><script type="module" src="/_astro/site.js"></script>', read), []);
});

test('preload URLs are relative to the page, like the imports between modules', () => {
  assert.equal(pageRelative('/_astro/x.js', '/site/dist', '/site/dist/check/index.html'), '../_astro/x.js');
  assert.equal(pageRelative('/_astro/x.js', '/site/dist', '/site/dist/en/check/snel/index.html'), '../../../_astro/x.js');
  assert.equal(pageRelative('/_astro/x.js', '/site/dist', '/site/dist/index.html'), './_astro/x.js');
});
