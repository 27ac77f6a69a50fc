/** Groups wijken by gebied for the wijk finder, both sorted by name. Pure. */

export interface FinderWijk {
  id: string;
  name: string;
  nameLang: string | undefined;
  gebied: string;
  buurten: string[];
  href: string;
  /** Names a resident may type: wijk, buurten, search terms. */
  keywords: string;
}

export function groupWijken(wijken: FinderWijk[], locale: string): { gebied: string; wijken: FinderWijk[] }[] {
  const collator = new Intl.Collator(locale === 'nl' ? 'nl' : 'en', { sensitivity: 'base', numeric: true });
  const map = new Map<string, FinderWijk[]>();
  for (const w of wijken) map.set(w.gebied, [...(map.get(w.gebied) ?? []), w]);
  return [...map.entries()]
    .sort((a, b) => collator.compare(a[0], b[0]))
    .map(([gebied, list]) => ({ gebied, wijken: list.sort((a, b) => collator.compare(a.name, b.name)) }));
}
