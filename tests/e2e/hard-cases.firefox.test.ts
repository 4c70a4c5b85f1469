/** Hard cases that need a real browser, in Firefox; the assertions are in support/hard-cases.ts. */
import { launchFirefoxWithExtension } from './support/firefox';
import { defineHardCaseSuite } from './support/hard-cases';

defineHardCaseSuite('firefox', (server) => launchFirefoxWithExtension(server));
