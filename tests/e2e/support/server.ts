/**
 * The local reportultra.com for the e2e tests: an HTTPS server with a self-signed certificate for
 * reportultra.com and www.reportultra.com serving tests/fixtures/pages/, plus an HTTP CONNECT proxy
 * that tunnels everything to it (for Firefox). The implementation is shared with `npm run demo`
 * and lives in scripts/fixture-server.mjs.
 */
export {
  ARTICLE_URL,
  FIXTURE_HOSTS,
  PAGES_DIR,
  ROUTES,
  SECOND_ARTICLE_URL,
  routeFor,
  startFixtureServer,
} from '../../../scripts/fixture-server.mjs';
export type { FixtureServer } from '../../../scripts/fixture-server.mjs';
