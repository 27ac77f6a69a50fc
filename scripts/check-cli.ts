/**
 * Eligibility check from the command line.
 *
 *   npm run --silent check -- household.json      (or "-" to read stdin)
 *   npm run --silent check -- household.json --en (reasons in English)
 *
 * Prints {"referenceDate", "results": [{id, status, reasons, amountPerYear}]} as JSON.
 * Bad input exits with code 2 and a plain message naming the field; never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { evaluateAll, parseHousehold } from '../src/lib/engine/index.ts';
import { NORM_SETS, RULES } from '../src/lib/engine/content.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

try {
  const args = process.argv.slice(2);
  const locale = args.includes('--en') ? 'en' : 'nl';
  const file = args.find((a) => !a.startsWith('--') || a === '-');
  if (!file) fail('Gebruik: npm run --silent check -- huishouden.json   (of "-" om van stdin te lezen)');
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch {
    fail(`Kan het bestand "${file}" niet lezen.`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    fail(`Dit is geen geldige JSON: ${(err as Error).message}`);
  }
  const parsed = parseHousehold(input);
  if (!parsed.ok) {
    fail(['De gegevens van het huishouden kloppen niet:', ...parsed.errors.map((e) => `  ${e.path}: ${e.message}`)].join('\n'));
  }
  const result = evaluateAll(parsed.household, RULES, NORM_SETS, { locale });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} catch (err) {
  fail(`Er ging iets mis bij de controle: ${(err as Error)?.message ?? String(err)}`, 1);
}
