// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

// Static site. Dutch at /, English at /en/. See README.md.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  compressHTML: true,
  integrations: [preact()],
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
});
