import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { journey, group, type Answers } from './check-helpers.ts';
test.describe.configure({ timeout: 120_000 });
const J: Record<string, Answers> = {
  mother: {
    woonplaats: { radio: 'Ja' }, situatie: { radio: 'Alleen met mijn kind of kinderen' }, kinderen: { text: '8, 14' }, leeftijd: { text: '34' },
    inkomstenbron: { check: ['Bijstand'] }, inkomen: { text: '1420' }, medebewoners: { radio: 'Nee' }, vermogen: { text: '300' },
    wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '720' } }, ontvangt: { check: ['Kinderbijslag'] }, jarenLaag: { radio: '5 jaar of langer' },
    situaties: { check: ['Ik heb geldzorgen of rekeningen die ik niet kan betalen'] }, vasteLasten: { text: '1100' },
  },
  aow: {
    woonplaats: { radio: 'Ja' }, situatie: { radio: 'Met een partner' }, leeftijd: { text: '68' }, leeftijdPartner: { text: '66' },
    inkomstenbron: { check: ['AOW', 'Pensioen'] }, inkomen: { text: '2100' }, medebewoners: { radio: 'Nee' }, vermogen: { text: '9000' },
    wonen: { radio: 'Ik heb een koophuis' }, ontvangt: { check: ['Geen van deze'] }, jarenLaag: { radio: 'Korter dan 3 jaar' }, situaties: { check: ['Geen van deze'] },
  },
  working: {
    woonplaats: { radio: 'Ja' }, situatie: { radio: 'Alleen' }, leeftijd: { text: '29' }, inkomstenbron: { check: ['Werk (loon)'] }, inkomen: { text: '1520' },
    medebewoners: { radio: 'Nee' }, vermogen: { text: '2000' }, wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '950' } }, ontvangt: { check: ['Geen van deze'] },
    jarenLaag: { radio: 'Korter dan 3 jaar' }, situaties: { check: ['Geen van deze'] },
  },
  carer: {
    woonplaats: { radio: 'Ja' }, situatie: { radio: 'Met een partner' }, leeftijd: { text: '52' }, leeftijdPartner: { text: '54' }, inkomstenbron: { check: ['Werk (loon)'] }, inkomen: { text: '4500' },
    medebewoners: { radio: 'Nee' }, vermogen: { text: '10000' }, wonen: { radio: 'Ik heb een koophuis' }, ontvangt: { check: ['Geen van deze'] }, jarenLaag: { radio: 'Korter dan 3 jaar' },
    situaties: { check: ['Ik zorg zonder geld voor iemand die ziek is of hulp nodig heeft (mantelzorg)'] },
    mantelzorg: { radios: ['8 uur of meer', 'Langer dan 3 maanden', 'Ja'] }, zorgVoor: { check: ['Dementie'] },
  },
  unknown: {
    woonplaats: { unknown: true }, situatie: { radio: 'Alleen' }, leeftijd: { text: '40' }, inkomstenbron: { unknown: true }, inkomen: { unknown: true },
    medebewoners: { unknown: true }, vermogen: { unknown: true }, wonen: { unknown: true }, ontvangt: { unknown: true }, jarenLaag: { unknown: true }, situaties: { check: ['Geen van deze'] },
  },
  father: {
    woonplaats: { radio: 'Ja' }, situatie: { radio: 'Alleen met mijn kind of kinderen' }, kinderen: { text: '5, 11' }, leeftijd: { text: '41' },
    inkomstenbron: { check: ['Werk (loon)'] }, inkomen: { text: '1350' }, medebewoners: { radio: 'Nee' }, vermogen: { text: '1200' },
    wonen: { radio: 'Ik huur een huis of kamer', reveal: { text: '850' } }, ontvangt: { check: ['Kinderbijslag', 'Kindgebonden budget'] }, jarenLaag: { radio: '5 jaar of langer' },
    situaties: { check: ['Ik heb geldzorgen of rekeningen die ik niet kan betalen', 'Ik heb een huisdier', 'Ik heb hoge kosten door ziekte, een handicap of iets onverwachts'] }, vasteLasten: { text: '1300' },
  },
};
for (const [name, answers] of Object.entries(J)) {
  test(`measure ${name}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await journey(page, answers);
    await group(page, 'likely');
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    await expect(page.locator('.check-print-sheet')).toHaveAttribute('data-qr', 'ready');
    for (let y = 0, i = 0; y < h; y += 1600, i++) await page.screenshot({ path: `/tmp/results-work/shot-${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 360, height: Math.min(1600, h - y) } });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true }); writeFileSync(`/tmp/results-work/${name}.pdf`, pdf);
    const pages = Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
    const cnt = await page.evaluate(() => ({ rec: document.querySelectorAll('.check-receiving article').length, likely: document.querySelectorAll('section[aria-labelledby=group-likely] article').length, check: document.querySelectorAll('section[aria-labelledby=group-check] article').length, services: document.querySelectorAll('.check-service').length, unlikely: document.querySelectorAll('.check-unlikely li').length, na: document.querySelectorAll('.check-not-applicable li').length }));
    console.log(`[measure] ${name} ${JSON.stringify(cnt)}: ${h}px = ${(h / 800).toFixed(1)} screens; print ${pages} pages; likely ${(await group(page,'likely')).length} check ${(await group(page,'check')).length}`);
  });
}
