import { test } from 'node:test';
import assert from 'node:assert/strict';
import postcss from 'postcss';
import { classUsage, pruneCustomProperties, purgeUnusedRules, siteCssSources, usedCustomProperties } from '../../scripts/build/cssTokens.ts';

const parse = (css: string, from = '/site/src/styles/site.css') => postcss.parse(css, { from });
const pkg = (css: string) => parse(css, '/site/node_modules/@utrecht/button-css/dist/index.css');

test('tokens used directly, through other tokens and in fallbacks are kept; the rest is removed', () => {
  const theme = parse(`.theme {
    --a: red; --b: var(--a); --c: 1px; --unused: var(--c); --d: blue; --e: 2px; --orphan: green;
  }`);
  const site = parse('.x { color: var(--b); border-width: var(--missing, var(--e)); } .y { --local: var(--d); }');
  const keep = usedCustomProperties([theme, site]);
  assert.deepEqual([...keep].sort(), ['--a', '--b', '--e', '--missing']);
  pruneCustomProperties(theme, keep);
  pruneCustomProperties(site, keep);
  assert.equal(theme.toString().replace(/\s+/g, ' ').trim(), '.theme { --a: red; --b: var(--a); --e: 2px; }');
  // A rule left empty disappears.
  assert.equal(site.toString().replace(/\s+/g, ' ').trim(), '.x { color: var(--b); border-width: var(--missing, var(--e)); }');
});

test('empty at-rules left behind by pruning are removed too', () => {
  const root = parse('@media print { .theme { --x: 1; } } .a { color: red }');
  pruneCustomProperties(root, new Set());
  assert.equal(root.toString().trim(), '.a { color: red }');
});

test('class usage: words in the sources, and prefixes of class names built at run time', () => {
  const isUsed = classUsage(['<h2 class="nl-heading nl-heading--level-2">', 'class={`nl-link nl-link--${kind}`}']);
  assert.equal(isUsed('nl-heading'), true);
  assert.equal(isUsed('nl-heading--level-2'), true);
  assert.equal(isUsed('nl-link--current'), true, 'prefix "nl-link--" from the template literal');
  assert.equal(isUsed('nl-heading--level-3'), false);
  assert.equal(isUsed('utrecht-button'), false);
});

test('package rules that need an unused class go; site rules, :not(), :is() and keyframes stay', () => {
  const isUsed = classUsage(['utrecht-button utrecht-button--primary-action']);
  const root = pkg(`
    .utrecht-button { color: red }
    .utrecht-button--primary-action:hover { color: blue }
    .utrecht-button--busy { cursor: wait }
    .utrecht-button--busy, .utrecht-button--primary-action { font-weight: bold }
    .utrecht-button:not(.utrecht-button--disabled) { opacity: 1 }
    :is(.utrecht-button--pressed, .utrecht-button) { outline: 0 }
    @keyframes spin { from { rotate: 0 } }
    button { margin: 0 }
  `);
  root.append(parse('.site-only-class { color: green }'));
  purgeUnusedRules(root, isUsed);
  const css = root.toString();
  assert.match(css, /\.utrecht-button \{ color: red \}/);
  assert.match(css, /\.utrecht-button--primary-action:hover/);
  assert.doesNotMatch(css, /cursor: wait/);
  assert.match(css, /^\s*\.utrecht-button--primary-action \{ font-weight: bold \}/m, 'the unused selector is dropped from the list');
  assert.match(css, /:not\(\.utrecht-button--disabled\)/);
  assert.match(css, /:is\(/);
  assert.match(css, /@keyframes spin/);
  assert.match(css, /button \{ margin: 0 \}/);
  assert.match(css, /\.site-only-class/, 'the site\'s own CSS is never purged');
});

test('the site CSS sources include the NL Design System packages and the voorbeeld theme', () => {
  const files = siteCssSources('src').map((s) => s.file);
  assert.ok(files.some((f) => f.endsWith('src/styles/site.css')));
  assert.ok(files.some((f) => /voorbeeld-design-tokens[\\/]dist[\\/]theme\.css$/.test(f)));
  assert.ok(files.some((f) => /@utrecht[\\/]unordered-list-css/.test(f)), 'CSS imported from a component');
  assert.ok(files.some((f) => f.endsWith('.astro#style')), '<style> blocks');
});
