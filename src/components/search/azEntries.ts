/**
 * Entries of the A–Z lists, from the content collections (build time only):
 * regelingen and organisations (the A–Z page, and the search page without JavaScript),
 * and wijken with their buurten (the search page without JavaScript).
 */
import { getCollection } from 'astro:content';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { route } from '../../utils/routes.ts';
import { pick } from '../../utils/localize.ts';
import type { AzEntry } from './logic/az.ts';

export async function azEntries(locale: Locale, { summaries }: { summaries: boolean }): Promise<AzEntry[]> {
  const t = useTranslations(locale, 'search');
  const [regelingen, organisaties] = await Promise.all([getCollection('regelingen'), getCollection('organisaties')]);
  const entry = (type: 'regeling' | 'organisatie', name: ReturnType<typeof pick>, summary: ReturnType<typeof pick>, href: string): AzEntry => ({
    sortKey: name.text,
    lang: name.lang,
    href,
    note: t(`az.${type}`),
    ...(summaries ? { summary: summary.text, summaryLang: summary.lang } : {}),
  });
  return [
    ...regelingen.map((r) =>
      entry('regeling', pick(r.data.title, r.data.translations.en?.title, locale), pick(r.data.summary, r.data.translations.en?.summary, locale), route(locale, 'regeling', r.id)),
    ),
    ...organisaties.map((o) =>
      entry('organisatie', pick(o.data.name, o.data.translations.en?.name, locale), pick(o.data.summary, o.data.translations.en?.summary, locale), route(locale, 'organisatie', o.id)),
    ),
  ];
}

/** Every wijk, and every buurt under its own name leading to its wijk ("De Brand (buurt in Zielhorst)"). */
export async function wijkEntries(locale: Locale): Promise<AzEntry[]> {
  const t = useTranslations(locale, 'search');
  const wijken = await getCollection('wijken');
  return wijken.flatMap((w) => {
    const name = pick(w.data.name, w.data.translations.en?.name, locale);
    const href = route(locale, 'wijk', w.id);
    return [
      { sortKey: name.text, lang: name.lang, href, note: t('types.wijk').toLowerCase() },
      ...w.data.buurten.map((b) => ({ sortKey: b, lang: 'nl', href, note: t('nojs.buurtIn', { wijk: name.text }), noteLang: undefined })),
    ];
  });
}
