/**
 * A Playwright `test` that fails on any Content-Security-Policy problem: a `securitypolicyviolation`
 * event in any page or frame, or a console message about CSP or Permissions-Policy, or a page error.
 * The listener is an init script and the report a binding: both come from the browser's debugger
 * protocol, so the page's own CSP does not block them.
 */
import { test as base, expect } from '../fixtures.ts';

export interface CspWatch {
  /** Everything seen so far: "violatedDirective blockedURI at documentURI" or the console text. */
  problems: string[];
}

const CONSOLE_PROBLEM = /content security policy|content-security-policy|refused to (load|execute|apply|frame|connect|create)|permissions-policy|unrecognized feature/i;

export const test = base.extend<{ csp: CspWatch }>({
  csp: [
    async ({ page }, use) => {
      const problems: string[] = [];
      await page.exposeBinding('__hulpwijzerCspViolation', (_source, text: string) => {
        problems.push(text);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __hulpwijzerCspViolation?: (t: string) => void }).__hulpwijzerCspViolation;
          report?.(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.documentURI}${e.sample ? ` sample: ${e.sample}` : ''}`);
        });
      });
      page.on('console', (m) => {
        if (CONSOLE_PROBLEM.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      await use({ problems });
      expect(problems, 'CSP violations, CSP console messages or page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
