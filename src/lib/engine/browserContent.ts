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
  return /\/content\/(regelingen\/[^/]+\.rule\.json|regelingen\/[^/]+\/\d{4}-\d{2}-\d{2}\.json|normen\/\d{4}-\d{2}-\d{2}\.json|belasting\/\d{4}-\d{2}-\d{2}\.json)$/.test(path);
}

export function browserContent(json: unknown, path = ''): unknown {
  // Rules keep their texts (the amount's note is shown with the result): only their source list goes.
  if (path.endsWith('.rule.json') && typeof json === 'object' && json !== null) {
    const { sources: _sources, ...rest } = json as Record<string, unknown>;
    return rest;
  }
  return strip(json, []);
}
