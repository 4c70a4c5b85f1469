/** Dynamic pages (hard cases 12-14) in Firefox; the assertions are in support/dynamic.ts. */
import { launchFirefoxWithExtension } from './support/firefox';
import { defineDynamicSuite } from './support/dynamic';

defineDynamicSuite('firefox', (server) => launchFirefoxWithExtension(server));
