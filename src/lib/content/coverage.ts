/**
 * Which human text of an entry still has no translation in a language. Pure: used by
 * `npm run content:report` (a to-do list per language) and by the content tests (which require
 * 0 missing fields in every language of the locale table).
 * A field counts only when the Dutch entry has it; the fields are those of the agreed
 * translation format (src/schemas/translation.ts and the collection schemas).
 */
import type { Regeling, RegelingTranslation } from '../../schemas/regeling.ts';
import type { Organisatie, OrganisatieTranslation } from '../../schemas/organisatie.ts';
import type { Wijk, WijkTranslation } from '../../schemas/wijk.ts';
import type { Pagina, PaginaTranslation } from '../../schemas/pagina.ts';
import { SECTION_KEYS } from '../../schemas/regeling.ts';
import type { LoadedEntry } from './validate.ts';
import type { TranslatedLocale } from '../../i18n/locales.ts';

type Check = [field: string, inDutch: boolean, translated: boolean];

const missing = (checks: Check[]) => checks.filter(([, nl, tr]) => nl && !tr).map(([f]) => f);
const has = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '');

export function missingInRegeling(r: Regeling, t: RegelingTranslation | undefined): string[] {
  const ended = r.status === 'ended';
  return missing([
    ['title', true, has(t?.title)],
    ['summary', true, has(t?.summary)],
    ...SECTION_KEYS.map((k): Check => [`sections.${k}`, !ended, has(t?.sections?.[k])]),
    ['documents', !ended && r.documents.length > 0, has(t?.documents)],
    ['repaymentNote', !ended && has(r.repaymentNote), has(t?.repaymentNote)],
    ['endedNote', has(r.endedNote), has(t?.endedNote)],
    ['deadline', !ended && r.deadline !== undefined, has(t?.deadline)],
    ['toVerify', r.toVerify.length > 0, has(t?.toVerify)],
    ['searchTerms', r.searchTerms.length > 0, has(t?.searchTerms)],
  ]);
}

export function missingInOrganisatie(o: Organisatie, t: OrganisatieTranslation | undefined): string[] {
  return missing([
    ['summary', true, has(t?.summary)],
    ['description', true, has(t?.description)],
    ['services', o.services.length > 0, has(t?.services)],
    ['contact.phoneNote', has(o.contact.phoneNote), has(t?.contact?.phoneNote)],
    ['contact.openingHours', has(o.contact.openingHours), has(t?.contact?.openingHours)],
    ['contact.walkIn', has(o.contact.walkIn), has(t?.contact?.walkIn)],
    ['toVerify', o.toVerify.length > 0, has(t?.toVerify)],
    ['searchTerms', o.searchTerms.length > 0, has(t?.searchTerms)],
  ]);
}

export function missingInWijk(w: Wijk, t: WijkTranslation | undefined): string[] {
  return missing([
    ['summary', true, has(t?.summary)],
    ['gebied', true, has(t?.gebied)],
    ['informatiepuntNote', has(w.informatiepuntNote), has(t?.informatiepuntNote)],
    ['services', w.services.length > 0, has(t?.services)],
    ['toVerify', w.toVerify.length > 0, has(t?.toVerify)],
    ['searchTerms', w.searchTerms.length > 0, has(t?.searchTerms)],
  ]);
}

export function missingInPagina(p: Pagina, t: PaginaTranslation | undefined): string[] {
  return missing([
    ['title', true, has(t?.title)],
    ['summary', true, has(t?.summary)],
    ['intro', true, has(t?.intro)],
    ...p.sections.flatMap((s): Check[] => [
      [`sections.${s.id}.heading`, true, has(t?.sections?.[s.id]?.heading)],
      [`sections.${s.id}.body`, true, has(t?.sections?.[s.id]?.body)],
    ]),
    ['searchTerms', p.searchTerms.length > 0, has(t?.searchTerms)],
  ]);
}

/** One entry in one language: its translation file, that file's status (none: no file) and the missing fields. */
export interface EntryCoverage {
  /** The Dutch entry file, e.g. content/landelijk/regelingen/aio.yaml. */
  file: string;
  /** Where the translation lives (or should live): content/translations/<locale>/<collection>/<id>.yaml. */
  translationFile: string;
  status: string | undefined;
  missing: string[];
}

interface Content {
  regelingen: LoadedEntry<Regeling>[];
  organisaties: LoadedEntry<Organisatie>[];
  wijken: LoadedEntry<Wijk>[];
  paginas: LoadedEntry<Pagina>[];
}

/** Every entry of every collection in one language, in collection order (regelingen, organisaties, wijken, paginas). */
export function contentCoverage(content: Content, locale: TranslatedLocale): EntryCoverage[] {
  const at = (e: LoadedEntry<{ translations: Partial<Record<TranslatedLocale, { status: string }>> }>, missing: string[]): EntryCoverage => ({
    file: e.file,
    translationFile: e.translationFiles[locale] ?? translationPath(e.file, locale),
    status: e.data.translations[locale]?.status,
    missing,
  });
  return [
    ...content.regelingen.map((e) => at(e, missingInRegeling(e.data, e.data.translations[locale]))),
    ...content.organisaties.map((e) => at(e, missingInOrganisatie(e.data, e.data.translations[locale]))),
    ...content.wijken.map((e) => at(e, missingInWijk(e.data, e.data.translations[locale]))),
    ...content.paginas.map((e) => at(e, missingInPagina(e.data, e.data.translations[locale]))),
  ];
}

/** One line of the to-do list: the translation file and what it still lacks (the whole file when there is none). */
export const describeGap = (e: EntryCoverage): string => `${e.translationFile.replaceAll('\\', '/')}: ${e.status ? e.missing.join(', ') : 'bestand ontbreekt'}`;

/** Where the translation of an entry file goes: <national or pack>/translations/<locale>/<collection>/<id>.yaml. */
export function translationPath(entryFile: string, locale: string): string {
  const parts = entryFile.split(/[/\\]/);
  const [collection, file] = parts.slice(-2);
  return [...parts.slice(0, -2), 'translations', locale, collection, file].join('/');
}
