/** Inert data blocks (issue 14 §1): safeJson never lets content end or change a <script> data block. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { safeJson } from '../../src/utils/safeJson.ts';

test('<, > and & never appear raw, so </script>, <!-- and ]]> cannot end or change the block', () => {
  const out = safeJson({ t: '</script><script>alert(1)</script><!-- --> & ]]> \u2028\u2029' });
  assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
  assert.match(out, /\\u003c\/script\\u003e/);
});

test('JSON.parse gives back exactly the same value (random strings, nested objects)', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
      const v = { value, s, tricky: `${s}</script>${s}<!--${s}&amp;` };
      const out = safeJson(v);
      assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
      assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(v)));
    }),
    { numRuns: 500, seed: 14 },
  );
});

test('a value that is not JSON is refused instead of writing "undefined" into the page', () => {
  assert.throws(() => safeJson(undefined), /not serialisable/);
});
