import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, ROUTE_KEYS, alternates, route, staticPaths } from '../../src/utils/routes.ts';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';

test('route() fills the slug: Dutch unprefixed, English with its own words, other languages under /<code>/ with the Dutch words', () => {
  assert.equal(route('nl', 'regeling', 'huurtoeslag'), '/regelingen/huurtoeslag/');
  assert.equal(route('en', 'regeling', 'huurtoeslag'), '/en/schemes/huurtoeslag/');
  assert.equal(route('ar', 'regeling', 'huurtoeslag'), '/ar/regelingen/huurtoeslag/');
  assert.equal(route('tr', 'checkSnel'), '/tr/check/snel/');
  assert.equal(route('uk', 'home'), '/uk/');
  assert.equal(route('nl', 'home'), '/');
});

test('route() refuses a slug route without a slug', () => {
  assert.throws(() => route('nl', 'regeling'), /needs a slug/);
});

test('alternates() gives the same page in every language of the table', () => {
  assert.deepEqual(alternates('wijk', 'zielhorst'), {
    nl: '/wijken/zielhorst/',
    en: '/en/neighbourhoods/zielhorst/',
    ar: '/ar/wijken/zielhorst/',
    tr: '/tr/wijken/zielhorst/',
    uk: '/uk/wijken/zielhorst/',
  });
});

test('the existing Dutch and English URLs stay exactly as they were', () => {
  const before = {
    home: ['/', '/en/'], regelingen: ['/regelingen/', '/en/schemes/'], regeling: ['/regelingen/{slug}/', '/en/schemes/{slug}/'],
    organisaties: ['/organisaties/', '/en/organisations/'], organisatie: ['/organisaties/{slug}/', '/en/organisations/{slug}/'],
    wijken: ['/wijken/', '/en/neighbourhoods/'], wijk: ['/wijken/{slug}/', '/en/neighbourhoods/{slug}/'],
    clientondersteuning: ['/clientondersteuning/', '/en/client-support/'], mantelzorg: ['/mantelzorg/', '/en/carers/'],
    privacy: ['/privacy/', '/en/privacy/'], toegankelijkheid: ['/toegankelijkheid/', '/en/accessibility/'], bronnen: ['/bronnen/', '/en/sources/'],
    check: ['/check/', '/en/check/'], checkSnel: ['/check/snel/', '/en/check/quick/'], zoeken: ['/zoeken/', '/en/search/'], az: ['/a-z/', '/en/a-z/'],
  } as const;
  assert.deepEqual(Object.keys(before).sort(), [...ROUTE_KEYS].sort());
  for (const [key, [nl, en]] of Object.entries(before)) {
    assert.equal(ROUTES[key as keyof typeof before].nl, nl, key);
    assert.equal(ROUTES[key as keyof typeof before].en, en, key);
  }
});

test('every route ends with a slash, each language has its own prefix, and no two pages share a path', () => {
  const all: string[] = [];
  for (const [key, r] of Object.entries(ROUTES)) {
    for (const l of LOCALES) {
      assert.ok(r[l].endsWith('/'), `${key} ${l}`);
      if (l !== 'nl') assert.ok(r[l].startsWith(`/${l}/`), `${key} ${l}`);
      else for (const other of TRANSLATED_LOCALES) assert.ok(!r.nl.startsWith(`/${other}/`), key);
      all.push(r[l]);
    }
  }
  assert.equal(new Set(all).size, all.length);
});

test('staticPaths() gives one path per language (and slug) for a page type’s one route file', () => {
  const paths = staticPaths('regeling', ['regeling'], ['huurtoeslag', 'zorgtoeslag']);
  assert.equal(paths.length, LOCALES.length * 2);
  assert.deepEqual(paths.find((p) => p.props.locale === 'ar' && p.props.slug === 'huurtoeslag')?.params, { regeling: 'ar/regelingen/huurtoeslag' });
  // The Dutch home page is the site root: the rest parameter is undefined.
  assert.deepEqual(staticPaths('home', ['home']).find((p) => p.props.locale === 'nl')?.params, { home: undefined });
});
