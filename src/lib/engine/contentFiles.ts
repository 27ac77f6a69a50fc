/**
 * How the engine's content is discovered: ONE list of file patterns, relative to the national
 * content folder and to a municipality pack (src/lib/content/packs.ts). Node reads them with
 * fs.globSync (src/lib/content/engineFiles.ts, used by the CLI, the benchmarks and the tests); the
 * browser bundle gets the same files through the Vite module `virtual:engine-files`
 * (scripts/build/engineFiles.ts). No hand-kept import list: a new rule or parameter file is picked up
 * by both.
 */
import type { EngineContent, NormSet, ParameterFile, Rule } from './types.ts';

export const ENGINE_FILE_PATTERNS = ['regelingen/*.rule.json', 'regelingen/*/*.json', 'normen/*.json', 'belasting/*.json'] as const;

/** Sorts loaded files (key: a path ending in <folder>/<file>.json) into the engine's content for one municipality. */
export function collectContent(files: Record<string, unknown>, municipality: EngineContent['municipality']): EngineContent {
  const rules: Rule[] = [];
  const normSets: NormSet[] = [];
  const parameters: ParameterFile[] = [];
  for (const path of Object.keys(files).sort()) {
    const data = files[path];
    let m: RegExpExecArray | null;
    if (/\/regelingen\/[^/]+\.rule\.json$/.test(path)) rules.push(data as Rule);
    else if ((m = /\/regelingen\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.json$/.exec(path))) parameters.push({ ...(data as object), regeling: m[1] as string, validFrom: (data as ParameterFile).validFrom ?? (m[2] as string) } as ParameterFile);
    else if ((m = /\/belasting\/(\d{4}-\d{2}-\d{2})\.json$/.exec(path))) parameters.push({ ...(data as object), regeling: 'belasting', validFrom: (data as ParameterFile).validFrom ?? (m[1] as string) } as ParameterFile);
    else if (/\/normen\/\d{4}-\d{2}-\d{2}\.json$/.test(path)) normSets.push(data as NormSet);
  }
  rules.sort((a, b) => a.name.localeCompare(b.name));
  return { rules, normSets, parameters, municipality };
}
