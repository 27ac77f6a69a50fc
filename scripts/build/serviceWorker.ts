/**
 * After the build: the service worker (dist/sw.js), made with Workbox's generateSW, so the
 * site works offline after one visit (issue 15): at an outreach stand, in a library.
 *
 *  - Precaches every page, stylesheet, script (the engine and rules chunks too), the check data,
 *    the search index, the manifest and the icons. Each entry has a revision (a hash of the
 *    file; hashed /_astro/ names need none), so every build with a change is a new worker.
 *  - Pages and files come from the cache first (fast on a bad connection); query strings are
 *    ignored (/zoeken/?q=huur is /zoeken/). Other pages try the network and fall back to the
 *    404 page when offline.
 *  - A new worker waits until the page tells it to take over (src/scripts/offline.ts), and
 *    then removes the files of the old version.
 */
import { generateSW } from 'workbox-build';
import path from 'node:path';

export async function writeServiceWorker(root: string): Promise<{ count: number; size: number }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,txt}'],
    globIgnores: ['sw.js', 'workbox-*.js', '**/*.map'],
    swDest: path.join(root, 'sw.js'),
    cacheId: 'hulpwijzer',
    // Hashed build files: the URL changes with the content.
    dontCacheBustURLsMatching: /^_astro\//,
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
    ],
  });
  if (warnings.length) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}
