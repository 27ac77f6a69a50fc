/**
 * What the browser needs of a content JSON file: the engine's numbers and texts, not the editors'
 * notes, descriptions and per-parameter sources (those are for the validator, the content report and
 * the Bronnen page). Used by the Vite plugin in astro.config.mjs and by the bundle-size benchmark, so
 * both measure the same bundle. Amount sources (shown with results) are kept.
 */
const DROP_KEYS = new Set(['description', 'note', 'notes', 'vakantietoeslagNote', 'kostenVanBestaanNote', 'confidence', 'checked']);

function strip(v: unknown, path: string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => strip(x, path));
  if (typeof v !== 'object' || v === null) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (DROP_KEYS.has(k)) continue;
    // Rule and norm-set level source lists, and each parameter's own source (parameters.<name>.source).
    if (k === 'sources') continue;
    if (k === 'source' && path.at(-2) === 'parameters') continue;
    out[k] = strip(x, [...path, k]);
  }
  return out;
}

/** Is this a content file the engine loads (rules, parameters, norm sets, tax parameters)? */
export function isEngineContent(path: string): boolean {
  return /\/(regelingen\/[^/]+\.rule\.json|regelingen\/[^/]+\/\d{4}-\d{2}-\d{2}\.json|normen\/\d{4}-\d{2}-\d{2}\.json|belasting\/\d{4}-\d{2}-\d{2}\.json)$/.test(path);
}

export function browserContent(json: unknown, path = ''): unknown {
  // Rules keep their Dutch texts (the amount's note is shown with the result); their source list goes,
  // and the other languages' texts load apart, only the page's language (ruleTexts, applyRuleTexts).
  if (path.endsWith('.rule.json') && typeof json === 'object' && json !== null) {
    const { sources: _sources, ...rest } = json as Record<string, unknown>;
    return dutchOnly(rest);
  }
  return strip(json, []);
}

/** Where a text sits in a rule file, and the text: [path of keys and indexes, text]. */
export type RuleText = [path: (string | number)[], text: string];

/** A rule file's Text (src/lib/engine/types.ts): an object with the Dutch source string. */
const isText = (v: unknown): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>).nl === 'string';

function dutchOnly(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dutchOnly);
  if (typeof v !== 'object' || v === null) return v;
  if (isText(v)) return { nl: v.nl };
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dutchOnly(x)]));
}

/** A rule file's texts in one language (what `browserContent` took out), in document order. */
export function ruleTexts(json: unknown, locale: string): RuleText[] {
  const out: RuleText[] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, [...path, i]));
    if (typeof v !== 'object' || v === null) return;
    if (isText(v)) {
      const t = v[locale];
      if (typeof t === 'string') out.push([path, t]);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(json, []);
  return out;
}

/** Puts one language's texts back into the (browser) rules, per rule name: the inverse of the split. */
export function applyRuleTexts(rules: readonly { name: string }[], texts: Record<string, RuleText[]>, locale: string): void {
  for (const rule of rules) {
    for (const [path, text] of texts[rule.name] ?? []) {
      let at: unknown = rule;
      for (const key of path) at = (at as Record<string | number, unknown> | undefined)?.[key];
      if (isText(at)) at[locale] = text;
    }
  }
}
