/**
 * Every page type of the site, in every language, with a real example URL
 * taken from content/ (so tests follow the content instead of hard-coding it).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const firstId = (folder: string, prefer?: string): string => {
  const ids = readdirSync(path.join('content', folder)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
  if (prefer && ids.includes(prefer)) return prefer;
  if (!ids[0]) throw new Error(`content/${folder} is empty`);
  return ids[0];
};

const regeling = firstId('regelingen', 'individuele-inkomenstoeslag');
const org = firstId('organisaties', 'gemeente-amersfoort');
const wijk = firstId('wijken');

export interface PageType {
  name: string;
  nl: string;
  en: string;
  /** Content pages must ship no JavaScript. */
  content: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { name: 'home', nl: '/', en: '/en/', content: true },
  { name: 'regelingen', nl: '/regelingen/', en: '/en/schemes/', content: true },
  { name: 'regeling', nl: `/regelingen/${regeling}/`, en: `/en/schemes/${regeling}/`, content: true },
  { name: 'organisaties', nl: '/organisaties/', en: '/en/organisations/', content: true },
  { name: 'organisatie', nl: `/organisaties/${org}/`, en: `/en/organisations/${org}/`, content: true },
  { name: 'wijken', nl: '/wijken/', en: '/en/neighbourhoods/', content: true },
  { name: 'wijk', nl: `/wijken/${wijk}/`, en: `/en/neighbourhoods/${wijk}/`, content: true },
  { name: 'clientondersteuning', nl: '/clientondersteuning/', en: '/en/client-support/', content: true },
  { name: 'mantelzorg', nl: '/mantelzorg/', en: '/en/carers/', content: true },
  { name: 'privacy', nl: '/privacy/', en: '/en/privacy/', content: true },
  { name: 'toegankelijkheid', nl: '/toegankelijkheid/', en: '/en/accessibility/', content: true },
  { name: 'bronnen', nl: '/bronnen/', en: '/en/sources/', content: true },
  { name: 'a-z', nl: '/a-z/', en: '/en/a-z/', content: true },
];

/** Pages with a Preact island: they may load their own JavaScript (from this site only). */
export const INTERACTIVE_PAGE_TYPES: PageType[] = [
  { name: 'zoeken', nl: '/zoeken/', en: '/en/search/', content: false },
  { name: 'check', nl: '/check/', en: '/en/check/', content: false },
  { name: 'check snel', nl: '/check/snel/', en: '/en/check/quick/', content: false },
];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
