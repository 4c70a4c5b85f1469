/** The main job in Debian's Chromium (playwright-core, CDP); the assertions are in support/main-job.ts. */
import { launchChromiumWithExtension, launchPlainChromium } from './support/chromium';
import { defineMainJobSuite } from './support/main-job';

defineMainJobSuite('chromium', {
  withExtension: (server) => launchChromiumWithExtension(server),
  plain: (server) => launchPlainChromium(server),
});
