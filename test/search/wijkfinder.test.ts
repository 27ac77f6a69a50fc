import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupWijken, parseGebied, type FinderWijk } from '../../src/components/wijkfinder/groupWijken.ts';
import { azGroups, letterOf } from '../../src/components/search/logic/az.ts';

const w = (name: string, gebied: string, buurten: string[] = []): FinderWijk => ({
  id: name.toLowerCase(), name, nameLang: undefined, gebied, buurten, href: `/wijken/${name.toLowerCase()}/`,
});

test('parseGebied strips qualifiers and keeps them as notes', () => {
  assert.deepEqual(parseGebied('Schothorst-Zielhorst (stadsgebied uit 2015), niet zeker'), { name: 'Schothorst-Zielhorst', uncertain: true, notes: ['stadsgebied uit 2015'] });
  assert.deepEqual(parseGebied('Nieuwland'), { name: 'Nieuwland', uncertain: false, notes: [] });
});

test('groupWijken groups by plain gebied name, sorts, and puts the unknown gebied last', () => {
  const { groups, notes } = groupWijken(
    [
      w('Zielhorst', 'Schothorst-Zielhorst (stadsgebied uit 2015)'),
      w('Schothorst-Noord', 'Schothorst-Zielhorst (stadsgebied uit 2015), niet zeker'),
      w('Bosgebied', 'Niet bekend: vraag de gemeente (14 000)'),
      w('Nieuwland', 'Nieuwland (stadsgebied uit 2015)'),
    ],
    'nl',
  );
  assert.deepEqual(groups.map((g) => g.gebied), ['Nieuwland', 'Schothorst-Zielhorst', 'Niet bekend: vraag de gemeente']);
  assert.deepEqual(groups[1]?.wijken.map((x) => [x.name, x.uncertain]), [['Schothorst-Noord', true], ['Zielhorst', false]]);
  assert.deepEqual(notes, ['stadsgebied uit 2015', '14 000']);
});

test('A–Z: "\'t Middelpunt" sorts under M, letters without entries are marked', () => {
  assert.equal(letterOf("'t Middelpunt"), 'M');
  assert.equal(letterOf('Één loket'), 'E');
  const { letters, groups } = azGroups([{ sortKey: "'t Middelpunt" }, { sortKey: 'Armoede' }, { sortKey: 'mee' }], 'nl');
  assert.deepEqual(groups.map((g) => [g.label, g.items.map((i) => i.sortKey)]), [['A', ['Armoede']], ['M', ['mee', "'t Middelpunt"]]]);
  assert.equal(letters.length, 26);
  assert.equal(letters.find((l) => l.label === 'B')?.present, false);
});
