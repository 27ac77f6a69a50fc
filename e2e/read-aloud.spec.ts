/**
 * "Lees voor": the browser's own speech synthesis reads the page in its language (and Dutch parts
 * with a Dutch voice), controls labelled in the page's language, hidden without a voice, pause,
 * resume and stop by keyboard. speechSynthesis is stubbed: the tests observe what is passed to speak().
 */
import { test, expect } from './fixtures.ts';
import { PAGE_TYPES } from './support/pageTypes.ts';
import { clearSpoken, speechCalls, spoken, stubSpeech } from './support/speech.ts';
import { ui } from './support/strings.ts';

test('on an Arabic content page the button reads the page: Arabic with an Arabic voice, Dutch names with a Dutch voice', async ({ page }) => {
  await stubSpeech(page, ['ar-SA', 'nl-NL']);
  const url = PAGE_TYPES.find((p) => p.name === 'regeling')!.url.ar;
  await page.goto(url);
  const controls = page.getByRole('group', { name: ui('ar', 'common', 'readAloud.label') });
  const toggle = controls.getByRole('button', { name: ui('ar', 'common', 'readAloud.start') });
  await expect(toggle).toBeVisible();
  await toggle.click();
  const said = await spoken(page);
  expect(said.length).toBeGreaterThan(5);
  const h1 = (await page.locator('h1').innerText()).trim();
  const h1Lang = (await page.locator('h1').getAttribute('lang')) ?? 'ar';
  expect(said).toContainEqual({ text: h1, lang: h1Lang, voice: `Test ${h1Lang === 'nl' ? 'nl-NL' : 'ar-SA'}` });
  expect(said.some((s) => s.lang === 'ar' && s.voice === 'Test ar-SA')).toBe(true);
  // The concept note is read first, without the invisible isolate marks; the controls are not read.
  expect(said[0]!.text).toBe(ui('ar', 'common', 'translation.concept').replace(/[\u2066-\u2069]/g, ''));
  expect(said.map((s) => s.text).join(' ')).not.toContain(ui('ar', 'common', 'readAloud.start'));

  // Keyboard: Enter pauses, Space resumes, Escape stops.
  const pause = controls.getByRole('button', { name: ui('ar', 'common', 'readAloud.pause') });
  await expect(pause).toBeVisible();
  await pause.focus();
  await page.keyboard.press('Enter');
  await expect(controls.getByRole('button', { name: ui('ar', 'common', 'readAloud.resume') })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(pause).toBeFocused();
  await page.keyboard.press('Escape');
  expect(await speechCalls(page)).toEqual(expect.arrayContaining(['pause', 'resume', 'cancel']));
  await expect(toggle).toBeVisible();
  await expect(controls.getByRole('button', { name: ui('ar', 'common', 'readAloud.stop') })).toBeHidden();
});

test('the stop button stops reading; the button shows "Lees voor" again when the voice has finished', async ({ page }) => {
  await stubSpeech(page, ['nl-NL']);
  await page.goto(PAGE_TYPES.find((p) => p.name === 'mantelzorg')!.url.nl);
  await page.getByRole('button', { name: 'Lees voor' }).click();
  expect((await spoken(page)).every((s) => s.lang === 'nl')).toBe(true);
  await page.getByRole('button', { name: 'Stop met voorlezen' }).click();
  expect(await speechCalls(page)).toContain('cancel');
  await page.getByRole('button', { name: 'Lees voor' }).click();
  await page.evaluate(() => (window as unknown as { __speech: { finish(): void } }).__speech.finish());
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop met voorlezen' })).toBeHidden();
});

test('without a voice for the page language the button is not there', async ({ page }) => {
  await stubSpeech(page, ['nl-NL']);
  await page.goto('/ar/');
  await expect(page.locator('.read-aloud')).toBeHidden();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Lees voor' })).toBeVisible();
});

test('in the check, each question and the results can be read aloud in the page language', async ({ page }) => {
  await stubSpeech(page, ['tr-TR']);
  await page.goto('/tr/check/');
  await expect(page.locator('.check[data-ready="true"]')).toBeVisible();
  await page.locator('.check').getByRole('link', { name: ui('tr', 'check', 'start.button') }).click();
  const read = page.getByRole('button', { name: ui('tr', 'common', 'readAloud.start') });
  await read.click();
  const said = await spoken(page);
  // The question is read with its place ("Soru 1 / …"), which is part of the heading.
  expect(said[0]).toMatchObject({ lang: 'tr', voice: 'Test tr-TR' });
  expect(said[0]!.text).toContain(ui('tr', 'check', 'q.woonplaats.title'));
  expect(said.map((s) => s.text)).toEqual(expect.arrayContaining([ui('tr', 'check', 'q.woonplaats.options.gemeente'), ui('tr', 'check', 'q.woonplaats.options.elders')]));
  // The next question stops the reading of this one.
  await page.getByRole('radio', { name: ui('tr', 'check', 'q.woonplaats.options.gemeente'), exact: true }).check();
  await page.locator('form.check-form').getByRole('button', { name: ui('tr', 'check', 'nav.next') }).click();
  await expect(page.locator('#check-heading')).toContainText(ui('tr', 'check', 'q.situatie.title'));
  expect(await speechCalls(page)).toContain('cancel');
  await clearSpoken(page);
  await page.getByRole('button', { name: ui('tr', 'common', 'readAloud.start') }).click();
  const again = (await spoken(page))[0]!;
  expect(again).toMatchObject({ lang: 'tr' });
  expect(again.text).toContain(ui('tr', 'check', 'q.situatie.title'));
});
