/** Types for fixture-server.mjs (the local reportultra.com used by the e2e tests and the demo). */

/** A running fixture server: HTTPS site plus CONNECT proxy, both on 127.0.0.1. */
export interface FixtureServer {
  /** Port of the HTTPS server (certificate for reportultra.com and www.reportultra.com). */
  httpsPort: number;
  /** Port of the HTTP proxy that tunnels every CONNECT to the HTTPS server. */
  proxyPort: number;
  /** Stops both servers and drops open connections. */
  close(): Promise<void>;
}

/** Host names the certificate covers. */
export const FIXTURE_HOSTS: string[];
/** Absolute path of tests/fixtures/pages/ (with a trailing slash). */
export const PAGES_DIR: string;
/** https://reportultra.com/2025/07/04/trump-putin-no-progress/ */
export const ARTICLE_URL: string;
/** https://reportultra.com/2025/07/06/analysts-war-end-kremlin/ (written for the tests; restates a claim of ARTICLE_URL) */
export const SECOND_ARTICLE_URL: string;
/** Site path -> file name in PAGES_DIR. */
export const ROUTES: Record<string, string>;
/** File name served at `pathname`, or undefined (404). */
export function routeFor(pathname: string): string | undefined;
/** Starts the HTTPS server and the proxy; `log` receives one line per request. */
export function startFixtureServer(options?: { log?: (line: string) => void }): Promise<FixtureServer>;
/** Script paths -> files under the project root (e.g. Preact for the re-render fixture). */
export const VENDOR: Record<string, string>;
