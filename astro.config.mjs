// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import hulpwijzerBuild from './scripts/build/integration.ts';

// Static site. Dutch at /, English at /en/. See README.md.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [preact(), hulpwijzerBuild()],
  i18n: {
    locales: ['nl', 'en'],
    defaultLocale: 'nl',
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
  },
});
