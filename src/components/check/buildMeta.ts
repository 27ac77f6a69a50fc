/**
 * Build time only (Astro pages and the /check-data/ endpoints): collects what the check needs
 * from the content collections into compact, serialisable objects (see logic/meta.ts for
 * which part goes where).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { route } from '../../utils/routes.ts';
import { namespaceStrings } from '../../i18n/index.ts';
import { localeInfo } from '../../i18n/locales.ts';
import { forLanguage, langDir, pick, pickList, type LocalizedText } from '../../utils/localize.ts';
import { dutchNameBeside, translationOf } from '../../utils/content.ts';
import type { CheckMeta, CheckPageMeta, CheckQuestionsData, CheckResultsData, OrgMeta, RegelingMeta, Txt, WijkMeta } from './logic/meta.ts';
import { thresholdPeriods } from '../../lib/engine/thresholds.ts';
import { content } from './rulesData.ts';
import { SITE } from '../../utils/site.ts';

/** A section as one paragraph, without list markers: "what you need" when there is no document list. */
function oneParagraph(s: string): string {
  return s.replace(/^\s*[-*]\s+/gm, '').replace(/\s*\n\s*/g, ' ').trim();
}

/** First paragraph of a section, without list markers: a short "how to apply". */
function firstParagraph(s: string): string {
  const p = s.split(/\n\s*\n/)[0] ?? s;
  return p.replace(/^\s*[-*]\s+/gm, '').replace(/\s*\n\s*/g, ' ').trim();
}

export async function buildCheckMeta(locale: Locale): Promise<CheckMeta> {
  /** Text in the page language, or the Dutch fallback marked with lang (and dir on a right-to-left page). */
  const mark = (l: LocalizedText): Txt => ({ text: l.text, ...langDir(l.lang, locale) });
  const txt = (dutch: string, translated: string | undefined): Txt => mark(pick(dutch, translated, locale));
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
    const tc = translationOf(o, locale)?.contact;
    const name = pick(o.data.name, translationOf(o, locale)?.name, locale);
    return {
      id: o.id,
      name: mark(name),
      ...(dutchNameBeside(name, o.data.name) ? { dutchName: o.data.name } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.website ? { website: c.website } : {}),
      ...(c.address ? { address: c.address } : {}),
      ...(c.walkIn ? { walkIn: txt(c.walkIn, tc?.walkIn) } : {}),
      ...(c.openingHours ? { openingHours: txt(c.openingHours, tc?.openingHours) } : {}),
      url: route(locale, 'organisatie', o.id),
    };
  };

  const out: Record<string, RegelingMeta> = {};
  for (const r of regelingen) {
    if (r.data.status !== 'active') continue;
    const tr = translationOf(r, locale);
    const title = pick(r.data.title, tr?.title, locale);
    const documents = pickList(r.data.documents, tr?.documents, locale);
    out[r.id] = {
      slug: r.id,
      title: mark(title),
      ...(dutchNameBeside(title, r.data.title) ? { dutchTitle: r.data.title } : {}),
      summary: txt(r.data.summary, tr?.summary),
      apply: txt(firstParagraph(r.data.sections.hoeAanvragen), tr?.sections?.hoeAanvragen ? firstParagraph(tr.sections.hoeAanvragen) : undefined),
      ...(r.data.applyUrl ? { applyUrl: r.data.applyUrl } : {}),
      documents: documents.items.map((d) => ({ text: d, ...langDir(documents.lang, locale) })),
      ...(r.data.documents.length === 0 ? { needs: txt(oneParagraph(r.data.sections.watNodig), tr?.sections?.watNodig ? oneParagraph(tr.sections.watNodig) : undefined) } : {}),
      ...(r.data.deadline ? { deadline: txt(r.data.deadline.text, tr?.deadline) } : {}),
      repayment: r.data.repayment,
      ...(r.data.repaymentNote ? { repaymentNote: txt(r.data.repaymentNote, tr?.repaymentNote) } : {}),
      helpers: r.data.helpers.map((h) => org(h)).filter((h): h is string => !!h),
      url: route(locale, 'regeling', r.id),
      kind: r.data.kind,
      ...(org(r.data.organisation) ? { organisation: r.data.organisation } : {}),
    };
  }

  const wijkList: WijkMeta[] = wijken
    .map((w) => ({
      id: w.id,
      // Wijk names are Dutch proper names.
      name: { text: w.data.name, ...langDir('nl', locale) },
      ...(org(w.data.informatiepunt) ? { informatiepunt: w.data.informatiepunt } : {}),
      ...(w.data.informatiepuntNote ? { note: txt(w.data.informatiepuntNote, translationOf(w, locale)?.informatiepuntNote) } : {}),
      url: route(locale, 'wijk', w.id),
    }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, 'nl'));

  const defaultHelp = org(SITE.defaultHelpDesk);
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
    // The phone number is read into sentences: kept left to right in right-to-left text.
    municipality: { name: content.municipality.name, phone: forLanguage(content.municipality.phone, locale) },
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
 * $locale: the language's BCP-47 tag, for plural forms in the island (logic/strings.ts).
 * readAloud: the "Lees voor" labels, shared with the content pages (common.json).
 * The texts of "Wat als er iets verandert?" are only needed with the results: they come with the
 * results data (checkResultsData), not with the page or the questions.
 */
export function checkStrings(locale: Locale): Record<string, unknown> {
  const { whatif: _later, ...check } = namespaceStrings(locale, 'check') as Record<string, unknown>;
  return {
    ...check,
    household: namespaceStrings(locale, 'household'),
    $locale: localeInfo(locale).tag,
    readAloud: namespaceStrings(locale, 'common').readAloud,
  };
}

export async function checkQuestionsData(locale: Locale): Promise<CheckQuestionsData> {
  return { strings: checkStrings(locale), wijken: (await buildCheckMeta(locale)).wijken };
}

export async function checkResultsData(locale: Locale): Promise<CheckResultsData> {
  const { regelingen, orgs, defaultHelp } = await buildCheckMeta(locale);
  const { whatif } = namespaceStrings(locale, 'check') as Record<string, unknown>;
  return { regelingen, orgs, ...(defaultHelp ? { defaultHelp } : {}), strings: { whatif } };
}
