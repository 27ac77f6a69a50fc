/**
 * AOW age per calendar year, as set by law (Algemene Ouderdomswet art. 7a; rijksoverheid.nl
 * "Wanneer gaat mijn AOW in", fact sheet §5.4 and addendum §5.7): 67 years in 2024–2027,
 * 67 years and 3 months in 2028–2031. Outside these years the AOW age is unknown to the engine.
 */
const AOW_AGE_BY_YEAR: Record<number, { years: number; months: number }> = {
  2024: { years: 67, months: 0 },
  2025: { years: 67, months: 0 },
  2026: { years: 67, months: 0 },
  2027: { years: 67, months: 0 },
  2028: { years: 67, months: 3 },
  2029: { years: 67, months: 3 },
  2030: { years: 67, months: 3 },
  2031: { years: 67, months: 3 },
};

export function aowAgeOn(referenceDate: string): { years: number; months: number } | undefined {
  return AOW_AGE_BY_YEAR[Number(referenceDate.slice(0, 4))];
}

/**
 * Has someone aged `age` (whole years) reached the AOW age on the reference date?
 * Undefined when it cannot be told: the whole-year age equals the AOW age in years while the
 * AOW age also has months, or the AOW age for that year is unknown.
 */
export function hasReachedAowAge(age: number, referenceDate: string): boolean | undefined {
  const aow = aowAgeOn(referenceDate);
  // The AOW age has never been below 65, so a younger person has not reached it in any year.
  if (!aow) return age < 65 ? false : undefined;
  if (age < aow.years) return false;
  if (age > aow.years) return true;
  return aow.months === 0 ? true : undefined;
}
