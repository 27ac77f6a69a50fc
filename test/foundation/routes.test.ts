import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, alternates, route } from '../../src/utils/routes.ts';

test('route() fills the slug and keeps Dutch unprefixed, English under /en/', () => {
  assert.equal(route('nl', 'regeling', 'huurtoeslag'), '/regelingen/huurtoeslag/');
  assert.equal(route('en', 'regeling', 'huurtoeslag'), '/en/schemes/huurtoeslag/');
  assert.equal(route('nl', 'home'), '/');
});

test('route() refuses a slug route without a slug', () => {
  assert.throws(() => route('nl', 'regeling'), /needs a slug/);
});

test('alternates() gives the same page in every language', () => {
  assert.deepEqual(alternates('wijk', 'zielhorst'), { nl: '/wijken/zielhorst/', en: '/en/neighbourhoods/zielhorst/' });
});

test('every route ends with a slash, Dutch never starts with /en/, English always does', () => {
  for (const [key, r] of Object.entries(ROUTES)) {
    assert.ok(r.nl.endsWith('/') && r.en.endsWith('/'), key);
    assert.ok(!r.nl.startsWith('/en/'), key);
    assert.ok(r.en.startsWith('/en/'), key);
  }
  const nlPaths = Object.values(ROUTES).map((r) => r.nl);
  assert.equal(new Set(nlPaths).size, nlPaths.length, 'no two routes share a Dutch path');
});
