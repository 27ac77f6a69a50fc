/**
 * Node-only content validation: schemas, cross-references and rule files.
 * Returns a list of problems; an empty list means the content is valid.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { regelingSchema } from '../../schemas/regeling.ts';
import { organisatieSchema } from '../../schemas/organisatie.ts';
import { wijkSchema } from '../../schemas/wijk.ts';
import { paginaSchema } from '../../schemas/pagina.ts';
import { validateRuleFiles } from './validateRules.ts';
import { validateParameterFiles } from './validateParameters.ts';
import { contentDir } from './contentDir.ts';

export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
}

export interface LoadedEntry<T> {
  id: string;
  file: string;
  data: T;
}

const COLLECTIONS = {
  regelingen: regelingSchema,
  organisaties: organisatieSchema,
  wijken: wijkSchema,
  paginas: paginaSchema,
} as const;

type CollectionName = keyof typeof COLLECTIONS;

export function formatPath(p: ReadonlyArray<PropertyKey>): string {
  return p.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
}

/** Loads and schema-checks one collection. Invalid entries are reported and left out. */
export async function loadCollection<N extends CollectionName>(
  root: string,
  name: N,
  problems: ContentProblem[],
): Promise<LoadedEntry<z.infer<(typeof COLLECTIONS)[N]>>[]> {
  const dir = path.join(contentDir(root), name);
  const schema = COLLECTIONS[name];
  const out: LoadedEntry<z.infer<(typeof COLLECTIONS)[N]>>[] = [];
  for (const f of await listYaml(dir)) {
    const file = path.join('content', name, f);
    const id = f.replace(/\.yaml$/, '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push({ file, field: '', problem: 'bestandsnaam moet een slug zijn: kleine letters, cijfers en streepjes' });
    }
    let raw: unknown;
    try {
      raw = parseYaml(await readFile(path.join(dir, f), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '', problem: `geen geldige YAML: ${(err as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: formatPath(issue.path), problem: issue.message });
      }
      continue;
    }
    out.push({ id, file, data: result.data as z.infer<(typeof COLLECTIONS)[N]> });
  }
  return out;
}

export async function loadAllContent(root: string, problems: ContentProblem[] = []) {
  const [regelingen, organisaties, wijken, paginas] = await Promise.all([
    loadCollection(root, 'regelingen', problems),
    loadCollection(root, 'organisaties', problems),
    loadCollection(root, 'wijken', problems),
    loadCollection(root, 'paginas', problems),
  ]);
  return { regelingen, organisaties, wijken, paginas, problems };
}

export async function validateContent(root: string): Promise<ContentProblem[]> {
  const { regelingen, organisaties, wijken, paginas, problems } = await loadAllContent(root);
  const orgIds = new Set(organisaties.map((o) => o.id));
  const regelingIds = new Set(regelingen.map((r) => r.id));
  const needOrg = (file: string, field: string, id: string | undefined) => {
    if (id !== undefined && !orgIds.has(id)) {
      problems.push({ file, field, problem: `verwijst naar organisatie "${id}", maar content/organisaties/${id}.yaml bestaat niet` });
    }
  };
  const needRegeling = (file: string, field: string, id: string) => {
    if (!regelingIds.has(id)) {
      problems.push({ file, field, problem: `verwijst naar regeling "${id}", maar content/regelingen/${id}.yaml bestaat niet` });
    }
  };

  for (const r of regelingen) {
    needOrg(r.file, 'organisation', r.data.organisation);
    r.data.helpers.forEach((h, i) => needOrg(r.file, `helpers[${i}]`, h));
    if (r.data.status === 'ended' && !r.data.endedNote) {
      problems.push({ file: r.file, field: 'endedNote', problem: 'een beëindigde regeling moet uitleggen dat ze niet meer bestaat en wat er nu is' });
    }
  }
  for (const w of wijken) {
    needOrg(w.file, 'wijkteam', w.data.wijkteam);
    needOrg(w.file, 'informatiepunt', w.data.informatiepunt);
    w.data.services.forEach((s, i) => needOrg(w.file, `services[${i}].organisation`, s.organisation));
  }
  for (const p of paginas) {
    p.data.sections.forEach((s, i) => {
      s.organisations.forEach((o, j) => needOrg(p.file, `sections[${i}].organisations[${j}]`, o));
      s.regelingen.forEach((o, j) => needRegeling(p.file, `sections[${i}].regelingen[${j}]`, o));
    });
  }

  problems.push(...(await validateRuleFiles(root, regelingIds)));
  problems.push(...(await validateParameterFiles(root, regelingIds)));
  return problems;
}
