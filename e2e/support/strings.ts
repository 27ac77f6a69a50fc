/**
 * Interface strings as the built pages show them (src/i18n/<locale>/*.json): the municipality's
 * words filled in from the selected pack ({{gemeente}}, {{telefoon}}, {{site}}, {{balie}}, as
 * src/i18n/index.ts does), then numbers isolated in right-to-left text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dirOf, type Locale } from '../../src/i18n/locales.ts';
import { isolateLtr } from '../../src/utils/bidi.ts';
import { fillTokens, uiTokens } from '../../src/lib/content/tokens.ts';
import { SITE } from './site.ts';

const cache = new Map<string, Record<string, unknown>>();
const TOKENS = uiTokens(SITE, SITE.deskName);

export function ui(locale: Locale, ns: string, key: string): string {
  const file = path.join('src', 'i18n', locale, `${ns}.json`);
  let json = cache.get(file);
  if (!json) {
    json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    cache.set(file, json);
  }
  let node: unknown = json;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`${file}: no string at ${key}`);
  const filled = fillTokens(node, TOKENS);
  return dirOf(locale) === 'rtl' ? isolateLtr(filled) : filled;
}
