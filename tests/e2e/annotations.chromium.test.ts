/** Personal notes in Debian's Chromium (playwright-core, CDP); the steps are in support/annotations.ts. */
import { launchChromiumWithExtension } from './support/chromium';
import { defineAnnotationsSuite } from './support/annotations';

defineAnnotationsSuite('chromium', (server) => launchChromiumWithExtension(server));
