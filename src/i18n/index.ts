/**
 * Build-time translation system (i18next). Every interface string comes from
 * src/i18n/<locale>/<namespace>.json. Pages call `useTranslations(locale)`;
 * i18next itself never reaches the browser. Islands get the strings they need as props.
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../schemas/common.ts';

type Dict = Record<string, unknown>;
const files = import.meta.glob<{ default: Dict }>('./*/*.json', { eager: true });

const resources: Record<string, Record<string, Dict>> = {};
for (const [file, mod] of Object.entries(files)) {
  const m = /^\.\/([a-z-]+)\/([a-zA-Z-]+)\.json$/.exec(file);
  if (!m) continue;
  const [, locale, ns] = m as unknown as [string, string, string];
  (resources[locale] ??= {})[ns] = mod.default;
}

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  ns: Object.keys(resources[DEFAULT_LOCALE] ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function useTranslations(locale: Locale, ns = 'common'): TFunction {
  return instance.getFixedT(locale, ns);
}

/** All strings of one namespace for one locale, to pass to a Preact island as a prop. */
export function namespaceStrings(locale: Locale, ns: string): Dict {
  return (resources[locale]?.[ns] ?? resources[DEFAULT_LOCALE]?.[ns] ?? {}) as Dict;
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return instance.dir(locale) === 'rtl' ? 'rtl' : 'ltr';
}

export { LOCALES, DEFAULT_LOCALE, type Locale };
