/** Real news pages in Firefox; the assertions are in support/real-world.ts. */
import { launchFirefoxWithExtension, launchPlainFirefox } from './support/firefox';
import { defineRealWorldSuite } from './support/real-world';

defineRealWorldSuite(
  'firefox',
  async (server) => {
    const session = await launchFirefoxWithExtension(server);
    const errors: string[] = [];
    // Console messages reach WebDriver BiDi's log for the page; ClaimLens prefixes its own.
    session.browser.on('targetcreated', (target) => {
      void target.page().then((page) => {
        page?.on('console', (m) => {
          if ((m.type() === 'error' || m.type() === 'warn') && /claimlens|moz-extension/i.test(`${m.text()} ${m.location().url ?? ''}`)) errors.push(m.text());
        });
        page?.on('pageerror', (e) => {
          if (/claimlens|moz-extension/i.test(e instanceof Error ? `${e.stack}` : String(e))) errors.push(String(e));
        });
      });
    });
    return { browser: session, claimLensErrors: () => [...errors] };
  },
  (server) => launchPlainFirefox(server),
);
