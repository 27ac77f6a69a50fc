/**
 * Answers → the household contract (src/lib/engine/household.ts, the one definition).
 * Answers to questions that are no longer relevant are kept (never lost) but ignored here.
 * Absent or null means "unknown": the engine then says "Bekijk of het past".
 * Bucket answers travel as ranges ("8 uur of meer" → {atLeast: 8}); nothing is made up.
 * Plausibility checks come from the contract too (plausibility.ts, loaded with the engine), with
 * the question they belong to, so the form, the quick form, share links and stored answers say the same.
 */
import type { Household, HouseholdIssue, Member } from '../../../lib/engine/household.ts';
import type { Quantity } from '../../../lib/engine/interval.ts';
import { parseAgeList, parseAmount, parseWhole } from './amount.ts';
import { INKOMSTEN, UNKNOWN, hasChildren, hasPartner, monthlyIncome, optionsFor, questionById, relevantQuestions, type AnswerValue, type Answers, type FlowEnv } from './questions.ts';

type IncomeSource = (typeof INKOMSTEN)[number];

const str = (v: AnswerValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v: AnswerValue | undefined): string[] => (Array.isArray(v) ? v : []);

function amount(v: AnswerValue | undefined): number | null {
  const s = str(v);
  if (!s || s === UNKNOWN) return null;
  const p = parseAmount(s);
  return p.kind === 'ok' ? p.value : null;
}
function whole(v: AnswerValue | undefined): number | null {
  const s = str(v);
  if (!s || s === UNKNOWN) return null;
  const p = parseWhole(s);
  return p.kind === 'ok' ? p.value : null;
}

/** Only the answers to questions that are asked for these answers. */
export function relevantAnswers(a: Answers, env: FlowEnv): Answers {
  const out: Answers = {};
  for (const q of relevantQuestions(a, env)) {
    if (q.kind === 'group') for (const p of q.parts ?? []) out[p.id] = a[p.id];
    else out[q.id] = a[q.id];
    if (q.reveal && a[q.id] === q.reveal.when) out[q.reveal.sub.id] = a[q.reveal.sub.id];
  }
  return out;
}

const JAREN_RANGE: Record<string, Quantity> = { lt3: { lessThan: 3 }, '3to5': { atLeast: 3, lessThan: 5 }, '5plus': { atLeast: 5 } };
const MEDEBEWONERS_COUNT: Record<string, Quantity> = { nee: 0, '1': 1, '2': 2, '3plus': { atLeast: 3 } };

export function toHousehold(all: Answers, referenceDate: string, env: FlowEnv): Household {
  const a = relevantAnswers(all, env);
  const woon = str(a.woonplaats);
  const sources = list(a.inkomstenbron).filter((s): s is IncomeSource => (INKOMSTEN as readonly string[]).includes(s));
  const sourcesKnown = list(a.inkomstenbron).length > 0 && !list(a.inkomstenbron).includes(UNKNOWN);
  const situatiesKnown = list(a.situaties).length > 0;
  const sit = (s: string): boolean | null => (situatiesKnown ? list(a.situaties).includes(s) : null);
  const income = monthlyIncome(a);
  const partner = hasPartner(a);

  // The income question asks for the household total. With one kind of income it is put on the
  // applicant (partner 0); with two or more kinds both partners probably earn, so it is split in two.
  // The household sum is the same either way; only "one earner" facts depend on the split.
  const earningKinds = sources.filter((x) => x !== 'none').length;
  const split = partner && income != null && earningKinds >= 2;
  const applicantIncome = income == null ? null : split ? Math.round((income / 2) * 100) / 100 : income;
  const partnerIncome = income == null ? null : split ? Math.round((income - (applicantIncome ?? 0)) * 100) / 100 : 0;
  // The gross yearly income (jaaropgaaf) is asked per adult. The net is asked for the household and
  // split by guess above, so one partner's gross next to a guessed net for the other could count an
  // income twice or not at all: for a couple the grosses are used only when both are known.
  const grossApplicant = amount(a.brutoInkomen);
  const grossPartner = amount(a.brutoInkomenPartner);
  const grossKnown = grossApplicant != null && (!partner || grossPartner != null);
  const members: Member[] = [
    {
      role: 'applicant',
      age: whole(a.leeftijd),
      netMonthlyIncome: applicantIncome,
      ...(grossKnown ? { grossYearlyIncome: grossApplicant } : {}),
      incomeSources: sourcesKnown ? sources : null,
      student: sit('studie'),
    },
  ];
  if (partner) {
    members.push({
      role: 'partner',
      age: whole(a.leeftijdPartner),
      netMonthlyIncome: partnerIncome,
      ...(grossKnown ? { grossYearlyIncome: grossPartner } : {}),
      // Asked for the household together: the same sources for both partners.
      incomeSources: sourcesKnown ? sources : null,
      student: situatiesKnown ? false : null,
    });
  }
  if (hasChildren(a)) for (const age of parseAgeList(str(a.kinderen) ?? '') ?? []) members.push({ role: 'child', age });

  const wonen = str(a.wonen);
  const mantelzorg = sit('mantelzorg');
  const uren = str(a.zorgUren);
  const duur = str(a.zorgDuur);
  const zorgA = str(a.zorgGemeente);
  const zorgVoor = list(a.zorgVoor).filter((x) => x !== UNKNOWN);
  const mede = str(a.medebewoners);
  const ontvangt = list(a.ontvangt);
  const ontvangtQ = questionById('ontvangt');
  const offered = ontvangtQ ? optionsFor(ontvangtQ, all, env) : [];

  const h: Household = {
    referenceDate,
    municipality: woon === 'gemeente' ? (env.municipality ?? null) : woon === 'elders' ? 'elders' : null,
    members,
    // The income question says not to count holiday pay; some people will have counted it anyway.
    incomeMayIncludeHolidayPay: income != null && income > 0 ? true : null,
    housemates27Plus: mede === undefined ? undefined : mede === UNKNOWN ? null : (MEDEBEWONERS_COUNT[mede] ?? null),
    assets: amount(a.vermogen),
    housing: {
      type: wonen && wonen !== UNKNOWN ? (wonen as NonNullable<NonNullable<Household['housing']>['type']>) : null,
      monthlyRent: wonen === 'rent' ? amount(a.huur) : null,
    },
    yearsOnLowIncome: str(a.jarenLaag) ? (JAREN_RANGE[str(a.jarenLaag) as string] ?? null) : null,
    hasDebts: sit('geldzorgen'),
    caregiving:
      mantelzorg === null
        ? null
        : mantelzorg
          ? {
              givesCare: true,
              hoursPerWeek: uren === 'lt8' ? { lessThan: 8 } : uren === '8plus' ? { atLeast: 8 } : null,
              months: duur === 'lt3m' ? { atMost: 3 } : duur === '3mplus' ? { moreThan: 3 } : null,
              careRecipientInMunicipality: zorgA === 'ja' ? true : zorgA === 'nee' ? false : null,
              careFor: zorgVoor.length ? (zorgVoor as NonNullable<NonNullable<Household['caregiving']>['careFor']>) : null,
            }
          : { givesCare: false },
    hasPet: sit('huisdier'),
    hasSpecialCosts: sit('kosten'),
    monthlyFixedCosts: amount(a.vasteLasten),
    receiving:
      ontvangt.length === 0 || ontvangt.includes(UNKNOWN) ? null : ontvangt.filter((x) => x !== 'geen' && offered.includes(x)),
  };
  if (h.housemates27Plus === undefined) delete h.housemates27Plus;
  return h;
}

/** Which question an issue of the household contract belongs to (for the form's error message). */
export function questionOfIssue(issue: HouseholdIssue, h: Household): string | null {
  const m = /^members\[(\d+)\]\.(\w+)/.exec(issue.path);
  if (m) {
    const member = h.members?.[Number(m[1])];
    if (m[2] === 'age') return member?.role === 'child' ? 'kinderen' : member?.role === 'partner' ? 'leeftijdPartner' : 'leeftijd';
    if (m[2] === 'netMonthlyIncome') return 'inkomen';
    if (m[2] === 'grossYearlyIncome') return member?.role === 'partner' ? 'brutoInkomenPartner' : 'brutoInkomen';
    return null;
  }
  const direct: Record<string, string> = {
    members: 'kinderen',
    yearsOnLowIncome: 'jarenLaag',
    assets: 'vermogen',
    'housing.monthlyRent': 'huur',
    monthlyFixedCosts: 'vasteLasten',
    housemates27Plus: 'medebewoners',
  };
  return direct[issue.path] ?? null;
}

/** Today as YYYY-MM-DD in local time. */
export function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
