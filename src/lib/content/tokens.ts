/**
 * What national content may say about "the municipality" without naming one. Filled in from the
 * pack's gemeente.yaml when content is loaded, in Dutch and in every translation:
 *
 *   text tokens    {{gemeente}} → its name, {{telefoon}} → its phone as written ("14 000")
 *   references     "@gemeente"   → the municipality's organisation (gemeente.yaml `organisation`)
 *                  "@balie"      → the default help desk (`defaultHelpDesk`)
 *                  "@formulieren", "@geldzaken", "@geldcoach" in a list → the pack's helpers of that kind
 *                  (an empty kind adds nothing)
 *
 * The interface strings (src/i18n) use the same text tokens plus {{site}} and {{balie}}
 * (uiTokens). Anything else between {{ }} or after a lone @ is reported as a content problem.
 */
import type { Gemeente } from '../../schemas/gemeente.ts';

export interface TokenProblem {
  file: string;
  field: string;
  problem: string;
}

/** Text tokens of content files. */
export function contentTokens(g: Gemeente): Record<string, string> {
  return { gemeente: g.name, telefoon: g.phone };
}

/** Text tokens of the interface strings: the content ones plus the site name and the desk's name. */
export function uiTokens(g: Gemeente, deskName: string): Record<string, string> {
  return { ...contentTokens(g), site: g.site.name, balie: deskName };
}

const TOKEN = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Fills the tokens into one string; unknown tokens are listed in `unknown`. */
export function fillTokens(text: string, tokens: Record<string, string>, unknown: string[] = []): string {
  return text.replace(TOKEN, (whole, name: string) => {
    if (Object.hasOwn(tokens, name)) return tokens[name] as string;
    unknown.push(name);
    return whole;
  });
}

function references(g: Gemeente): Record<string, string[]> {
  return { gemeente: [g.organisation], balie: [g.defaultHelpDesk], formulieren: g.helpers.formulieren, geldzaken: g.helpers.geldzaken, geldcoach: g.helpers.geldcoach };
}

const REF = /^@([a-z]+)$/;
const fieldPath = (p: (string | number)[]) => p.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${s}`)).join('');

/**
 * Returns a copy of a parsed YAML/JSON value with every token and reference filled in for this
 * municipality. Problems (unknown token or reference) are pushed with the file and field.
 */
export function resolvePackValues(value: unknown, g: Gemeente, file: string, problems: TokenProblem[]): unknown {
  const tokens = contentTokens(g);
  const refs = references(g);
  const walk = (v: unknown, at: (string | number)[]): unknown => {
    if (typeof v === 'string') {
      const ref = REF.exec(v);
      if (ref) {
        const ids = refs[ref[1] as string];
        if (!ids) {
          problems.push({ file, field: fieldPath(at), problem: `onbekende verwijzing "${v}": gebruik ${Object.keys(refs).map((k) => `@${k}`).join(', ')}` });
          return v;
        }
        if (ids.length !== 1) {
          problems.push({ file, field: fieldPath(at), problem: `"${v}" kan meer organisaties zijn: gebruik het alleen in een lijst (bijv. helpers)` });
          return v;
        }
        return ids[0];
      }
      const unknown: string[] = [];
      const out = fillTokens(v, tokens, unknown);
      for (const u of unknown) problems.push({ file, field: fieldPath(at), problem: `onbekend woord tussen {{ }}: "${u}". Gebruik ${Object.keys(tokens).map((k) => `{{${k}}}`).join(' of ')}` });
      return out;
    }
    if (Array.isArray(v)) {
      // A reference in a list stands for all of the pack's organisations of that kind; no id twice.
      const hasRef = v.some((x) => typeof x === 'string' && REF.test(x));
      const out: unknown[] = [];
      v.forEach((item, i) => {
        const ref = typeof item === 'string' ? REF.exec(item) : null;
        const ids = ref ? refs[ref[1] as string] : undefined;
        const items = ids ?? [walk(item, [...at, i])];
        for (const x of items) if (!hasRef || !out.includes(x)) out.push(x);
      });
      return out;
    }
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, walk(x, [...at, k])]));
    }
    return v;
  };
  return walk(value, []);
}

type Dict = { [k: string]: unknown };

/**
 * The interface strings of one language as this municipality's site shows them: its own wording first
 * (gemeente.yaml `interface`), then every token filled in. `namespaces` is { common: {...}, check: {...} }.
 * Used by the build (src/i18n/index.ts) and by the e2e tests, so both read the same text.
 */
export function siteStrings(namespaces: Record<string, Dict>, locale: string, g: Gemeente, deskName: string): Record<string, Dict> {
  const out = structuredClone(namespaces);
  for (const [key, text] of Object.entries(g.interface[locale as keyof typeof g.interface] ?? {})) {
    const [ns, ...path] = key.split('.');
    let node: Dict | undefined = out[ns as string];
    for (const part of path.slice(0, -1)) node = node?.[part] as Dict | undefined;
    if (node && typeof node[path.at(-1) as string] === 'string') node[path.at(-1) as string] = text;
  }
  const tokens = uiTokens(g, deskName);
  const fill = (v: unknown): unknown =>
    typeof v === 'string' ? fillTokens(v, tokens) : Array.isArray(v) ? v.map(fill) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)])) : v;
  return fill(out) as Record<string, Dict>;
}
