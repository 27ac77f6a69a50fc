/**
 * Realistic queries and the page that must be in the top 3.
 * Written as residents type: no diacritics, typos, plain words, half questions.
 * Only pages that exist in content/ (checked by the test: a missing page fails loudly).
 */
export interface QualityCase {
  q: string;
  url: string;
  locale?: 'nl' | 'en';
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
  { q: 'what am i entitled to', url: '/en/check/', locale: 'en' },
];
