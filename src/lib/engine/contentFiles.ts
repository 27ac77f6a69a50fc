/**
 * How the engine's content is discovered: ONE list of glob patterns, used by the browser bundle
 * (import.meta.glob in src/components/check/rulesData.ts, which must repeat these literals: a test
 * checks it) and by Node (scripts/lib/engineContent.ts). No hand-kept import list: a new rule or
 * parameter file is picked up by both.
 */
import type { EngineContent, NormSet, ParameterFile, Rule } from './types.ts';

export const CONTENT_GLOBS = [
  '/content/regelingen/*.rule.json',
  '/content/regelingen/*/*.json',
  '/content/normen/*.json',
  '/content/belasting/*.json',
  '/content/gemeente.json',
] as const;

/** Sorts loaded files (path from the project root, starting with "/") into the engine's content. */
export function collectContent(files: Record<string, unknown>): EngineContent {
  const rules: Rule[] = [];
  const normSets: NormSet[] = [];
  const parameters: ParameterFile[] = [];
  let municipality: EngineContent['municipality'] | undefined;
  for (const path of Object.keys(files).sort()) {
    const data = files[path];
    let m: RegExpExecArray | null;
    if (/^\/content\/regelingen\/[^/]+\.rule\.json$/.test(path)) rules.push(data as Rule);
    else if ((m = /^\/content\/regelingen\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(path))) parameters.push({ ...(data as object), regeling: m[1] as string, validFrom: (data as ParameterFile).validFrom ?? (m[2] as string) } as ParameterFile);
    else if ((m = /^\/content\/belasting\/(\d{4}-\d{2}-\d{2})\.json$/.exec(path))) parameters.push({ ...(data as object), regeling: 'belasting', validFrom: (data as ParameterFile).validFrom ?? (m[1] as string) } as ParameterFile);
    else if (/^\/content\/normen\/\d{4}-\d{2}-\d{2}\.json$/.test(path)) normSets.push(data as NormSet);
    else if (path === '/content/gemeente.json') municipality = data as EngineContent['municipality'];
  }
  if (!municipality) throw new Error('content/gemeente.json ontbreekt');
  return { rules, normSets, parameters, municipality };
}
