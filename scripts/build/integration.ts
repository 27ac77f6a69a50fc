/**
 * Build steps of our own, as one Astro integration (astro.config.mjs):
 *  - drop unused NL Design System rules and design tokens from every CSS file before it is
 *    hashed (cssTokens.ts);
 *  - after the build: preload each island's scripts right after the stylesheets (preloads.ts),
 *    then write the service worker over the final files (serviceWorker.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cssDiet } from './cssTokens.ts';
import { addPreloads } from './preloads.ts';
import { writeServiceWorker } from './serviceWorker.ts';

export default function hulpwijzerBuild(): AstroIntegration {
  return {
    name: 'hulpwijzer-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // Dev keeps every token, so a newly referenced one works without a restart.
        if (command !== 'build') return;
        updateConfig({
          vite: {
            css: { postcss: { plugins: [cssDiet(fileURLToPath(new URL('./src/', config.root)), fileURLToPath(new URL('./content/', config.root)))] } },
            // Scripts stay files, however small (Astro inlines small ones): no inline script
            // under a strict CSP, and the browser caches them across pages.
            build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const n = await addPreloads(root);
        logger.info(`module preloads added to ${n} page(s)`);
        const sw = await writeServiceWorker(root);
        logger.info(`service worker: ${sw.count} files precached (${(sw.size / 1024).toFixed(0)} KB)`);
      },
    },
  };
}
