// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import hulpwijzerBuild from './scripts/build/integration.ts';
import { browserContent, isEngineContent } from './src/lib/engine/browserContent.ts';
import { ruleTextsPlugin } from './scripts/build/ruleTexts.ts';
import { packPlugin, siteGemeente } from './scripts/build/pack.ts';
import { selectedPack } from './src/lib/content/packs.ts';
import { DEFAULT_LOCALE } from './src/i18n/locales.ts';

/**
 * The municipality this build is for: GEMEENTE=<folder in content/gemeenten/>, default
 * content/gemeenten/standaard.yaml. Its gemeente.yaml gives the languages and the address.
 */
const ROOT = fileURLToPath(new URL('.', import.meta.url));
const site = siteGemeente(selectedPack(ROOT));

/**
 * The public address of the site, configured once (gemeente.yaml `site.url`): hreflang alternates
 * and other absolute URLs derive from it. Set SITE_URL when building for another address.
 */
const SITE_URL = process.env.SITE_URL ?? site.site.url;

/**
 * The engine's content files reach the browser without the editors' notes and sources
 * (src/lib/engine/browserContent.ts): the same numbers, a smaller chunk.
 */
/** @type {import('vite').Plugin} */
const engineContentForBrowser = {
  name: 'engine-content-for-browser',
  enforce: 'pre',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    const path = id.split('?')[0];
    if (!path.endsWith('.json') || !isEngineContent(path)) return null;
    return { code: JSON.stringify(browserContent(JSON.parse(code), path)), map: null };
  },
};

// Static site. Dutch at /, every other language under /<code>/ (src/utils/routes.ts). See README.md.
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [preact(), hulpwijzerBuild()],
  i18n: {
    locales: [...site.locales],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // Keep CSS as files so content pages can be cached and stay script-free.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  vite: {
    // Never inline small scripts or assets into the HTML: pages run under script-src/style-src/img-src 'self' (deploy/headers.ts).
    build: { assetsInlineLimit: 0 },
    plugins: [packPlugin(ROOT), engineContentForBrowser, ruleTextsPlugin()],
  },
});
