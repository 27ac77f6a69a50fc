/**
 * Node-only content validation: schemas, cross-references and rule files.
 * Returns a list of problems; an empty list means the content is valid.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { regelingEntrySchema, regelingTranslation } from '../../schemas/regeling.ts';
import { organisatieEntrySchema, organisatieTranslation } from '../../schemas/organisatie.ts';
import { wijkEntrySchema, wijkTranslation } from '../../schemas/wijk.ts';
import { paginaEntrySchema, paginaTranslation } from '../../schemas/pagina.ts';
import type { Regeling } from '../../schemas/regeling.ts';
import type { Organisatie } from '../../schemas/organisatie.ts';
import type { Wijk } from '../../schemas/wijk.ts';
import type { Pagina } from '../../schemas/pagina.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, isLocale, type Locale } from '../../i18n/locales.ts';
import { validateRuleFiles } from './validateRules.ts';
import { validateParameterFiles } from './validateParameters.ts';
import { contentDir } from './contentDir.ts';
import { PACKS_DIR, PackError, defaultPackId, listPacks, loadPack, selectedPack, type Pack } from './packs.ts';
import { resolvePackValues } from './tokens.ts';
import { GUIDE_PAGES } from '../../utils/routes.ts';

export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
}

export interface LoadedEntry<T> {
  id: string;
  file: string;
  data: T;
  /** The translation file of each language that has one (content/translations/<locale>/<collection>/<id>.yaml). */
  translationFiles: Partial<Record<Locale, string>>;
}

/** Per collection: the schema of the Dutch entry file, of its translation files, and the loaded type. */
const COLLECTIONS = {
  regelingen: { entry: regelingEntrySchema, translation: regelingTranslation },
  organisaties: { entry: organisatieEntrySchema, translation: organisatieTranslation },
  wijken: { entry: wijkEntrySchema, translation: wijkTranslation },
  paginas: { entry: paginaEntrySchema, translation: paginaTranslation },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
interface Loaded {
  regelingen: Regeling;
  organisaties: Organisatie;
  wijken: Wijk;
  paginas: Pagina;
}

export function formatPath(p: ReadonlyArray<PropertyKey>): string {
  return p.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${String(seg)}`)).join('');
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}  ›  ${p.field || '(bestand)'}  ›  ${p.problem}`;
}

async function listYaml(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
}

async function listDirs(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}

/** Reads one YAML file; reports a parse error and returns undefined. */
async function readYaml(root: string, file: string, problems: ContentProblem[]): Promise<unknown> {
  try {
    return parseYaml(await readFile(path.join(root, file), 'utf8'));
  } catch (err) {
    problems.push({ file, field: '', problem: `geen geldige YAML: ${(err as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

const isSlug = (id: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);

/** Translation files must follow the Dutch entry: lists as long as the Dutch ones, known section ids. */
function checkAgainstDutch(name: CollectionName, dutch: Record<string, unknown>, tr: Record<string, unknown>, file: string, problems: ContentProblem[]) {
  const sameLength = (field: string, nl: unknown[] | undefined, translated: unknown[] | undefined) => {
    if (translated && translated.length !== (nl?.length ?? 0)) {
      problems.push({ file, field, problem: `moet ${nl?.length ?? 0} punt(en) hebben, in dezelfde volgorde als in het Nederlands (nu ${translated.length})` });
    }
  };
  const notes = (dutch.toVerify as { note: string }[] | undefined) ?? [];
  sameLength('toVerify', notes, tr.toVerify as unknown[] | undefined);
  if (name === 'regelingen') {
    sameLength('documents', dutch.documents as unknown[], tr.documents as unknown[] | undefined);
    if (tr.repaymentNote && !dutch.repaymentNote) problems.push({ file, field: 'repaymentNote', problem: 'het Nederlands heeft geen repaymentNote: laat het veld weg' });
    if (tr.endedNote && !dutch.endedNote) problems.push({ file, field: 'endedNote', problem: 'het Nederlands heeft geen endedNote: laat het veld weg' });
    if (tr.deadline && !dutch.deadline) problems.push({ file, field: 'deadline', problem: 'het Nederlands heeft geen deadline: laat het veld weg' });
  }
  if (name === 'organisaties') {
    sameLength('services', dutch.services as unknown[], tr.services as unknown[] | undefined);
    const c = (tr.contact ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(c)) {
      if (!(dutch.contact as Record<string, unknown>)[k]) problems.push({ file, field: `contact.${k}`, problem: `het Nederlands heeft geen contact.${k}: laat het veld weg` });
    }
  }
  if (name === 'wijken') {
    const nl = (dutch.services as { when?: string }[]) ?? [];
    const services = tr.services as { when?: string }[] | undefined;
    sameLength('services', nl, services);
    services?.forEach((s, i) => {
      if (s.when && !nl[i]?.when) problems.push({ file, field: `services[${i}].when`, problem: 'het Nederlands heeft hier geen "when": laat het veld weg' });
    });
    if (tr.informatiepuntNote && !dutch.informatiepuntNote) problems.push({ file, field: 'informatiepuntNote', problem: 'het Nederlands heeft geen informatiepuntNote: laat het veld weg' });
  }
  if (name === 'paginas') {
    const ids = new Set(((dutch.sections as { id: string }[]) ?? []).map((s) => s.id));
    for (const id of Object.keys((tr.sections as Record<string, unknown>) ?? {})) {
      if (!ids.has(id)) problems.push({ file, field: `sections.${id}`, problem: `het Nederlands heeft geen sectie met id "${id}". Kies uit: ${[...ids].join(', ')}` });
    }
  }
}

/**
 * Loads and checks one collection of a site: the national entries (content/landelijk/<name>/<id>.yaml)
 * and the pack's (content/gemeenten/<pack>/<name>/<id>.yaml), each with its translation files
 * (<same folder>/translations/<locale>/<name>/<id>.yaml) merged as `translations.<locale>`.
 * Tokens ({{gemeente}}, {{telefoon}}) and pack references ("@gemeente", "@formulieren", …) are filled in
 * from the pack's gemeente.yaml first (tokens.ts). Invalid entries are reported and left out; an invalid
 * translation file is reported and not merged. Used by `npm run validate`, the content tests and
 * Astro's content loader (src/content.config.ts).
 */
export async function loadCollection<N extends CollectionName>(root: string, name: N, problems: ContentProblem[], pack: Pack = selectedPack(root)): Promise<LoadedEntry<Loaded[N]>[]> {
  const { entry: entrySchema, translation: translationSchema } = COLLECTIONS[name];
  /** File names in problems: relative to the project (content/landelijk/regelingen/aio.yaml). */
  const rel = (base: string, ...parts: string[]) => path.relative(root, path.join(base, ...parts));
  const out: LoadedEntry<Loaded[N]>[] = [];
  const byId = new Map<string, LoadedEntry<Loaded[N]>>();
  for (const base of pack.dirs) {
    for (const f of await listYaml(path.join(base, name))) {
      const file = rel(base, name, f);
      const id = f.replace(/\.yaml$/, '');
      if (!isSlug(id)) problems.push({ file, field: '', problem: 'bestandsnaam moet een slug zijn: kleine letters, cijfers en streepjes' });
      const other = byId.get(id);
      if (other) {
        problems.push({ file, field: '', problem: `${other.file} heeft dezelfde naam: een gemeente vult de landelijke inhoud aan, maar vervangt die niet. Kies een andere bestandsnaam` });
        continue;
      }
      const raw = await readYaml(root, file, problems);
      if (raw === undefined) continue;
      if (raw && typeof raw === 'object' && 'translations' in raw) {
        problems.push({ file, field: 'translations', problem: `vertalingen staan niet in het Nederlandse bestand, maar in ${rel(base, 'translations')}/<taal>/${name}/${id}.yaml (een bestand per taal)` });
        delete (raw as Record<string, unknown>).translations;
      }
      const result = entrySchema.safeParse(resolvePackValues(raw, pack.gemeente, file, problems));
      if (!result.success) {
        for (const issue of result.error.issues) problems.push({ file, field: formatPath(issue.path), problem: issue.message });
        continue;
      }
      const entry = { id, file, data: { ...(result.data as object), translations: {} } as Loaded[N], translationFiles: {} };
      out.push(entry);
      byId.set(id, entry);
    }
  }

  for (const base of pack.dirs) {
    for (const locale of TRANSLATED_LOCALES) {
      for (const f of await listYaml(path.join(base, 'translations', locale, name))) {
        const file = rel(base, 'translations', locale, name, f);
        const id = f.replace(/\.yaml$/, '');
        const target = byId.get(id);
        if (!target || path.dirname(path.dirname(path.dirname(path.dirname(file)))) !== path.dirname(path.dirname(target.file))) {
          problems.push({ file, field: '', problem: `er is geen Nederlandse tekst ${rel(base, name, `${id}.yaml`)}: controleer de bestandsnaam` });
          continue;
        }
        const raw = await readYaml(root, file, problems);
        if (raw === undefined) continue;
        const result = translationSchema.safeParse(resolvePackValues(raw, pack.gemeente, file, problems));
        if (!result.success) {
          for (const issue of result.error.issues) problems.push({ file, field: formatPath(issue.path), problem: issue.message });
          continue;
        }
        const before = problems.length;
        checkAgainstDutch(name, target.data as unknown as Record<string, unknown>, result.data as Record<string, unknown>, file, problems);
        if (problems.length > before) continue;
        (target.data.translations as Record<string, unknown>)[locale] = result.data;
        target.translationFiles[locale] = file;
      }
    }
  }
  return out;
}

/** Folders under <national or pack>/translations/ must be languages of the locale table and known collections. */
async function checkTranslationFolders(root: string, pack: Pack, problems: ContentProblem[]) {
  for (const dir of pack.dirs) {
    const base = path.relative(root, path.join(dir, 'translations'));
    for (const l of await listDirs(path.join(root, base))) {
      if (!isLocale(l) || !(TRANSLATED_LOCALES as string[]).includes(l)) {
        problems.push({ file: path.join(base, l), field: '', problem: `"${l}" is geen vertaalde taal uit de taaltabel (src/i18n/locales.ts): ${TRANSLATED_LOCALES.join(', ')}` });
        continue;
      }
      for (const sub of await listDirs(path.join(root, base, l))) {
        if (!(COLLECTION_NAMES as string[]).includes(sub)) problems.push({ file: path.join(base, l, sub), field: '', problem: `onbekende collectie "${sub}". Kies uit: ${COLLECTION_NAMES.join(', ')}` });
      }
    }
  }
}

/** Everything a site shows: the national content plus one pack (default: $GEMEENTE or content/gemeenten/standaard.yaml). */
export async function loadAllContent(root: string, problems: ContentProblem[] = [], pack: Pack = selectedPack(root)) {
  const [regelingen, organisaties, wijken, paginas] = await Promise.all([
    loadCollection(root, 'regelingen', problems, pack),
    loadCollection(root, 'organisaties', problems, pack),
    loadCollection(root, 'wijken', problems, pack),
    loadCollection(root, 'paginas', problems, pack),
  ]);
  return { regelingen, organisaties, wijken, paginas, problems, pack };
}

/** Checks the national content with one pack. `npm run validate` runs it for every pack (validateAllPacks). */
export async function validateContent(root: string, pack: Pack = selectedPack(root)): Promise<ContentProblem[]> {
  const { regelingen, organisaties, wijken, paginas, problems } = await loadAllContent(root, [], pack);
  await checkTranslationFolders(root, pack, problems);
  const orgIds = new Set(organisaties.map((o) => o.id));
  const regelingIds = new Set(regelingen.map((r) => r.id));
  const needOrg = (file: string, field: string, id: string | undefined) => {
    if (id !== undefined && !orgIds.has(id)) {
      problems.push({ file, field, problem: `verwijst naar organisatie "${id}", maar er is geen organisaties/${id}.yaml (landelijk of in ${path.relative(root, pack.dir)})` });
    }
  };
  const needRegeling = (file: string, field: string, id: string) => {
    if (!regelingIds.has(id)) {
      problems.push({ file, field, problem: `verwijst naar regeling "${id}", maar er is geen regelingen/${id}.yaml (landelijk of in ${path.relative(root, pack.dir)})` });
    }
  };

  const g = pack.gemeente;
  const gemeenteFile = path.relative(root, path.join(pack.dir, 'gemeente.yaml'));
  needOrg(gemeenteFile, 'organisation', g.organisation);
  needOrg(gemeenteFile, 'defaultHelpDesk', g.defaultHelpDesk);
  g.helpers.formulieren.forEach((h, i) => needOrg(gemeenteFile, `helpers.formulieren[${i}]`, h));
  g.helpers.geldzaken.forEach((h, i) => needOrg(gemeenteFile, `helpers.geldzaken[${i}]`, h));
  g.helpers.geldcoach.forEach((h, i) => needOrg(gemeenteFile, `helpers.geldcoach[${i}]`, h));
  g.popular.forEach((id, i) => needRegeling(gemeenteFile, `popular[${i}]`, id));
  // Its own interface wording: a language of the site, and a key the Dutch interface strings have.
  for (const [locale, texts] of Object.entries(g.interface)) {
    if (!g.languages.includes(locale as Locale)) problems.push({ file: gemeenteFile, field: `interface.${locale}`, problem: `"${locale}" staat niet in languages: deze site heeft die taal niet` });
    for (const key of Object.keys(texts ?? {})) {
      const [ns, ...rest] = key.split('.');
      let node: unknown = await readFile(path.join(root, 'src', 'i18n', DEFAULT_LOCALE, `${ns}.json`), 'utf8').then((t) => JSON.parse(t) as unknown, () => undefined);
      for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
      if (typeof node !== 'string') problems.push({ file: gemeenteFile, field: `interface.${locale}.${key}`, problem: `is geen interfacetekst: src/i18n/${DEFAULT_LOCALE}/${ns}.json heeft geen tekst "${rest.join('.')}"` });
    }
  }

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
  // The header links to the guide pages in every site: each pack writes its own.
  for (const id of GUIDE_PAGES) {
    if (!paginas.some((p) => p.id === id)) problems.push({ file: path.relative(root, path.join(pack.dir, 'paginas', `${id}.yaml`)), field: '', problem: 'ontbreekt: elke gemeente heeft deze gidspagina (zie README.md, "Add a municipality")' });
  }
  for (const p of paginas) {
    p.data.sections.forEach((s, i) => {
      s.organisations.forEach((o, j) => needOrg(p.file, `sections[${i}].organisations[${j}]`, o));
      s.regelingen.forEach((o, j) => needRegeling(p.file, `sections[${i}].regelingen[${j}]`, o));
    });
  }

  problems.push(...(await validateRuleFiles(root, regelingIds, pack)));
  problems.push(...(await validateParameterFiles(root, regelingIds, pack)));
  return problems;
}

/** Every pack with the national content; a broken gemeente.yaml is a problem, not a crash. */
export async function validateAllPacks(root: string): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const ids = listPacks(root);
  if (ids.length === 0) problems.push({ file: path.relative(root, path.join(contentDir(root), PACKS_DIR)), field: '', problem: 'er is geen enkele gemeente: maak een map met een gemeente.yaml (README.md, "Add a municipality")' });
  try {
    defaultPackId(root);
  } catch (err) {
    if (err instanceof PackError) problems.push({ file: err.file, field: err.field, problem: err.problem });
    else throw err;
  }
  const seen = new Set<string>();
  for (const id of ids) {
    let pack: Pack;
    try {
      pack = loadPack(root, id);
    } catch (err) {
      if (err instanceof PackError) {
        problems.push({ file: err.file, field: err.field, problem: err.problem });
        continue;
      }
      throw err;
    }
    // National files are checked with every pack: report each problem once.
    for (const p of await validateContent(root, pack)) {
      const key = `${p.file}|${p.field}|${p.problem}`;
      if (!seen.has(key)) problems.push(p);
      seen.add(key);
    }
  }
  return problems;
}
