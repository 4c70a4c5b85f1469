/** Hard cases that need a real browser, in Chromium; the assertions are in support/hard-cases.ts. */
import { launchChromiumWithExtension } from './support/chromium';
import { defineHardCaseSuite } from './support/hard-cases';

defineHardCaseSuite('chromium', (server) => launchChromiumWithExtension(server));
