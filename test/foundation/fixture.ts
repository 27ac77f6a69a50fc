/**
 * A tiny project folder in a temp dir (content files by relative path), for running the real validator
 * on it. Content is laid out as the site's: national content in NAT, one municipality pack in PACK, a
 * fictitious municipality ("Proefdorp") so no test depends on a real pack. The pack's gemeente.yaml
 * and content/gemeenten/standaard.yaml are added unless the files give their own.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NAT = 'content/landelijk';
export const PACK = 'content/gemeenten/proefdorp';
/** The pack's own organisation (gemeente.yaml `organisation`, `defaultHelpDesk` and helpers). */
export const PACK_ORG = 'gemeente-proefdorp';

export function gemeenteYaml(overrides = ''): string {
  return `name: Proefdorp
cbsCode: null
places: [Proefdorp, Proefdorp-Zuid]
phone: "14 000"
organisation: ${PACK_ORG}
defaultHelpDesk: ${PACK_ORG}
helpers:
  formulieren: [${PACK_ORG}]
  geldzaken: [${PACK_ORG}]
site:
  name: Hulpwijzer Proefdorp
  url: https://hulpwijzer.proefdorp.example
languages: [nl, en]
sources:
  - url: https://proefdorp.example
    title: Een gemeente die niet bestaat, voor tests
${overrides}`;
}

/** A minimal guide page (every pack has the guide pages of src/utils/routes.ts GUIDE_PAGES). */
export function guideYaml(title: string): string {
  return `title: ${title}
summary: Wie u helpt.
intro: Hier leest u wie u helpt.
sections:
  - id: hulp
    heading: Hulp
    body: De gemeente helpt u.
sources:
  - url: https://proefdorp.example
    title: Proefdorp
lastVerified: 2026-01-01
owner: Redactie
`;
}

export function fixture(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'hulpwijzer-content-'));
  const all = {
    [`${PACK}/gemeente.yaml`]: gemeenteYaml(),
    'content/gemeenten/standaard.yaml': 'gemeente: proefdorp\n',
    [`${PACK}/paginas/mantelzorg.yaml`]: guideYaml('Mantelzorg'),
    [`${PACK}/paginas/clientondersteuning.yaml`]: guideYaml('Cliëntondersteuning'),
    ...files,
  };
  for (const [rel, body] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), body);
  }
  return root;
}

/** The municipality as a minimal, valid organisation file (`${PACK}/organisaties/${PACK_ORG}.yaml`). */
export function orgYaml(opts: { phoneNote?: string } = {}): string {
  return `name: Gemeente Proefdorp
kind: gemeente
summary: De gemeente.
description: De gemeente helpt.
contact:
  phone: 14 000
${opts.phoneNote ? `  phoneNote: ${opts.phoneNote}\n` : ''}sources:
  - url: https://proefdorp.example
    title: Gemeente Proefdorp
lastVerified: 2026-01-01
owner: Redactie
`;
}
