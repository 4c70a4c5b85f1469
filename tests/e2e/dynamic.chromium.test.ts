/** Dynamic pages (hard cases 12-14) in Chromium; the assertions are in support/dynamic.ts. */
import { launchChromiumWithExtension } from './support/chromium';
import { defineDynamicSuite } from './support/dynamic';

defineDynamicSuite('chromium', (server) => launchChromiumWithExtension(server));
