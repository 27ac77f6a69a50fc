import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textToBlocks } from '../../src/utils/richText.ts';

test('paragraphs are split on blank lines and joined within', () => {
  assert.deepEqual(textToBlocks('Eerste regel\nloopt door.\n\nTweede alinea.'), [
    { type: 'p', text: 'Eerste regel loopt door.' },
    { type: 'p', text: 'Tweede alinea.' },
  ]);
});

test('lines starting with "- " become a list, also right after a paragraph line', () => {
  assert.deepEqual(textToBlocks('U hebt nodig:\n- uw loonstrook\n- uw huurcontract\n\nKlaar.'), [
    { type: 'p', text: 'U hebt nodig:' },
    { type: 'ul', items: ['uw loonstrook', 'uw huurcontract'] },
    { type: 'p', text: 'Klaar.' },
  ]);
});

test('Windows line ends and empty text are handled', () => {
  assert.deepEqual(textToBlocks('a\r\n\r\nb'), [{ type: 'p', text: 'a' }, { type: 'p', text: 'b' }]);
  assert.deepEqual(textToBlocks('   \n\n  '), []);
});
