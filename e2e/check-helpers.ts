/** Shared steps for the check e2e specs (e2e/check-*.spec.ts). */
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { ui } from './support/strings.ts';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function axe(page: Page, where: string) {
  const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}x, e.g. ${v.nodes[0]?.target.join(' ')}`);
  expect(summary, `axe violations at ${where}`).toEqual([]);
}

/** One answer: a radio label, checkbox labels, text for the (only) textbox, or "unknown". */
export type Step =
  | { radio: string; reveal?: { text?: string; select?: string; unknown?: boolean } }
  | { check: string[] }
  | { text: string }
  | { unknown: true }
  | { radios: string[] };

/**
 * A single parent on bijstand with two children, renting: the household of the speed bench,
 * the offline test and the screenshot comparison (scripts/compare-screens.ts).
 */
export const SINGLE_PARENT: Answers = {
  woonplaats: { radio: 'Ja' },
  situatie: { radio: 'Alleen met mijn kind of kinderen' },
  kinderen: { text: '4, 9' },
  leeftijd: { text: '34' },
  inkomstenbron: { check: ['Bijstand'] },
  inkomen: { text: '1300' },
  medebewoners: { radio: 'Nee' },
  vermogen: { text: '300' },
  wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '650' } },
  ontvangt: { check: ['Kinderbijslag'] },
  jarenLaag: { radio: '5 jaar of langer' },
  situaties: { check: ['Geen van deze'] },
};

export interface Lang {
  next: string;
  unknown: string;
  submit: string;
  start: string;
  homeLink: string;
}
/** The first question ("Woont u in de gemeente …?"), with the pack's municipality filled in. */
export const WOONPLAATS = ui('nl', 'check', 'q.woonplaats.title');

export const NL: Lang = { next: 'Volgende', unknown: 'Ik weet het niet', submit: 'Bekijk de uitkomst', start: 'Begin met de check', homeLink: 'Start de check' };
export const EN: Lang = { next: 'Next', unknown: 'I do not know', submit: 'See the result', start: 'Start the check', homeLink: 'Start the check' };

export async function answer(page: Page, step: Step, lang: Lang = NL) {
  const form = page.locator('form.check-form');
  if ('radio' in step) {
    await form.getByRole('radio', { name: step.radio, exact: true }).first().check();
    if (step.reveal?.text !== undefined) await form.locator('.check-reveal input[type=text]').fill(step.reveal.text);
    if (step.reveal?.unknown) await form.locator('.check-reveal').getByRole('checkbox', { name: lang.unknown }).check();
    if (step.reveal?.select !== undefined) await form.locator('.check-reveal select').selectOption({ label: step.reveal.select });
  } else if ('radios' in step) {
    const sets = form.locator('fieldset');
    for (let i = 0; i < step.radios.length; i++) await sets.nth(i).getByRole('radio', { name: step.radios[i]!, exact: true }).check();
  } else if ('check' in step) {
    for (const c of step.check) await form.getByRole('checkbox', { name: c, exact: true }).check();
  } else if ('text' in step) {
    await form.locator('input[type=text]').first().fill(step.text);
  } else {
    const box = form.getByRole('checkbox', { name: lang.unknown, exact: true });
    if (await box.count()) await box.check();
    else await form.getByRole('radio', { name: lang.unknown, exact: true }).check();
  }
}

export async function next(page: Page, lang: Lang = NL) {
  const before = await page.locator('#check-heading').textContent();
  await page.locator('form.check-form').getByRole('button').click();
  await expect(page.locator('#check-heading')).not.toHaveText(before ?? '');
}

/** Answers per question id (the screen the check shows: `.check[data-screen]`). */
export type Answers = Record<string, Step>;

/**
 * Answers every question the check asks, by its id, until the summary. A question that is asked
 * but has no answer in `answers` fails the test with its id, so a new question is never skipped
 * silently. `each` runs after each answer, before "Volgende".
 */
export async function answerAll(page: Page, answers: Answers, lang: Lang = NL, each?: (id: string, i: number) => Promise<void>) {
  const asked: string[] = [];
  for (let i = 0; i < 25; i++) {
    const screen = await page.locator('.check').getAttribute('data-screen');
    if (screen === 'summary') break;
    if (!screen || !(screen in answers)) throw new Error(`the check asks "${screen}", which this journey does not answer (asked so far: ${asked.join(', ')})`);
    asked.push(screen);
    await expect(page.locator('#check-heading')).toBeFocused();
    await answer(page, answers[screen]!, lang);
    await each?.(screen, i);
    await next(page, lang);
  }
  return asked;
}

/** From the home page (link "Start de check") through the questions to the results. */
export async function journey(
  page: Page,
  answers: Answers,
  opts: { lang?: Lang; home?: string; axeEachStep?: boolean; beforeSubmit?: () => Promise<void>; onScreen?: (screen: 'home' | 'question') => Promise<void> } = {},
) {
  const lang = opts.lang ?? NL;
  await page.goto(opts.home ?? '/');
  await opts.onScreen?.('home');
  await page.getByRole('link', { name: lang.homeLink, exact: true }).first().click();
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  if (opts.axeEachStep) await axe(page, 'start');
  await page.locator('.check').getByRole('link', { name: lang.start }).click();
  await answerAll(page, answers, lang, async (id) => {
    await opts.onScreen?.('question');
    if (opts.axeEachStep) await axe(page, `question ${id}`);
  });
  await expect(page.locator('.check')).toHaveAttribute('data-screen', 'summary');
  if (opts.axeEachStep) await axe(page, 'summary');
  await opts.beforeSubmit?.();
  await page.getByRole('button', { name: lang.submit }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  if (opts.axeEachStep) await axe(page, 'results');
}

/** Ids of the regelingen in a result group: likely / check / unlikely. */
export async function group(page: Page, status: 'likely' | 'check' | 'unlikely'): Promise<string[]> {
  // The groups below "Waarschijnlijk" render one frame after the results appear: wait for the page's signal.
  await expect(page.locator('[data-testid="check-results"]')).toHaveAttribute('data-complete', 'true');
  return page.locator(`[data-result-status="${status}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-result-id') ?? ''));
}

/** A result card, with its details ("Waarom? En hoe vraagt u het aan?") opened, as someone taps them open. */
export async function openCard(page: Page, id: string) {
  const card = page.locator(`article[data-result-id="${id}"]`).filter({ has: page.locator('summary') }).first();
  const details = card.locator('details.check-result__details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await card.locator('summary').click();
  return card;
}

/** The share link the results offer ("Deel of bewaar"). */
export async function shareLink(page: Page) {
  await page.getByRole('button', { name: 'Deel of bewaar' }).click();
  const url = await page.getByRole('textbox', { name: 'Link naar uw uitkomst' }).inputValue();
  await page.getByRole('button', { name: 'Deel of bewaar' }).click();
  return url;
}
