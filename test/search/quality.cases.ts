/**
 * Realistic queries and the page that must be in the top 3.
 * Written as residents type: no diacritics, typos, plain words, half questions.
 * Only pages that exist in content/ (checked by the test: a missing page fails loudly).
 */
import type { Locale } from '../../src/i18n/locales.ts';

export interface QualityCase {
  q: string;
  /** The page that must be in the top 3, or a pattern for several: "wijkteam vathorst" may lead to any Vathorst wijk. */
  url: string | RegExp;
  locale?: Locale;
}

const R = (slug: string) => `/regelingen/${slug}/`;
const O = (slug: string) => `/organisaties/${slug}/`;
const W = (slug: string) => `/wijken/${slug}/`;
const ER = (slug: string) => `/en/schemes/${slug}/`;
const EO = (slug: string) => `/en/organisations/${slug}/`;

export const CASES: QualityCase[] = [
  // Geld en belastingen
  { q: 'gemeentebelasting', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'gemeentelijke belasting niet betalen', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'kwijtscheldnig', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'afvalstoffenheffing', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'hondebelasting', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'waterschapsbelasting', url: R('kwijtschelding-waterschapsbelasting') },
  { q: 'waterschap kwijtschelding', url: R('kwijtschelding-waterschapsbelasting') },
  { q: 'huurtoeslag', url: R('huurtoeslag') },
  { q: 'huursubsidie', url: R('huurtoeslag') },
  { q: 'huur te hoog', url: R('huurtoeslag') },
  { q: 'huurtoeslg', url: R('huurtoeslag') },
  { q: 'zorgtoeslag', url: R('zorgtoeslag') },
  { q: 'premie zorgverzekering betalen', url: R('zorgtoeslag') },
  { q: 'goedkope zorgverzekering', url: R('collectieve-zorgverzekering') },
  { q: 'gemeentepolis', url: R('collectieve-zorgverzekering') },
  { q: 'kinderbijslag', url: R('kinderbijslag') },
  { q: 'kinderbijslg', url: R('kinderbijslag') },
  { q: 'kindgebonden budget', url: R('kindgebonden-budget') },
  { q: 'alleenstaande ouderkop', url: R('kindgebonden-budget') },
  { q: 'individuele inkomenstoeslag', url: R('individuele-inkomenstoeslag') },
  { q: 'langdurigheidstoeslag', url: R('individuele-inkomenstoeslag') },
  { q: 'al jaren weinig geld', url: R('individuele-inkomenstoeslag') },
  { q: 'bijzondere bijstand', url: R('bijzondere-bijstand') },
  { q: 'onverwachte kosten', url: R('bijzondere-bijstand') },
  { q: 'bijzondre bijstand', url: R('bijzondere-bijstand') },
  { q: 'wasmachine kapot', url: R('woninginrichting') },
  { q: 'koelkast', url: R('woninginrichting') },
  { q: 'energietoeslag', url: R('energietoeslag') },
  { q: 'energierekening te hoog', url: R('energietoeslag') },
  { q: 'noodfonds', url: R('sociaal-fonds-amersfoort') },
  { q: 'acuut geen geld', url: R('sociaal-fonds-amersfoort') },
  { q: 'alleenverdiener', url: R('tegemoetkoming-alleenverdieners') },
  { q: 'woonkosten', url: R('woonkostentoeslag') },
  { q: 'hypotheek niet betalen', url: R('woonkostentoeslag') },
  { q: 'bewindvoerder', url: R('bewindvoering') },
  { q: 'kosten bewind', url: R('bewindvoering') },
  // Schulden
  { q: 'schulden', url: R('schuldhulpverlening') },
  { q: 'schuldhulp', url: R('schuldhulpverlening') },
  { q: 'deurwaarder', url: R('schuldhulpverlening') },
  { q: 'rekeningen niet betalen', url: R('schuldhulpverlening') },
  { q: 'schuldhulpmaatje', url: O('schuldhulpmaatje-amersfoort') },
  { q: 'geldloket', url: O('geldloket-amersfoort') },
  // Kinderen
  { q: 'sportclub kind', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'zwemles betalen', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'contributie voetbal', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'muziekles', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'laptop school', url: R('stichting-leergeld') },
  { q: 'schoolreis betalen', url: R('stichting-leergeld') },
  { q: 'fiets voor mijn kind', url: R('stichting-leergeld') },
  { q: 'leergeld', url: R('stichting-leergeld') },
  { q: 'id kaart kind', url: R('gratis-identiteitskaart-kinderen') },
  { q: 'identiteitskaart gratis', url: R('gratis-identiteitskaart-kinderen') },
  { q: 'kleding kind', url: R('kledingbank') },
  { q: 'gratis kleren', url: R('kledingbank') },
  // Eten, dieren
  { q: 'voedselbank', url: R('voedselbank') },
  { q: 'voedselpakket', url: R('voedselbank') },
  { q: 'geen geld voor eten', url: R('voedselbank') },
  { q: 'dierenarts betalen', url: R('dierenregeling') },
  { q: 'huisdier kosten', url: R('dierenregeling') },
  // Mantelzorg en zorg
  { q: 'mantelzorg compliment', url: R('mantelzorgwaardering') },
  { q: 'mantelzorgwaardering', url: R('mantelzorgwaardering') },
  { q: 'mantelzorg', url: '/mantelzorg/' },
  { q: 'respijtzorg', url: '/mantelzorg/' },
  { q: 'clientondersteuning', url: '/clientondersteuning/' },
  { q: 'cliëntondersteuner', url: '/clientondersteuning/' },
  { q: 'huishoudelijke hulp', url: O('stichting-wijkteams-amersfoort') },
  { q: 'wmo aanvragen', url: R('wmo-ondersteuning') },
  { q: 'wijkteam', url: O('stichting-wijkteams-amersfoort') },
  { q: 'eigen bijdrage wmo', url: O('cak') },
  { q: 'sociaal raadslieden', url: O('stadsring') },
  { q: 'ervaringsmaatje', url: O('sovee') },
  { q: 'kinderopvangtoeslag', url: R('kinderopvangtoeslag') },
  { q: 'toeslag kinderopvang', url: R('kinderopvangtoeslag') },
  { q: 'bijstandsuitkering', url: R('bijstand') },
  { q: 'aow te laag', url: R('aio') },
  { q: 'jonge mantelzorger', url: R('jonge-mantelzorgers') },
  { q: 'logeeropvang dementie', url: R('logeeropvang-dementie') },
  { q: 'hulp met formulieren invullen', url: R('hulp-bij-formulieren') },
  { q: 'bijverdienen in de bijstand', url: R('werken-naast-bijstand') },
  { q: 'beschermd wonen eigen bijdrage', url: R('eigen-bijdrage-beschermd-wonen') },
  // Wijken
  { q: 'zielhorst', url: W('zielhorst') },
  { q: 'de brand', url: W('zielhorst') },
  { q: 'schothorst zuid', url: W('schothorst-zuid') },
  { q: 'kattenbroek', url: W('kattenbroek') },
  { q: 'soesterkwartier', url: W('soesterkwartier') },
  { q: 'hooglanderveen', url: W('hooglanderveen') },
  { q: 'vathorst de laak', url: W('vathorst-de-laak') },
  { q: 'liendert', url: W('liendert') },
  { q: 'middelpunt', url: O('t-middelpunt') },
  { q: "'t middelpunt", url: O('t-middelpunt') },
  { q: 'wijkteam schothorst', url: O('wijkteam-schothorst-zielhorst') },
  { q: 'informatiewinkel', url: O('indebuurt033') },
  { q: 'in de buurt033', url: O('indebuurt033') },
  // Vragen in gewone taal
  { q: 'schoolspullen', url: R('stichting-leergeld') },
  { q: 'kinderen sport', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'geld voor sport van mijn zoon', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'zorgverzekeringen', url: R('collectieve-zorgverzekering') },
  { q: 'ik zorg voor mijn moeder', url: R('mantelzorgondersteuning') },
  { q: 'uitkering', url: R('bijstand') },
  { q: 'scootmobiel', url: R('wmo-ondersteuning') },
  { q: 'deurwaarder aan de deur', url: R('schuldhulpverlening') },
  { q: 'ik kan mijn huur niet betalen', url: R('woonkostentoeslag') },
  { q: 'wasmachien', url: R('woninginrichting') },
  // Hoofdpagina's
  { q: 'waar heb ik recht op', url: '/check/' },
  { q: 'alle regelingen', url: '/regelingen/' },
  { q: 'privacy', url: '/privacy/' },
  // English
  { q: 'rent benefit', url: ER('huurtoeslag'), locale: 'en' },
  { q: 'child benefit', url: ER('kinderbijslag'), locale: 'en' },
  { q: 'food bank', url: ER('voedselbank'), locale: 'en' },
  { q: 'debt help', url: ER('schuldhulpverlening'), locale: 'en' },
  { q: 'healthcare benefit', url: ER('zorgtoeslag'), locale: 'en' },
  { q: 'municipal tax', url: ER('kwijtschelding-gemeentelijke-belastingen'), locale: 'en' },
  { q: 'kwijtschelding', url: ER('kwijtschelding-gemeentelijke-belastingen'), locale: 'en' },
  { q: 'carer', url: ER('mantelzorgwaardering'), locale: 'en' },
  { q: 'clothing', url: ER('kledingbank'), locale: 'en' },
  { q: 'pet vet', url: ER('dierenregeling'), locale: 'en' },
  { q: 'neighbourhood team', url: EO('stichting-wijkteams-amersfoort'), locale: 'en' },
  { q: 'childcare benefit', url: ER('kinderopvangtoeslag'), locale: 'en' },
  { q: 'help at home', url: ER('wmo-ondersteuning'), locale: 'en' },
  { q: 'kattenbroek', url: '/en/neighbourhoods/kattenbroek/', locale: 'en' },
  { q: 'health insurance', url: ER('collectieve-zorgverzekering'), locale: 'en' },
  { q: 'water tax', url: ER('kwijtschelding-waterschapsbelasting'), locale: 'en' },
  { q: 'id card child', url: ER('gratis-identiteitskaart-kinderen'), locale: 'en' },
  { q: 'help with forms', url: ER('hulp-bij-formulieren'), locale: 'en' },
  { q: 'debts', url: ER('schuldhulpverlening'), locale: 'en' },
  { q: 'social assistance', url: ER('bijstand'), locale: 'en' },
  { q: 'sports club for my child', url: ER('jeugdfonds-sport-en-cultuur'), locale: 'en' },
  { q: 'dementia meeting centre', url: ER('ontmoetingscentra-dementie'), locale: 'en' },
  { q: 'what am i entitled to', url: '/en/check/', locale: 'en' },

  // Added with issue 16: whole sentences as people type them, colloquial words, typos, compounds, English.
  // Sentences
  { q: 'ik kan mijn gemeentelijke belasting niet betalen', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'hoe vraag ik huurtoeslag aan', url: R('huurtoeslag') },
  { q: 'ik heb schulden en weet niet wat ik moet doen', url: R('schuldhulpverlening') },
  { q: 'mijn kind wil op voetbal maar dat is te duur', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'geld voor kinderen', url: R('kinderbijslag') },
  { q: 'ik zorg voor mijn vader met dementie', url: '/mantelzorg/' },
  { q: 'wie helpt mij met formulieren invullen', url: R('hulp-bij-formulieren') },
  { q: 'ik heb geen geld voor eten', url: R('voedselbank') },
  { q: 'mijn wasmachine is kapot en ik heb geen geld', url: R('woninginrichting') },
  { q: 'brief van de deurwaarder', url: R('schuldhulpverlening') },
  { q: 'wat is een mantelzorgcompliment', url: R('mantelzorgwaardering') },
  { q: 'ik ben mantelzorger en heb even rust nodig', url: '/mantelzorg/' },
  { q: 'aanslag gemeente te hoog', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'hond kat', url: R('dierenregeling') },
  { q: 'stroom gas te duur', url: R('energietoeslag') },
  // Colloquial words
  { q: 'kids sport', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'kleren voor de kids', url: R('kledingbank') },
  { q: 'boodschappen betalen lukt niet', url: R('voedselbank') },
  { q: 'hondje naar de dierenarts', url: R('dierenregeling') },
  { q: 'poetshulp', url: R('wmo-ondersteuning') },
  { q: 'schoolreisje betalen', url: R('stichting-leergeld') },
  // Typos
  { q: 'huurtoeslag aanvrgen', url: R('huurtoeslag') },
  { q: 'zorgtoeslg', url: R('zorgtoeslag') },
  { q: 'schuldhulpverleneng', url: R('schuldhulpverlening') },
  { q: 'voedselbnak', url: R('voedselbank') },
  { q: 'mantelzrog', url: '/mantelzorg/' },
  { q: 'kwijtschelding gemeentebelastign', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'bijstandsuitkring', url: R('bijstand') },
  { q: 'kinderopvangtoesalg', url: R('kinderopvangtoeslag') },
  { q: 'leegeld', url: R('stichting-leergeld') },
  { q: 'jeugfonds', url: R('jeugdfonds-sport-en-cultuur') },
  // Compounds, both ways
  { q: 'mantelzorgcompliment', url: R('mantelzorgwaardering') },
  { q: 'zwemdiploma', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'gemeentebelastingen', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'hondenbelasting', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'gemeente belasting', url: R('kwijtschelding-gemeentelijke-belastingen') },
  { q: 'huurachterstand', url: R('schuldhulpverlening') },
  { q: 'zorgpremie', url: R('zorgtoeslag') },
  { q: 'sportvereniging', url: R('jeugdfonds-sport-en-cultuur') },
  { q: 'voedselpakketten', url: R('voedselbank') },
  { q: 'kinderfiets', url: R('stichting-leergeld') },
  { q: 'energierekening', url: R('energietoeslag') },
  { q: 'toeslag huur', url: R('huurtoeslag') },
  // Wijken: the wijk page first
  { q: 'wijkteam vathorst', url: /^\/wijken\/[a-z-]*vathorst/ },
  { q: 'informatiewinkel schothorst', url: /^\/wijken\/schothorst-/ },
  { q: 'wijkteam kattenbroek', url: W('kattenbroek') },
  { q: 'buurthuis zielhorst', url: W('zielhorst') },
  { q: 'ik woon in nieuwland', url: W('nieuwland') },
  { q: 'hulp in mijn wijk', url: '/wijken/' },
  { q: 'de hoef', url: W('de-hoef') },
  // Main pages and organisations by their names
  { q: 'mantelzorger', url: '/mantelzorg/' },
  { q: 'cliëntondersteuning', url: '/clientondersteuning/' },
  { q: 'wijken', url: '/wijken/' },
  { q: 'regelingen', url: '/regelingen/' },
  { q: 'voedselbank amersfoort', url: O('voedselbank-amersfoort') },
  { q: 'gemeente amersfoort', url: O('gemeente-amersfoort') },
  { q: 'svb', url: O('svb') },
  { q: 'dienst toeslagen', url: O('dienst-toeslagen') },
  // English
  { q: 'how do i apply for rent benefit', url: ER('huurtoeslag'), locale: 'en' },
  { q: 'i cannot pay my council tax', url: ER('kwijtschelding-gemeentelijke-belastingen'), locale: 'en' },
  { q: 'money for my kids sport', url: ER('jeugdfonds-sport-en-cultuur'), locale: 'en' },
  { q: 'carers', url: '/en/carers/', locale: 'en' },
  { q: 'food parcel', url: ER('voedselbank'), locale: 'en' },
  { q: 'free clothes for children', url: ER('kledingbank'), locale: 'en' },
  { q: 'help with debts', url: ER('schuldhulpverlening'), locale: 'en' },
  { q: 'neighbourhood team vathorst', url: /^\/en\/neighbourhoods\/[a-z-]*vathorst/, locale: 'en' },
  { q: 'client support', url: '/en/client-support/', locale: 'en' },
  { q: 'healthcare allowence', url: ER('zorgtoeslag'), locale: 'en' },
  { q: 'my washing machine broke', url: ER('woninginrichting'), locale: 'en' },
  { q: 'energy bill too high', url: ER('energietoeslag'), locale: 'en' },
  { q: 'caring for my mum', url: '/en/carers/', locale: 'en' },
  // English search terms of the entries themselves (content/translations/en/*): each of these found nothing useful before.
  { q: 'bailiff', url: ER('schuldhulpverlening'), locale: 'en' },
  { q: 'rent arrears', url: ER('schuldhulpverlening'), locale: 'en' },
  { q: 'housing benefit', url: ER('huurtoeslag'), locale: 'en' },
  { q: 'welfare benefit', url: ER('bijstand'), locale: 'en' },
  { q: 'stairlift', url: ER('wmo-ondersteuning'), locale: 'en' },
  { q: 'mobility scooter', url: ER('wmo-ondersteuning'), locale: 'en' },
  { q: 'memory problems', url: ER('ontmoetingscentra-dementie'), locale: 'en' },
  { q: 'neuter my cat', url: ER('dierenregeling'), locale: 'en' },
  { q: 'nursery costs', url: ER('kinderopvangtoeslag'), locale: 'en' },
  { q: 'deductible', url: ER('collectieve-zorgverzekering'), locale: 'en' },
  // Arabic, Turkish and Ukrainian (issue 13): the words people use in those languages, and the Dutch name from a letter.
  ...(['ar', 'tr', 'uk'] as const).flatMap((locale) => {
    const r = (slug: string) => `/${locale}/regelingen/${slug}/`;
    const words: Record<typeof locale, [string, string][]> = {
      ar: [
        ['إعانة الإيجار', r('huurtoeslag')], ['بنك الطعام', r('voedselbank')], ['الديون', r('schuldhulpverlening')], ['التأمين الصحي', r('zorgtoeslag')],
        ['الضرائب البلدية', r('kwijtschelding-gemeentelijke-belastingen')], ['رعاية الأقارب', `/${locale}/mantelzorg/`], ['الملابس', r('kledingbank')],
        ['حيوان أليف', r('dierenregeling')], ['المساعدة الاجتماعية', r('bijstand')], ['رياضة للأطفال', r('jeugdfonds-sport-en-cultuur')],
        ['مساعدة في الاستمارات', r('hulp-bij-formulieren')], ['بطاقة هوية للأطفال', r('gratis-identiteitskaart-kinderen')],
      ],
      tr: [
        ['kira yardımı', r('huurtoeslag')], ['gıda bankası', r('voedselbank')], ['borçlar', r('schuldhulpverlening')], ['sağlık sigortası', r('collectieve-zorgverzekering')],
        ['çocuk parası', r('kinderbijslag')], ['belediye vergisi', r('kwijtschelding-gemeentelijke-belastingen')], ['yakın bakımı', `/${locale}/mantelzorg/`],
        ['evcil hayvan', r('dierenregeling')], ['sosyal yardım', r('bijstand')], ['çocuk için spor', r('jeugdfonds-sport-en-cultuur')],
        ['form doldurma yardımı', r('hulp-bij-formulieren')], ['cocuk kimlik karti', r('gratis-identiteitskaart-kinderen')],
      ],
      uk: [
        ['допомога на оренду', r('huurtoeslag')], ['продовольчий банк', r('voedselbank')], ['борги', r('schuldhulpverlening')], ['медичне страхування', r('zorgtoeslag')],
        ['муніципальні податки', r('kwijtschelding-gemeentelijke-belastingen')], ['догляд за близькими', `/${locale}/mantelzorg/`], ['одяг', r('kledingbank')],
        ['домашня тварина', r('dierenregeling')], ['соціальна допомога', r('bijstand')], ['спорт для дитини', r('jeugdfonds-sport-en-cultuur')],
        ['допомога з формулярами', r('hulp-bij-formulieren')], ['деменція', r('ontmoetingscentra-dementie')],
      ],
    };
    return [...words[locale], ['huurtoeslag', r('huurtoeslag')] as [string, string]].map(([q, url]) => ({ q, url, locale }));
  }),
];

/**
 * Examples from issue 16 that must find their page first, not only in the top 3:
 * hub pages for their own names, wijk queries to the wijk page.
 */
export const FIRST: string[] = [
  'mantelzorg', 'mantelzorger', 'carers', 'clientondersteuning', 'cliëntondersteuning', 'client support', 'wijken', 'regelingen',
  'wijkteam vathorst', 'informatiewinkel schothorst', 'wijkteam kattenbroek', 'neighbourhood team vathorst',
];

/** Queries that must find nothing: no word of them means anything on this website. */
export const NONSENSE: { q: string; locale?: 'nl' | 'en' }[] = [
  { q: 'geen-bestaand-woord-xyz' }, { q: 'xqzwv' }, { q: 'asdfgh' }, { q: 'qwertyuiop' }, { q: 'blablabla' }, { q: 'zzzz' },
  { q: 'lorem ipsum dolor' }, { q: 'kjhgf lkjh' }, { q: 'xyz123' }, { q: 'asdfgh qwerty', locale: 'en' }, { q: 'no-such-word-xyz', locale: 'en' },
];
