/**
 * Groups wijken by gebied for the wijk finder, both sorted by name. Pure.
 * Content writes the gebied with qualifiers, e.g. "Noord (stadsgebied uit 2015)" or
 * "Noordhoek-Akker (stadsgebied uit 2015), niet zeker": the group is the plain
 * name, the wijk keeps an "uncertain" flag, and the qualifiers are returned once as notes.
 */

export interface FinderWijk {
  id: string;
  name: string;
  nameLang: string | undefined;
  gebied: string;
  buurten: string[];
  href: string;
}

export interface GroupedWijk extends FinderWijk {
  /** The content says the gebied is not certain for this wijk. */
  uncertain: boolean;
}

export interface WijkGroup {
  gebied: string;
  /** Gebied is unknown ("Niet bekend: …"): shown last. */
  unknown: boolean;
  wijken: GroupedWijk[];
}

const UNCERTAIN = /,?\s*niet zeker\s*$/i;
const UNKNOWN = /^niet bekend/i;

/** A gebied the content does not know ("Niet bekend: vraag de gemeente"). */
export function isUnknownGebied(name: string): boolean {
  return UNKNOWN.test(name);
}

export function parseGebied(raw: string): { name: string; uncertain: boolean; notes: string[] } {
  let name = raw.trim();
  const uncertain = UNCERTAIN.test(name);
  name = name.replace(UNCERTAIN, '');
  const notes: string[] = [];
  name = name.replace(/\s*\(([^)]*)\)/g, (_, note: string) => {
    notes.push(note.trim());
    return '';
  });
  return { name: name.trim(), uncertain, notes };
}

export function groupWijken(wijken: FinderWijk[], locale: string): { groups: WijkGroup[]; notes: string[] } {
  const collator = new Intl.Collator(locale === 'nl' ? 'nl' : 'en', { sensitivity: 'base', numeric: true });
  const map = new Map<string, GroupedWijk[]>();
  const notes = new Set<string>();
  for (const w of wijken) {
    const g = parseGebied(w.gebied);
    g.notes.forEach((n) => notes.add(n));
    map.set(g.name, [...(map.get(g.name) ?? []), { ...w, uncertain: g.uncertain }]);
  }
  const groups = [...map.entries()]
    .map(([gebied, list]) => ({ gebied, unknown: isUnknownGebied(gebied), wijken: list.sort((a, b) => collator.compare(a.name, b.name)) }))
    .sort((a, b) => Number(a.unknown) - Number(b.unknown) || collator.compare(a.gebied, b.gebied));
  return { groups, notes: [...notes] };
}
