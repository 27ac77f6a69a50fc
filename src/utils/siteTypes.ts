/** The site's municipality as the build gives it (`virtual:gemeente`, scripts/build/pack.ts). */
import type { Gemeente } from '../schemas/gemeente.ts';
import type { Locale } from '../i18n/locales.ts';
import type { EngineContent } from '../lib/engine/types.ts';

export interface SiteGemeente extends Gemeente {
  /** The pack's folder name (content/gemeenten/<id>). */
  id: string;
  /** Name of the default help desk organisation (the {{balie}} token). */
  deskName: string;
  /** The languages of this site, in the order of the locale table. */
  locales: Locale[];
  municipality: EngineContent['municipality'];
}
