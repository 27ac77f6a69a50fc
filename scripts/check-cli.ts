/**
 * Eligibility check from the command line.
 *
 *   npm run --silent check -- household.json            (or "-" to read stdin)
 *   npm run --silent check -- household.json --lang ar  (reasons in a language of src/i18n/locales.ts; --lang=ar too)
 *   npm run --silent check -- household.json --en       (short for --lang en)
 *
 * The household's "municipality" picks the content pack: a place in a pack's gemeente.yaml `places`
 * evaluates the national regelingen plus that municipality's. A place without a pack, or none, gets
 * the default pack (GEMEENTE=<id> chooses another), whose own regelingen then say "you do not live here".
 *
 * Prints {"gemeente": {id, name, matched}, "referenceDate", "norms": {validFrom, validUntil, provisional},
 * "results": [...]} as JSON.
 * Bad input (also a date the engine cannot calculate for) exits with code 2 and a plain message
 * naming the field; never a stack trace. Output is written in full before the process ends.
 */
import { readFileSync } from 'node:fs';
import { dateIssue, evaluateAll, issueText, parseHousehold, referenceDateOf } from '../src/lib/engine/index.ts';
import { ROOT, loadNamespace, loadTemplates } from './lib/engineContent.ts';
import { contentForPlace } from '../src/lib/content/engineFiles.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale } from '../src/i18n/locales.ts';

function fail(message: string, code = 2): void {
  process.exitCode = code;
  process.stderr.write(`${message}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  // The language: one of the locale table (src/i18n/locales.ts).
  const langAt = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const inline = langAt >= 0 && args[langAt]!.includes('=');
  const locale = langAt < 0 ? (args.includes('--en') ? 'en' : DEFAULT_LOCALE) : ((inline ? args[langAt]!.split('=')[1] : args[langAt + 1]) ?? '');
  if (!isLocale(locale)) return fail(`Onbekende taal "${locale}". Kies uit: ${LOCALES.join(', ')} (bijvoorbeeld --lang ar).`);
  const file = args.find((a, i) => (!a.startsWith('--') || a === '-') && (langAt < 0 || inline || i !== langAt + 1));
  if (!file) return fail('Gebruik: npm run --silent check -- huishouden.json [--lang ar]   (of "-" om van stdin te lezen)');
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    return fail(`Kan het bestand "${file}" niet lezen.`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return fail(`Dit is geen geldige JSON: ${(err as Error).message}`);
  }
  const place = input && typeof input === 'object' ? (input as { municipality?: unknown }).municipality : undefined;
  const { content, pack, matched } = contentForPlace(ROOT, typeof place === 'string' ? place : undefined);
  const strings = loadNamespace(locale, 'household');
  const parsed = parseHousehold(input, { knownRegelingen: content.rules.map((r) => r.name) });
  const intro = typeof strings.intro === 'string' ? strings.intro : 'De gegevens van het huishouden kloppen niet:';
  if (!parsed.ok) return fail([intro, ...parsed.issues.map((i) => `  ${i.path || '(huishouden)'}: ${issueText(i, strings, locale)}`)].join('\n'));
  const date = referenceDateOf(parsed.household);
  const di = dateIssue(content, date);
  if (di) return fail([intro, `  ${di.path}: ${issueText(di, strings, locale)}`].join('\n'));
  const result = evaluateAll(parsed.household, content, { locale, templates: loadTemplates(locale) });
  process.stdout.write(`${JSON.stringify({ gemeente: { id: pack.id, name: pack.gemeente.name, matched }, ...result }, null, 2)}\n`);
}

try {
  main();
} catch (err) {
  fail(`Er ging iets mis bij de controle: ${(err as Error)?.message ?? String(err)}`, 1);
}
