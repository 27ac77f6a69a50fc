/**
 * The rules and norm sets as the browser and the CLI load them (JSON imports, bundled by Vite/esbuild).
 * test/rules/examples.test.ts fails when a rule or norm file in content/ is missing here.
 */
import type { NormSet, Rule } from './types.ts';

import aio from '../../../content/regelingen/aio.rule.json' with { type: 'json' };
import bijstand from '../../../content/regelingen/bijstand.rule.json' with { type: 'json' };
import bijzondereBijstand from '../../../content/regelingen/bijzondere-bijstand.rule.json' with { type: 'json' };
import collectieveZorgverzekering from '../../../content/regelingen/collectieve-zorgverzekering.rule.json' with { type: 'json' };
import dierenregeling from '../../../content/regelingen/dierenregeling.rule.json' with { type: 'json' };
import geldloket from '../../../content/regelingen/geldloket.rule.json' with { type: 'json' };
import gratisIdentiteitskaartKinderen from '../../../content/regelingen/gratis-identiteitskaart-kinderen.rule.json' with { type: 'json' };
import hulpBijFormulieren from '../../../content/regelingen/hulp-bij-formulieren.rule.json' with { type: 'json' };
import huurtoeslag from '../../../content/regelingen/huurtoeslag.rule.json' with { type: 'json' };
import individueleInkomenstoeslag from '../../../content/regelingen/individuele-inkomenstoeslag.rule.json' with { type: 'json' };
import jeugdfondsSportEnCultuur from '../../../content/regelingen/jeugdfonds-sport-en-cultuur.rule.json' with { type: 'json' };
import kinderbijslag from '../../../content/regelingen/kinderbijslag.rule.json' with { type: 'json' };
import kinderopvangtoeslag from '../../../content/regelingen/kinderopvangtoeslag.rule.json' with { type: 'json' };
import kindgebondenBudget from '../../../content/regelingen/kindgebonden-budget.rule.json' with { type: 'json' };
import kwijtscheldingGemeentelijkeBelastingen from '../../../content/regelingen/kwijtschelding-gemeentelijke-belastingen.rule.json' with { type: 'json' };
import kwijtscheldingWaterschapsbelasting from '../../../content/regelingen/kwijtschelding-waterschapsbelasting.rule.json' with { type: 'json' };
import mantelzorgondersteuning from '../../../content/regelingen/mantelzorgondersteuning.rule.json' with { type: 'json' };
import mantelzorgwaardering from '../../../content/regelingen/mantelzorgwaardering.rule.json' with { type: 'json' };
import onafhankelijkeClientondersteuning from '../../../content/regelingen/onafhankelijke-clientondersteuning.rule.json' with { type: 'json' };
import schuldhulpmaatje from '../../../content/regelingen/schuldhulpmaatje.rule.json' with { type: 'json' };
import schuldhulpverlening from '../../../content/regelingen/schuldhulpverlening.rule.json' with { type: 'json' };
import sociaalRaadslieden from '../../../content/regelingen/sociaal-raadslieden.rule.json' with { type: 'json' };
import stichtingLeergeld from '../../../content/regelingen/stichting-leergeld.rule.json' with { type: 'json' };
import tegemoetkomingAlleenverdieners from '../../../content/regelingen/tegemoetkoming-alleenverdieners.rule.json' with { type: 'json' };
import voedselbank from '../../../content/regelingen/voedselbank.rule.json' with { type: 'json' };
import werkenNaastBijstand from '../../../content/regelingen/werken-naast-bijstand.rule.json' with { type: 'json' };
import zorgtoeslag from '../../../content/regelingen/zorgtoeslag.rule.json' with { type: 'json' };
import n2026_01_01 from '../../../content/normen/2026-01-01.json' with { type: 'json' };
import n2026_07_01 from '../../../content/normen/2026-07-01.json' with { type: 'json' };

export const RULES: Rule[] = [
  aio,
  bijstand,
  bijzondereBijstand,
  collectieveZorgverzekering,
  dierenregeling,
  geldloket,
  gratisIdentiteitskaartKinderen,
  hulpBijFormulieren,
  huurtoeslag,
  individueleInkomenstoeslag,
  jeugdfondsSportEnCultuur,
  kinderbijslag,
  kinderopvangtoeslag,
  kindgebondenBudget,
  kwijtscheldingGemeentelijkeBelastingen,
  kwijtscheldingWaterschapsbelasting,
  mantelzorgondersteuning,
  mantelzorgwaardering,
  onafhankelijkeClientondersteuning,
  schuldhulpmaatje,
  schuldhulpverlening,
  sociaalRaadslieden,
  stichtingLeergeld,
  tegemoetkomingAlleenverdieners,
  voedselbank,
  werkenNaastBijstand,
  zorgtoeslag,
] as unknown as Rule[];

export const NORM_SETS: NormSet[] = [
  n2026_01_01,
  n2026_07_01,
] as unknown as NormSet[];
