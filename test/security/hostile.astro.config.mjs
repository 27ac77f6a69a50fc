// @ts-check
/**
 * The site's own Astro config, with its own cache folder, for the build from hostile content
 * (test/security/hostile-content.ts): the normal build cache in node_modules/.astro stays as it is.
 */
import config from '../../astro.config.mjs';

export default {
  ...config,
  ...(process.env.HULPWIJZER_CACHE_DIR ? { cacheDir: process.env.HULPWIJZER_CACHE_DIR } : {}),
};
