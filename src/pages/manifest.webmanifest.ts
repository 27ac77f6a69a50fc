/**
 * The web app manifest (/manifest.webmanifest): name, icons and colours, so the site can be
 * installed on a phone or a library PC and opens like an app (offline: issue 15). Icons are
 * rendered from public/favicon.svg by scripts/render-icons.ts.
 */
import { DEFAULT_LOCALE, useTranslations } from '../i18n/index.ts';
import { route } from '../utils/routes.ts';

export const prerender = true;

/** The logo's blue (public/favicon.svg), also the header line colour. */
const BLUE = '#154273';

export const GET = () => {
  const t = useTranslations(DEFAULT_LOCALE);
  const manifest = {
    name: t('site.name'),
    short_name: 'Hulpwijzer',
    description: t('site.description'),
    lang: DEFAULT_LOCALE,
    dir: 'ltr',
    id: route(DEFAULT_LOCALE, 'home'),
    start_url: route(DEFAULT_LOCALE, 'home'),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: BLUE,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
