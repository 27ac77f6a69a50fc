/**
 * Entries of the A–Z lists, from the content collections (build time only):
 * regelingen and organisations (the A–Z page, and the search page without JavaScript),
 * and wijken with their buurten (the search page without JavaScript).
 */
import { getCollection } from 'astro:content';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { route } from '../../utils/routes.ts';
import type { LocalizedText } from '../../utils/localize.ts';
import { orgName, orgSummary, regelingSummary, regelingTitle, wijkName } from '../../utils/content.ts';
import type { AzEntry } from './logic/az.ts';

export async function azEntries(locale: Locale, { summaries }: { summaries: boolean }): Promise<AzEntry[]> {
  const t = useTranslations(locale, 'search');
  const [regelingen, organisaties] = await Promise.all([getCollection('regelingen'), getCollection('organisaties')]);
  const entry = (type: 'regeling' | 'organisatie', name: LocalizedText, summary: LocalizedText, href: string): AzEntry => ({
    sortKey: name.text,
    lang: name.lang,
    href,
    note: t(`az.${type}`),
    ...(summaries ? { summary: summary.text, summaryLang: summary.lang } : {}),
  });
  return [
    ...regelingen.map((r) => entry('regeling', regelingTitle(r, locale), regelingSummary(r, locale), route(locale, 'regeling', r.id))),
    ...organisaties.map((o) => entry('organisatie', orgName(o, locale), orgSummary(o, locale), route(locale, 'organisatie', o.id))),
  ];
}

/** Every wijk, and every buurt under its own name leading to its wijk ("De Akker (buurt in Noordhoek)"). */
export async function wijkEntries(locale: Locale): Promise<AzEntry[]> {
  const t = useTranslations(locale, 'search');
  const wijken = await getCollection('wijken');
  return wijken.flatMap((w) => {
    const name = wijkName(w, locale);
    const href = route(locale, 'wijk', w.id);
    return [
      { sortKey: name.text, lang: name.lang, href, note: t('types.wijk').toLowerCase() },
      ...w.data.buurten.map((b) => ({ sortKey: b, lang: 'nl', href, note: t('nojs.buurtIn', { wijk: name.text }), noteLang: undefined })),
    ];
  });
}
