/** The main job in Firefox ESR (puppeteer-core, WebDriver BiDi); the assertions are in support/main-job.ts. */
import { launchFirefoxWithExtension, launchPlainFirefox } from './support/firefox';
import { defineMainJobSuite } from './support/main-job';

defineMainJobSuite('firefox', {
  withExtension: (server) => launchFirefoxWithExtension(server),
  plain: (server) => launchPlainFirefox(server),
});
