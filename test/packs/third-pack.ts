/**
 * A fictitious third municipality, "Nergenshuizen", as content only: a gemeente.yaml, two
 * organisations, one regeling with its rule and example households, one wijk and the two guide
 * pages. test/packs/third-pack.test.ts writes it into a temporary content folder next to a copy of
 * the national content and validates, evaluates and builds it: no code knows this municipality.
 */
export const PACK_ID = 'nergenshuizen';
export const NAME = 'Nergenshuizen';
export const PHONE = '14 099';

const SRC = `sources:
  - url: https://nergenshuizen.example/bron
    title: Een gemeente die niet bestaat (testbron)
lastVerified: 2026-10-01
owner: Redactie test`;

export const FILES: Record<string, string> = {
  'gemeente.yaml': `name: ${NAME}
cbsCode: null
places: [${NAME}, Nergenshuizen-Dorp]
phone: "${PHONE}"
organisation: gemeente-nergenshuizen
defaultHelpDesk: steunpunt-nergenshuizen
helpers:
  formulieren: [steunpunt-nergenshuizen]
  geldzaken: [steunpunt-nergenshuizen]
site:
  name: Hulpwijzer ${NAME}
  url: https://hulpwijzer.nergenshuizen.example
languages: [nl, en]
theme:
  --gemeente-radius: 0.75rem
sources:
  - url: https://nergenshuizen.example
    title: Een gemeente die niet bestaat (testbron)
toVerify:
  - field: cbsCode
    note: Een verzonnen gemeente heeft geen CBS-code.
`,
  'organisaties/gemeente-nergenshuizen.yaml': `name: Gemeente ${NAME}
kind: gemeente
summary: De gemeente ${NAME}.
description: De gemeente helpt u met geld, zorg en wonen.
contact:
  phone: "${PHONE}"
${SRC}
`,
  'organisaties/steunpunt-nergenshuizen.yaml': `name: Steunpunt ${NAME}
kind: stichting
summary: Gratis hulp bij formulieren en geldvragen.
description: Bij het Steunpunt helpen mensen u gratis met formulieren en vragen over geld.
services: [Hulp bij formulieren]
contact:
  address: Dorpsstraat 1, ${NAME}
${SRC}
`,
  'regelingen/meedoenpas.yaml': `title: Meedoenpas
summary: Geld voor sport en cultuur als u weinig inkomen heeft.
themes: [meedoen]
status: active
scope: gemeente
organisation: gemeente-nergenshuizen
helpers: [steunpunt-nergenshuizen]
sections:
  watIsHet: Met de Meedoenpas betaalt de gemeente een deel van uw sport of cultuur.
  voorWie: Voor inwoners met een inkomen tot 120 procent van de bijstandsnorm.
  hoeveel: Hoeveel u krijgt, weten we niet. Bel de gemeente op ${PHONE}.
  hoeAanvragen: U vraagt de pas aan bij de gemeente.
  watNodig: Bewijs van uw inkomen.
  wieHelpt: Het Steunpunt helpt u gratis.
repayment: nee
${SRC}
`,
  'regelingen/meedoenpas.rule.json': JSON.stringify(
    {
      name: 'meedoenpas',
      sources: [{ url: 'https://nergenshuizen.example/meedoenpas', title: 'Meedoenpas (testbron): inkomen tot 120 %' }],
      appliesTo: { all: [{ fact: 'livesInMunicipality', operator: 'equal', value: true }] },
      conditions: { all: [{ fact: 'incomePercentOfNorm', operator: 'lessThanInclusive', value: 120 }] },
    },
    null,
    2,
  ),
  'voorbeelden/meedoenpas.json': JSON.stringify(
    [
      { name: 'Woont in de gemeente, weinig inkomen', household: { referenceDate: '2026-11-01', municipality: NAME, members: [{ role: 'applicant', age: 40, netMonthlyIncome: 1100 }] }, expected: 'likely' },
      { name: 'Woont in een dorp van de gemeente, inkomen onbekend', household: { referenceDate: '2026-11-01', municipality: 'Nergenshuizen-Dorp', members: [{ role: 'applicant', age: 40 }] }, expected: 'check' },
      { name: 'Woont elders', household: { referenceDate: '2026-11-01', municipality: 'elders', members: [{ role: 'applicant', age: 40, netMonthlyIncome: 1100 }] }, expected: 'unlikely' },
    ],
    null,
    2,
  ),
  'wijken/centrum.yaml': `name: Centrum
gebied: ${NAME}
summary: Het centrum van ${NAME}.
buurten: [Marktplein]
wijkteam: steunpunt-nergenshuizen
informatiepunt: steunpunt-nergenshuizen
${SRC}
`,
  'paginas/mantelzorg.yaml': `title: Mantelzorg in ${NAME}
summary: Steun voor mensen die voor een ander zorgen.
intro: Zorgt u voor iemand? Dan helpt het Steunpunt u.
sections:
  - id: steun
    heading: Steun
    body: Het Steunpunt helpt mantelzorgers gratis.
    organisations: [steunpunt-nergenshuizen]
${SRC}
`,
  'paginas/clientondersteuning.yaml': `title: Cliëntondersteuning in ${NAME}
summary: Iemand die met u meedenkt.
intro: Een cliëntondersteuner helpt u gratis.
sections:
  - id: wie
    heading: Wie helpt?
    body: Het Steunpunt helpt u gratis.
    organisations: [steunpunt-nergenshuizen]
${SRC}
`,
};
