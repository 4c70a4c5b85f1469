/** Personal notes in Firefox ESR (puppeteer-core, WebDriver BiDi); the steps are in support/annotations.ts. */
import { launchFirefoxWithExtension } from './support/firefox';
import { defineAnnotationsSuite } from './support/annotations';

defineAnnotationsSuite('firefox', (server) => launchFirefoxWithExtension(server));
