/**
 * Build time only (Astro pages and the /check-data/ endpoints): collects what the check needs
 * from the content collections into compact, serialisable objects (see logic/meta.ts for
 * which part goes where).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../../schemas/common.ts';
import { route } from '../../utils/routes.ts';
import { namespaceStrings } from '../../i18n/index.ts';
import type { CheckMeta, CheckPageMeta, CheckQuestionsData, CheckResultsData, OrgMeta, RegelingMeta, Txt, WijkMeta } from './logic/meta.ts';
import { thresholdPeriods } from '../../lib/engine/thresholds.ts';
import { content } from './rulesData.ts';

const txt = (dutch: string, en: string | undefined, locale: Locale): Txt =>
  locale === 'nl' ? { text: dutch } : en ? { text: en } : { text: dutch, lang: 'nl' };

/** First paragraph of a section, without list markers: a short "how to apply". */
function firstParagraph(s: string): string {
  const p = s.split(/\n\s*\n/)[0] ?? s;
  return p.replace(/^\s*[-*]\s+/gm, '').replace(/\s*\n\s*/g, ' ').trim();
}

export async function buildCheckMeta(locale: Locale): Promise<CheckMeta> {
  const [regelingen, organisaties, wijken] = await Promise.all([getCollection('regelingen'), getCollection('organisaties'), getCollection('wijken')]);
  const orgs = new Map(organisaties.map((o) => [o.id, o]));
  const used: Record<string, OrgMeta> = {};
  /** Registers the organisation once and returns its id (undefined when it does not exist). */
  const org = (id: string | undefined): string | undefined => {
    const o = id ? orgs.get(id) : undefined;
    if (!o) return undefined;
    used[o.id] ??= orgMeta(o);
    return o.id;
  };
  const orgMeta = (o: (typeof organisaties)[number]): OrgMeta => {
    const c = o.data.contact;
    return {
      id: o.id,
      name: txt(o.data.name, o.data.translations.en?.name, locale),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.website ? { website: c.website } : {}),
      ...(c.address ? { address: c.address } : {}),
      ...(c.walkIn ? { walkIn: c.walkIn } : {}),
      ...(c.openingHours ? { openingHours: c.openingHours } : {}),
      url: route(locale, 'organisatie', o.id),
    };
  };

  const out: Record<string, RegelingMeta> = {};
  for (const r of regelingen) {
    if (r.data.status !== 'active') continue;
    const en = r.data.translations.en;
    const enDocs = en?.documents;
    out[r.id] = {
      slug: r.id,
      title: txt(r.data.title, en?.title, locale),
      summary: txt(r.data.summary, en?.summary, locale),
      apply: txt(firstParagraph(r.data.sections.hoeAanvragen), en?.sections?.hoeAanvragen ? firstParagraph(en.sections.hoeAanvragen) : undefined, locale),
      ...(r.data.applyUrl ? { applyUrl: r.data.applyUrl } : {}),
      documents:
        locale !== 'nl' && enDocs && enDocs.length === r.data.documents.length
          ? enDocs.map((d) => ({ text: d }))
          : r.data.documents.map((d) => (locale === 'nl' ? { text: d } : { text: d, lang: 'nl' })),
      repayment: r.data.repayment,
      ...(r.data.repaymentNote ? { repaymentNote: locale === 'nl' ? { text: r.data.repaymentNote } : { text: r.data.repaymentNote, lang: 'nl' } } : {}),
      helpers: r.data.helpers.map((h) => org(h)).filter((h): h is string => !!h),
      url: route(locale, 'regeling', r.id),
      kind: r.data.kind,
      ...(org(r.data.organisation) ? { organisation: r.data.organisation } : {}),
    };
  }

  const wijkList: WijkMeta[] = wijken
    .map((w) => ({
      id: w.id,
      name: txt(w.data.name, w.data.translations.en?.name, locale),
      ...(org(w.data.informatiepunt) ? { informatiepunt: w.data.informatiepunt } : {}),
      ...(w.data.informatiepuntNote ? { note: locale === 'nl' ? { text: w.data.informatiepuntNote } : { text: w.data.informatiepuntNote, lang: 'nl' } } : {}),
      url: route(locale, 'wijk', w.id),
    }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, 'nl'));

  const defaultHelp = org('indebuurt033');
  return {
    regelingen: out,
    orgs: used,
    wijken: wijkList,
    ...(defaultHelp ? { defaultHelp } : {}),
    resultsUrl: checkDataUrl(locale, 'results'),
    links: {
      regelingen: route(locale, 'regelingen'),
      check: route(locale, 'check'),
      quick: route(locale, 'checkSnel'),
      privacy: route(locale, 'privacy'),
      wijken: route(locale, 'wijken'),
    },
    thresholds: thresholdPeriods(content),
    municipality: { name: content.municipality.name, phone: content.municipality.phone },
  };
}

/** URL of a part of the check data (written by src/pages/check-data/[locale]/[part].json.ts). */
export function checkDataUrl(locale: Locale, part: 'questions' | 'results'): string {
  return `/check-data/${locale}/${part}.json`;
}

/** What the island gets as props. `withWijken`: the quick form renders every question on the server. */
export async function checkPageMeta(locale: Locale, withWijken: boolean): Promise<CheckPageMeta> {
  const { wijken, links, resultsUrl, thresholds, municipality } = await buildCheckMeta(locale);
  return { wijken: withWijken ? wijken : [], links, resultsUrl, thresholds, municipality };
}

/**
 * The check's strings. The household contract's messages travel with them (one text for every channel).
 * The texts of "Wat als er iets verandert?" are only needed with the results: they come with the
 * results data (checkResultsData), not with the page or the questions.
 */
export function checkStrings(locale: Locale): Record<string, unknown> {
  const { whatif: _later, ...check } = namespaceStrings(locale, 'check') as Record<string, unknown>;
  return { ...check, household: namespaceStrings(locale, 'household') };
}

export async function checkQuestionsData(locale: Locale): Promise<CheckQuestionsData> {
  return { strings: checkStrings(locale), wijken: (await buildCheckMeta(locale)).wijken };
}

export async function checkResultsData(locale: Locale): Promise<CheckResultsData> {
  const { regelingen, orgs, defaultHelp } = await buildCheckMeta(locale);
  const { whatif } = namespaceStrings(locale, 'check') as Record<string, unknown>;
  return { regelingen, orgs, ...(defaultHelp ? { defaultHelp } : {}), strings: { whatif } };
}
