/**
 * Content report for editors: what needs checking in content/.
 *
 *   node scripts/content-report.ts            (from the project root)
 *   node scripts/content-report.ts --today=2026-11-23
 *
 * Lists:
 *  1. entries whose lastVerified is more than 12 months before today;
 *  2. every toVerify item (facts still to check or not found);
 *  3. per language of the locale table: translation status, and per entry the fields that are
 *     still missing (content/translations/<locale>/<collection>/<id>.yaml), then missing interface keys;
 *  4. plain-language problems (sentences over 20 words, officialese);
 *  5. the dated norm sets and parameter files, and which are provisional or end soon.
 * Always exits 0: it is a to-do list, not a gate. The gates are in test/content/.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadAllContent } from '../src/lib/content/validate.ts';
import { contentCoverage, describeGap } from '../src/lib/content/coverage.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, localeInfo } from '../src/i18n/locales.ts';
import { compareKeys } from '../src/i18n/keys.ts';
import { checkPlainLanguage } from '../test/content/plain-language.ts';
import { normSetWarning } from '../src/lib/content/validateRules.ts';
import { loadEngineContent } from './lib/engineContent.ts';

const todayArg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
const today = todayArg ? new Date(`${todayArg}T00:00:00Z`) : new Date();
const cutoff = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
const cutoffIso = cutoff.toISOString().slice(0, 10);

const content = await loadAllContent(process.cwd());
const { regelingen, organisaties, wijken, paginas, problems } = content;

interface Row {
  file: string;
  label: string;
  lastVerified: string;
  toVerify: { field: string; note: string }[];
  texts: [string, string | undefined][];
}

const rows: Row[] = [
  ...regelingen.map((r) => ({
    file: r.file,
    label: r.data.title,
    lastVerified: r.data.lastVerified,
    toVerify: r.data.toVerify,
    texts: [['summary', r.data.summary], ['endedNote', r.data.endedNote], ...Object.entries(r.data.sections).map(([k, v]) => [`sections.${k}`, v] as [string, string])] as [string, string | undefined][],
  })),
  ...organisaties.map((o) => ({
    file: o.file,
    label: o.data.name,
    lastVerified: o.data.lastVerified,
    toVerify: o.data.toVerify,
    texts: [['summary', o.data.summary], ['description', o.data.description]] as [string, string | undefined][],
  })),
  ...wijken.map((w) => ({
    file: w.file,
    label: w.data.name,
    lastVerified: w.data.lastVerified,
    toVerify: w.data.toVerify,
    texts: [['summary', w.data.summary]] as [string, string | undefined][],
  })),
  ...paginas.map((p) => ({
    file: p.file,
    label: p.data.title,
    lastVerified: p.data.lastVerified,
    toVerify: p.data.toVerify,
    texts: [['summary', p.data.summary], ['intro', p.data.intro], ...p.data.sections.map((s) => [`sections.${s.id}`, s.body])] as [string, string | undefined][],
  })),
];

const out: string[] = [];
const h = (t: string) => out.push('', `## ${t}`, '');

out.push(`# Inhoudsrapport ${content.pack.gemeente.site.name}`, '', `Datum: ${today.toISOString().slice(0, 10)}. Ouder dan 12 maanden = lastVerified vóór ${cutoffIso}.`);
out.push(`Regelingen: ${regelingen.length} (actief ${regelingen.filter((r) => r.data.status === 'active').length}, beëindigd ${regelingen.filter((r) => r.data.status === 'ended').length}). Organisaties: ${organisaties.length}. Wijken: ${wijken.length}. Pagina's: ${paginas.length}.`);

if (problems.length) {
  h(`Schemafouten (${problems.length}): deze bestanden zijn niet meegeteld`);
  for (const p of problems) out.push(`- ${p.file} › ${p.field || '(bestand)'} › ${p.problem}`);
}

const stale = rows.filter((r) => r.lastVerified < cutoffIso).sort((a, b) => a.lastVerified.localeCompare(b.lastVerified));
h(`Ouder dan 12 maanden (${stale.length})`);
for (const r of stale) out.push(`- ${r.lastVerified}  ${r.file}  (${r.label})`);

const tv = rows.flatMap((r) => r.toVerify.map((t) => ({ ...t, file: r.file })));
h(`Nog te controleren of niet gevonden: toVerify (${tv.length})`);
for (const t of tv) out.push(`- ${t.file} › ${t.field}: ${t.note}`);

// Translations per language: content (one file per entry per language) and interface strings.
const I18N = path.resolve('src/i18n');
const namespaces = readdirSync(path.join(I18N, DEFAULT_LOCALE)).filter((f) => f.endsWith('.json') && f !== 'meta.json');
const readJson = (loc: string, ns: string): unknown => JSON.parse(readFileSync(path.join(I18N, loc, ns), 'utf8'));
for (const l of TRANSLATED_LOCALES) {
  const info = localeInfo(l);
  const entries = contentCoverage(content, l);
  const incomplete = entries.filter((e) => e.missing.length > 0);
  const fields = incomplete.reduce((n, e) => n + e.missing.length, 0);
  const count = (st: string | undefined) => entries.filter((e) => e.status === st).length;
  h(`Vertaling ${info.name} (${l}): ${entries.length - incomplete.length} van ${entries.length} items volledig, ${fields} velden ontbreken`);
  out.push(`Status: ${count('concept')} concept, ${count('gecontroleerd')} gecontroleerd, ${count(undefined)} zonder vertaalbestand.`, '');
  for (const e of incomplete) out.push(`- ${describeGap(e)}`);
  const ui = namespaces.flatMap((ns) => {
    if (!existsSync(path.join(I18N, l, ns))) return [`src/i18n/${l}/${ns}: bestand ontbreekt`];
    const d = compareKeys(readJson(DEFAULT_LOCALE, ns), readJson(l, ns), l);
    return d.missing.length ? [`src/i18n/${l}/${ns}: ${d.missing.join(', ')}`] : [];
  });
  out.push('', `Interfaceteksten: ${ui.length === 0 ? 'alle sleutels vertaald' : 'ontbrekende sleutels'}`);
  for (const u of ui) out.push(`- ${u}`);
}

const plain = rows.flatMap((r) => r.texts.flatMap(([field, text]) => (text ? checkPlainLanguage(text).map((i) => `- ${r.file} › ${field} › ${i.detail}: "${i.sentence}"`) : [])));
h(`Taal: te lange zinnen en ambtelijke woorden (${plain.length})`);
out.push(...plain);

const engine = loadEngineContent();
const sets = [...engine.normSets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
h(`Normensets en parameterbestanden (${sets.length} + ${engine.parameters.length})`);
for (const n of sets) out.push(`- content/normen/${n.validFrom}.json: ${n.validFrom} tot en met ${n.validUntil}`);
const warn = normSetWarning(sets.at(-1)?.validUntil, today.toISOString().slice(0, 10));
if (warn) out.push(`- LET OP: ${warn}`);
for (const p of [...engine.parameters].sort((a, b) => `${a.regeling}${a.validFrom}`.localeCompare(`${b.regeling}${b.validFrom}`))) {
  const unknown = Object.entries(p.parameters).filter(([, v]) => v.value === null).map(([k]) => k);
  out.push(`- ${p.regeling}/${p.validFrom}.json: tot en met ${p.validUntil}${p.provisional ? `, voorlopig${unknown.length ? ` (nog niet bekend: ${unknown.join(', ')})` : ''}` : ''}`);
}

console.log(out.join('\n'));
