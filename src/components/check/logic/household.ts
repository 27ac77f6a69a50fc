/**
 * Answers → the engine's household (public contract in docs/rules.md).
 * Answers to questions that are no longer relevant are kept (never lost) but ignored here.
 * Absent or null means "unknown": the engine then says "Bekijk of het past".
 */
import { parseAgeList, parseAmount, parseWhole } from './amount.ts';
import { INKOMSTEN, UNKNOWN, hasChildren, hasPartner, monthlyIncome, relevantQuestions, type AnswerValue, type Answers } from './questions.ts';

type IncomeSource = (typeof INKOMSTEN)[number];
export interface CheckMember {
  role: 'applicant' | 'partner' | 'child';
  age?: number | null;
  netMonthlyIncome?: number | null;
  incomeSources?: IncomeSource[] | null;
  student?: boolean | null;
}
export interface CheckHousehold {
  referenceDate: string;
  municipality: string | null;
  members: CheckMember[];
  assets: number | null;
  housing: { type: 'rent' | 'own' | 'lodger' | 'institution' | 'homeless' | null; monthlyRent: number | null };
  yearsOnLowIncome: number | null;
  hasDebts: boolean | null;
  caregiving: { hoursPerWeek: number | null; months: number | null; careRecipientInAmersfoort: boolean | null };
  hasPet: boolean | null;
  hasSpecialCosts: boolean | null;
  monthlyFixedCosts: number | null;
}

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
export function relevantAnswers(a: Answers): Answers {
  const out: Answers = {};
  for (const q of relevantQuestions(a)) {
    if (q.kind === 'group') for (const p of q.parts ?? []) out[p.id] = a[p.id];
    else out[q.id] = a[q.id];
    if (q.reveal && a[q.id] === q.reveal.when) out[q.reveal.sub.id] = a[q.reveal.sub.id];
  }
  return out;
}

export function toHousehold(all: Answers, referenceDate: string): CheckHousehold {
  const a = relevantAnswers(all);
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
  const members: CheckMember[] = [
    {
      role: 'applicant',
      age: whole(a.leeftijd),
      netMonthlyIncome: applicantIncome,
      incomeSources: sourcesKnown ? sources : null,
      student: sit('studie'),
    },
  ];
  if (partner) {
    members.push({
      role: 'partner',
      age: whole(a.leeftijdPartner),
      netMonthlyIncome: partnerIncome,
      // Asked for the household together: the same sources for both partners.
      incomeSources: sourcesKnown ? sources : null,
      student: situatiesKnown ? false : null,
    });
  }
  if (hasChildren(a)) {
    for (const age of parseAgeList(str(a.kinderen) ?? '') ?? []) members.push({ role: 'child', age });
  }

  const wonen = str(a.wonen);
  const jaren = str(a.jarenLaag);
  const uren = str(a.zorgUren);
  const duur = str(a.zorgDuur);
  const zorgA = str(a.zorgAmersfoort);
  const mantelzorg = sit('mantelzorg');

  return {
    referenceDate,
    municipality: woon === 'amersfoort' ? 'amersfoort' : woon === 'elders' ? 'other' : null,
    members,
    assets: amount(a.vermogen),
    housing: {
      type: wonen && wonen !== UNKNOWN ? (wonen as CheckHousehold['housing']['type']) : null,
      monthlyRent: wonen === 'rent' ? amount(a.huur) : null,
    },
    yearsOnLowIncome: jaren === 'lt3' ? 1 : jaren === '3to5' ? 3 : jaren === '5plus' ? 5 : null,
    hasDebts: sit('geldzorgen'),
    caregiving:
      mantelzorg === false
        ? { hoursPerWeek: 0, months: 0, careRecipientInAmersfoort: null }
        : {
            hoursPerWeek: uren === 'lt8' ? 4 : uren === '8plus' ? 8 : null,
            months: duur === 'lt3m' ? 2 : duur === '3mplus' ? 6 : null,
            careRecipientInAmersfoort: zorgA === 'ja' ? true : zorgA === 'nee' ? false : null,
          },
    hasPet: sit('huisdier'),
    hasSpecialCosts: sit('kosten'),
    monthlyFixedCosts: amount(a.vasteLasten),
  };
}

/** Today as YYYY-MM-DD in local time. */
export function today(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
