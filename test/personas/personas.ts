/**
 * The personas from the December 2026 journeys (../shared/reference/journeys-2026-12.md), as the
 * answers they give in the check. Shared by the persona unit tests and the e2e journeys.
 */
import type { Answers } from '../../src/components/check/logic/questions.ts';

export const SINGLE_MOTHER_ON_BIJSTAND: Answers = {
  woonplaats: 'gemeente',
  situatie: 'alleen-kinderen',
  kinderen: '8, 14',
  leeftijd: '34',
  inkomstenbron: ['bijstand'],
  inkomen: '1.420',
  medebewoners: 'nee',
  vermogen: '300',
  wonen: 'rent',
  huur: '720',
  ontvangt: ['kinderbijslag', 'kindgebonden-budget'],
  jarenLaag: '5plus',
  situaties: ['geldzorgen'],
  vasteLasten: '1.150',
};

export const AOW_COUPLE_OWN_HOME: Answers = {
  woonplaats: 'gemeente',
  situatie: 'partner',
  leeftijd: '68',
  leeftijdPartner: '66',
  inkomstenbron: ['aow', 'pension'],
  inkomen: '2.100',
  medebewoners: 'nee',
  vermogen: '9.000',
  wonen: 'own',
  ontvangt: ['geen'],
  situaties: ['geen'],
};

export const WORKING_SINGLE_JUST_ABOVE_110: Answers = {
  woonplaats: 'gemeente',
  situatie: 'alleen',
  leeftijd: '29',
  inkomstenbron: ['work'],
  inkomen: '1.520',
  medebewoners: 'nee',
  vermogen: '2.000',
  wonen: 'rent',
  huur: '950',
  ontvangt: ['geen'],
  jarenLaag: 'lt3',
  situaties: ['geen'],
};

export const EARNING_COUPLE_WITH_MANTELZORGER: Answers = {
  woonplaats: 'gemeente',
  situatie: 'partner',
  leeftijd: '52',
  leeftijdPartner: '54',
  inkomstenbron: ['work'],
  inkomen: '4.500',
  vermogen: '15.000',
  wonen: 'own',
  ontvangt: ['geen'],
  situaties: ['mantelzorg'],
  zorgUren: '8plus',
  zorgDuur: '3mplus',
  zorgGemeente: 'ja',
  zorgVoor: ['dementie'],
};

export const PART_TIME_FATHER_WITH_ARREARS: Answers = {
  woonplaats: 'gemeente',
  situatie: 'alleen-kinderen',
  kinderen: '5, 11',
  leeftijd: '41',
  inkomstenbron: ['work'],
  inkomen: '1.350',
  medebewoners: 'nee',
  vermogen: '1.200',
  wonen: 'rent',
  huur: '850',
  ontvangt: ['kinderbijslag', 'kindgebonden-budget'],
  jarenLaag: '5plus',
  situaties: ['geldzorgen'],
  vasteLasten: '1.400',
};

/** "Ik weet het niet" wherever the check offers it (age and household must be answered). */
export const DOES_NOT_KNOW: Answers = {
  woonplaats: '?',
  situatie: 'alleen',
  leeftijd: '45',
  inkomstenbron: ['?'],
  inkomen: '?',
  medebewoners: '?',
  vermogen: '?',
  wonen: '?',
  ontvangt: ['?'],
  jarenLaag: '?',
  situaties: ['geen'],
};

export const IN_AN_INSTITUTION: Answers = {
  woonplaats: 'gemeente',
  situatie: 'alleen',
  leeftijd: '50',
  inkomstenbron: ['uwv'],
  inkomen: '600',
  medebewoners: 'nee',
  vermogen: '500',
  wonen: 'institution',
  ontvangt: ['geen'],
  jarenLaag: '5plus',
  situaties: ['geen'],
};

export const STUDENT: Answers = {
  woonplaats: 'gemeente',
  situatie: 'alleen',
  leeftijd: '22',
  inkomstenbron: ['studiefinanciering'],
  inkomen: '400',
  medebewoners: 'nee',
  vermogen: '800',
  wonen: 'rent',
  huur: '480',
  ontvangt: ['geen'],
  jarenLaag: 'lt3',
  situaties: ['studie'],
};
