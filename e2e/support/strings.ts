/**
 * Interface strings as the built pages show them: src/i18n/<locale>/*.json with the selected pack's
 * own wording and words (gemeente.yaml `interface`, {{gemeente}}, {{telefoon}}, {{site}}, {{balie}}:
 * siteStrings, as src/i18n/index.ts does), then numbers isolated in right-to-left text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dirOf, type Locale } from '../../src/i18n/locales.ts';
import { isolateLtr } from '../../src/utils/bidi.ts';
import { siteStrings } from '../../src/lib/content/tokens.ts';
import { SITE } from './site.ts';

type Dict = Record<string, unknown>;
const cache = new Map<Locale, Record<string, Dict>>();

function stringsOf(locale: Locale): Record<string, Dict> {
  let strings = cache.get(locale);
  if (!strings) {
    const dir = path.join('src', 'i18n', locale);
    const namespaces = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json') && f !== 'meta.json')
        .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Dict]),
    );
    strings = siteStrings(namespaces, locale, SITE, SITE.deskName);
    cache.set(locale, strings);
  }
  return strings;
}

export function ui(locale: Locale, ns: string, key: string): string {
  let node: unknown = stringsOf(locale)[ns];
  for (const part of key.split('.')) node = (node as Dict | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`src/i18n/${locale}/${ns}.json: no string at ${key}`);
  return dirOf(locale) === 'rtl' ? isolateLtr(node) : node;
}
