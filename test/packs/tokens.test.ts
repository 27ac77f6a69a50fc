/** National content speaks of "the municipality" through tokens and references, filled in per pack (src/lib/content/tokens.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { gemeenteSchema } from '../../src/schemas/gemeente.ts';
import { fillTokens, resolvePackValues, siteStrings, type TokenProblem } from '../../src/lib/content/tokens.ts';
import { gemeenteYaml } from '../foundation/fixture.ts';

const g = gemeenteSchema.parse(parse(gemeenteYaml('interface:\n  nl:\n    common.footer.inPerson: "Bij {{balie}} in {{gemeente}} helpen vrijwilligers u."\n')));

test('text tokens become the pack\'s name and phone; an unknown one is a problem naming file and field', () => {
  const problems: TokenProblem[] = [];
  const out = resolvePackValues({ sections: { hoeAanvragen: 'Bel de gemeente {{gemeente}}: {{telefoon}}.', x: 'Bel {{ telefoon }}' }, bad: 'Bel {{nummer}}' }, g, 'f.yaml', problems);
  assert.deepEqual(out, { sections: { hoeAanvragen: 'Bel de gemeente Proefdorp: 14 000.', x: 'Bel 14 000' }, bad: 'Bel {{nummer}}' });
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [['f.yaml', 'bad']]);
  assert.match(problems[0]!.problem, /nummer/);
});

test('references: @gemeente is one organisation; @formulieren, @geldzaken and @geldcoach in a list are all of that kind, each once; an empty kind adds nothing', () => {
  const problems: TokenProblem[] = [];
  const h = gemeenteSchema.parse({ ...g, helpers: { formulieren: ['a', 'b'], geldzaken: ['b', 'c'] } });
  const out = resolvePackValues({ organisation: '@gemeente', helpers: ['@formulieren', '@geldzaken', '@geldcoach', 'svb'], email: 'info@proefdorp.example' }, h, 'f.yaml', problems);
  assert.deepEqual(out, { organisation: 'gemeente-proefdorp', helpers: ['a', 'b', 'c', 'svb'], email: 'info@proefdorp.example' });
  assert.deepEqual(problems, []);
  const bad: TokenProblem[] = [];
  resolvePackValues({ organisation: '@formulieren', helpers: ['@buurman'] }, h, 'f.yaml', bad);
  assert.deepEqual(bad.map((p) => p.field).sort(), ['helpers[0]', 'organisation']);
});

test('interface strings: the pack\'s own wording first, then the tokens, without touching run-time variables', () => {
  const strings = { common: { footer: { inPerson: 'Bij {{balie}} helpen ze u.', phone: '{{telefoon}}' } }, check: { print: { call: 'Bel de gemeente: {{phone}}.' } } };
  const nl = siteStrings(strings, 'nl', g, 'Het Loket');
  assert.equal((nl.common!.footer as Record<string, string>).inPerson, 'Bij Het Loket in Proefdorp helpen vrijwilligers u.');
  assert.equal((nl.common!.footer as Record<string, string>).phone, '14 000');
  assert.equal((nl.check!.print as Record<string, string>).call, 'Bel de gemeente: {{phone}}.');
  const en = siteStrings(strings, 'en', g, 'Het Loket');
  assert.equal((en.common!.footer as Record<string, string>).inPerson, 'Bij Het Loket helpen ze u.');
  // The input is not changed.
  assert.equal(strings.common.footer.inPerson, 'Bij {{balie}} helpen ze u.');
  assert.equal(fillTokens('{{site}}', { site: 'Hulpwijzer Proefdorp' }), 'Hulpwijzer Proefdorp');
});
