/**
 * Seeded random and mutated values for the check's stored state and share links
 * (e2e/check-fuzz.spec.ts). Same seed, same values: a failure can be replayed.
 */
import { QUESTIONS } from '../../src/components/check/logic/questions.ts';
import { STORAGE_VERSION } from '../../src/components/check/logic/storage.ts';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const FIELDS = QUESTIONS.flatMap((q) => [...(q.kind === 'group' ? [] : [q]), ...(q.parts ?? []), ...(q.reveal ? [q.reveal.sub] : [])]);
const IDS = FIELDS.map((f) => f.id);
const OPTIONS = [...new Set(FIELDS.flatMap((f) => f.options ?? []))];
const WEIRD = ['', '?', '??', ' ', '-1', '0', '1e309', 'NaN', 'Infinity', '€ 1.300,50', '1.2.3', '4,,9', '99999999999', '__proto__', 'constructor', 'toString', '<img src=x onerror=alert(1)>', '</script>', '%', '%E0%A4%A', '😀', '\u202e', '\u0000', 'a'.repeat(500), 'schothorst-noord', 'atlantis'];

function text(r: Rng): string {
  const alphabet = 'abc019 ,.-€?%&=#+<>"\'\\/😀\u00e9\u202e';
  return Array.from({ length: r.int(12) }, () => alphabet[r.int(alphabet.length)]).join('');
}

function anyValue(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 2 ? 6 : 9)) {
    case 0:
      return r.pick(WEIRD);
    case 1:
      return r.pick(OPTIONS);
    case 2:
      return r.int(200) - 50;
    case 3:
      return r.next() < 0.5;
    case 4:
      return null;
    case 5:
      return text(r);
    case 6:
      return Array.from({ length: r.int(4) }, () => (r.next() < 0.6 ? r.pick(OPTIONS) : anyValue(r, depth + 1)));
    case 7:
      return Object.fromEntries(Array.from({ length: r.int(3) }, () => [r.pick(IDS), anyValue(r, depth + 1)]));
    default:
      return r.next() < 0.5 ? [] : {};
  }
}

/** A plausible, complete answer set (so the results screen is reached). */
export const GOOD_ANSWERS: Record<string, string | string[]> = {
  woonplaats: 'gemeente',
  wijk: 'schothorst-noord',
  situatie: 'partner-kinderen',
  kinderen: '4, 9',
  leeftijd: '34',
  leeftijdPartner: '36',
  inkomstenbron: ['work', 'bijstand'],
  inkomen: '1900',
  vermogen: '2000',
  wonen: 'rent',
  huur: '650',
  jarenLaag: '3to5',
  situaties: ['huisdier', 'mantelzorg', 'geldzorgen'],
  zorgUren: '8plus',
  zorgDuur: '3mplus',
  zorgGemeente: 'ja',
  vasteLasten: '900',
};
const SCREENS = ['start', 'summary', 'results', ...IDS, 'nope', ''];

function mutate(s: string, r: Rng): string {
  const i = r.int(s.length + 1);
  switch (r.int(5)) {
    case 0:
      return s.slice(0, i);
    case 1:
      return s.slice(0, i) + s.slice(i + 1 + r.int(5));
    case 2:
      return s.slice(0, i) + r.pick(['"', '}', ']', ',', ':', '\\', '0', 'null', '&', '=', '%', '#']) + s.slice(i);
    case 3:
      return s + s.slice(i);
    default:
      return s.replace(/"[a-z]+"/i, `"${r.pick(IDS)}"`);
  }
}

/** A value of the wrong type for most questions (the kind of corruption that once stopped the results). */
function wrongType(r: Rng): unknown {
  return r.pick<unknown>([r.int(100), -r.int(10), 1.5, true, false, null, [], {}, [r.int(9)], [null], { a: 1 }, 'x'.repeat(300), r.pick(OPTIONS), [r.pick(OPTIONS), 3]]);
}

/** A sessionStorage value: random JSON, a valid state with mutated answers, another version, broken text. */
export function storageValue(r: Rng): string {
  const answers: Record<string, unknown> = { ...GOOD_ANSWERS };
  for (let n = 1 + r.int(3); n > 0; n--) answers[r.pick(IDS)] = r.next() < 0.6 ? wrongType(r) : anyValue(r);
  // Mostly the results and the summary: there every answer is used at once.
  const screen = r.next() < 0.5 ? 'results' : r.next() < 0.4 ? 'summary' : r.pick(SCREENS);
  const state = { version: STORAGE_VERSION, answers, screen };
  switch (r.int(8)) {
    case 0:
      return JSON.stringify(anyValue(r));
    case 1:
      return mutate(JSON.stringify(state), r);
    case 2:
      return JSON.stringify({ ...state, version: r.pick([0, 2, '1', null, undefined, 1.5]) });
    case 3:
      return JSON.stringify({ answers, screen: 'results' });
    case 4:
      return text(r);
    case 5:
      return JSON.stringify({ ...state, answers: anyValue(r) });
    default:
      return JSON.stringify(state);
  }
}

/** A URL fragment: a good share link, mutated, or random keys and values; sometimes not a check link at all. */
export function shareFragment(r: Rng): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(GOOD_ANSWERS)) if (r.next() < 0.8) p.set(k, Array.isArray(v) ? v.join('.') : v);
  for (let n = r.int(5); n > 0; n--) {
    const v = anyValue(r);
    (r.next() < 0.5 ? p.set : p.append).call(p, r.next() < 0.9 ? r.pick(IDS) : text(r), Array.isArray(v) ? v.join('.') : String(v));
  }
  const good = `c1&${p.toString()}`;
  switch (r.int(7)) {
    case 0:
      return mutate(good, r);
    case 1:
      return `c1&${text(r)}`;
    case 2:
      return r.pick(['c1', 'c1&', 'c2&woonplaats=gemeente', 'C1&leeftijd=40', 'c1&&&', 'c1&=&=', 'c1&leeftijd', `c1&${'a=b&'.repeat(400)}`, 'main', '']);
    case 3:
      return good.replace(/=([^&]*)/, () => `=${encodeURIComponent(r.pick(WEIRD))}`);
    case 4:
      return good.replace(/%/g, r.pick(['%25', '%', '%2']));
    default:
      return good;
  }
}
