/**
 * Finds Dutch sentences that are not marked lang="nl" on a page in another language: a sentence
 * with three or more distinct Dutch function words ("het", "een", "niet", "uw", …) outside any
 * element with lang="nl". Dutch names in parentheses ("(huurtoeslag)") do not trigger it.
 */
import type { Page } from '@playwright/test';

const DUTCH = ['het', 'een', 'van', 'voor', 'niet', 'uw', 'wordt', 'bij', 'als', 'dan', 'ook', 'naar', 'kunt', 'heeft', 'hebt', 'geen', 'wij', 'deze', 'dit', 'moet', 'wat', 'hoe', 'zijn', 'kan', 'met', 'dat', 'er', 'om'];

export async function unmarkedDutch(page: Page, root = 'body'): Promise<string[]> {
  const texts = await page.locator(root).evaluate((el) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let buf = '';
    let block: Element | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      // <noscript> holds its HTML as text when JavaScript runs: not page text.
      if (parent.closest('script,style,noscript') || parent.closest('[lang]')?.getAttribute('lang') === 'nl') continue;
      const b = parent.closest('p,li,h1,h2,h3,h4,dt,dd,td,th,summary,label,legend,button,a,div');
      if (b !== block) {
        if (buf.trim()) out.push(buf);
        buf = '';
        block = b;
      }
      buf += n.nodeValue ?? '';
    }
    if (buf.trim()) out.push(buf);
    return out;
  });
  const found: string[] = [];
  for (const t of texts) {
    for (const sentence of t.replace(/\([^)]*\)/g, ' ').split(/(?<=[.!?:])\s+/)) {
      const words = new Set(sentence.toLowerCase().split(/[^\p{L}]+/u));
      const hits = DUTCH.filter((w) => words.has(w));
      if (hits.length >= 3) found.push(`${sentence.trim().slice(0, 120)} [${hits.join(', ')}]`);
    }
  }
  return found;
}
