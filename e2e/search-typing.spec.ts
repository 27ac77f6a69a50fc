/**
 * Search as residents type it, in Chromium on /zoeken: the examples of issue 16, counts,
 * and no stale results or counts while a new query is typed.
 */
import { test, expect } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { entry, ids, nameOf } from './support/site.ts';

/** The pack's wijken whose name starts like the word "hoog": a query with "te hoog" must not lead there. */
const HOOG_WIJKEN = ids('wijken').filter((id) => id.startsWith('hoog'));
/** The organisation that exists for the Voedselbank regeling, and its name without the part in brackets. */
const VOEDSELBANK_ORG = entry<{ organisation: string }>('regelingen', 'voedselbank').organisation;
const VOEDSELBANK_ORG_NAME = nameOf('organisaties', VOEDSELBANK_ORG).replace(/\s*\([^)]*\)\s*$/, '');

const box = (page: Page) => page.getByRole('searchbox', { name: /Waar zoekt u hulp bij|What do you need help with/ });
const links = (page: Page) => page.locator('#search-page-results .search-result__link');

/** Types the query into the box as a person would and waits until the page shows the results for it. */
async function search(page: Page, q: string): Promise<string[]> {
  await box(page).fill('');
  await box(page).pressSequentially(q, { delay: 20 });
  await expect(page.locator(`.search-page__results[data-results-for="${q.trim()}"]`)).toBeVisible();
  return links(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('issue 16 examples find the right page first or in the top 3', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/zoeken/');
  const top3 = async (q: string) => (await search(page, q)).slice(0, 3);
  expect(await top3('mantelzorgcompliment')).toContain('/regelingen/mantelzorgwaardering/');
  expect(await top3('zwemdiploma')).toContain('/regelingen/jeugdfonds-sport-en-cultuur/');
  expect(await top3('gemeentebelasting')).toContain('/regelingen/kwijtschelding-gemeentelijke-belastingen/');
  expect(await top3('gemeente belasting')).toContain('/regelingen/kwijtschelding-gemeentelijke-belastingen/');
  expect(await top3('geld voor kinderen')).toEqual(expect.arrayContaining(['/regelingen/kinderbijslag/', '/regelingen/kindgebonden-budget/']));
  const aanslag = await top3('aanslag gemeente te hoog');
  expect(aanslag[0]).toBe('/regelingen/kwijtschelding-gemeentelijke-belastingen/');
  expect(aanslag.filter((u) => HOOG_WIJKEN.some((id) => u.startsWith(`/wijken/${id}`)))).toEqual([]);
  const dieren = await search(page, 'hond kat');
  expect(dieren[0]).toBe('/regelingen/dierenregeling/');
  expect(dieren).not.toContain('/wijken/kattenbroek/');
  const energie = await search(page, 'stroom gas te duur');
  expect(energie.slice(0, 3)).toContain('/regelingen/energietoeslag/');
  expect(energie).not.toContain('/organisaties/sociale-gasten/');
  expect((await search(page, 'mantelzorg'))[0]).toBe('/mantelzorg/');
  expect((await search(page, 'clientondersteuning'))[0]).toBe('/clientondersteuning/');
  expect((await search(page, 'wijken'))[0]).toBe('/wijken/');
  expect((await search(page, 'regelingen'))[0]).toBe('/regelingen/');
  expect((await search(page, 'wijkteam Vathorst'))[0]).toMatch(/^\/wijken\/[a-z-]*vathorst/);
  expect((await search(page, 'informatiewinkel Schothorst'))[0]).toMatch(/^\/wijken\/schothorst-/);
  expect(await search(page, 'geen-bestaand-woord-xyz')).toEqual([]);
  await expect(page.locator('.search-page__empty')).toHaveText('Geen resultaten. Probeer een ander woord of bekijk de A-Z-lijst.');

  await page.goto('/en/search/');
  expect((await search(page, 'carers'))[0]).toBe('/en/carers/');
});

test('a regeling and the organisation that exists for it are one result that names the organisation', async ({ page }) => {
  await page.goto('/zoeken/');
  const found = await search(page, 'eten gratis');
  expect(found[0]).toBe('/regelingen/voedselbank/');
  expect(found).not.toContain(`/organisaties/${VOEDSELBANK_ORG}/`);
  await expect(page.locator('#search-page-results li').first().locator('.search-result__org')).toContainText(VOEDSELBANK_ORG_NAME);
  // Typing the organisation's name finds the organisation itself.
  expect((await search(page, VOEDSELBANK_ORG_NAME.toLocaleLowerCase('nl')))[0]).toBe(`/organisaties/${VOEDSELBANK_ORG}/`);
});

test('the count says the real number, or "meer dan 20" with the best 20 listed', async ({ page }) => {
  await page.goto('/zoeken/');
  const few = await search(page, 'schulden');
  await expect(page.locator('.search-page__count')).toHaveText(`${few.length} resultaten voor ‘schulden’.`);
  const many = await search(page, 'wijk');
  expect(many).toHaveLength(20);
  await expect(page.locator('.search-page__count')).toHaveText('Meer dan 20 resultaten voor ‘wijk’. Hieronder staan de beste 20.');
  await expect(page.locator('[role="status"].search-page__live')).toHaveText('Meer dan 20 resultaten voor ‘wijk’. Hieronder staan de beste 20.');
});

test('while a new query is typed, the results and the count always belong to the text in the box', async ({ page }) => {
  await page.goto('/zoeken/');
  await search(page, 'huurtoeslag');
  // Before every paint, compare what the page shows with what is in the box.
  await page.evaluate(() => {
    const w = window as unknown as { staleFrames: string[]; stopWatch: boolean };
    w.staleFrames = [];
    w.stopWatch = false;
    const input = document.querySelector<HTMLInputElement>('#search-page-q') as HTMLInputElement;
    const section = document.querySelector<HTMLElement>('.search-page__results') as HTMLElement;
    const check = () => {
      const typed = input.value.trim();
      const shownFor = section.dataset.resultsFor;
      const count = section.querySelector('.search-page__count')?.textContent ?? '';
      const items = section.querySelectorAll('.search-result').length;
      if ((shownFor !== undefined && shownFor !== typed) || (items > 0 && shownFor !== typed) || (count && !count.includes(`‘${typed}’`) && !count.startsWith('Geen'))) {
        w.staleFrames.push(`box "${typed}", shown for "${shownFor}", count "${count}"`);
      }
      if (!w.stopWatch) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await box(page).selectText();
  await page.keyboard.press('Backspace');
  await box(page).pressSequentially('kinderbijslag', { delay: 60 });
  await expect(page.locator('.search-page__results[data-results-for="kinderbijslag"]')).toBeVisible();
  await expect(links(page).first()).toHaveAttribute('href', '/regelingen/kinderbijslag/');
  // And retyping a word letter by letter after deleting it.
  for (let i = 0; i < 'bijslag'.length; i++) await page.keyboard.press('Backspace');
  await box(page).pressSequentially('opvangtoeslag', { delay: 60 });
  await expect(page.locator('.search-page__results[data-results-for="kinderopvangtoeslag"]')).toBeVisible();
  const stale = await page.evaluate(() => {
    const w = window as unknown as { staleFrames: string[]; stopWatch: boolean };
    w.stopWatch = true;
    return w.staleFrames;
  });
  expect(stale).toEqual([]);
});
