// Local stand-in for reportultra.com, shared by the e2e tests (tests/e2e/support/server.ts) and
// `npm run demo`. Two servers on 127.0.0.1, both on random ports:
// - HTTPS with a self-signed certificate for reportultra.com and www.reportultra.com, serving the
//   saved pages in tests/fixtures/pages/ under the paths the real site uses (ROUTES);
// - an HTTP proxy that tunnels every CONNECT to the HTTPS server. Firefox cannot map a host name
//   to a port, so it reaches "https://reportultra.com/..." through this proxy; Chromium uses
//   --host-resolver-rules instead.
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { connect } from 'node:net';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** Host names the certificate covers and the servers answer for. */
export const FIXTURE_HOSTS = ['reportultra.com', 'www.reportultra.com'];

/** Directory the pages are served from. */
export const PAGES_DIR = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));

/** The article ClaimLens is built around, as the real site addresses it. */
export const ARTICLE_URL = 'https://reportultra.com/2025/07/04/trump-putin-no-progress/';

/**
 * Site paths -> file names in PAGES_DIR. A path matches with or without its trailing slash.
 * Any file in PAGES_DIR is also served at `/pages/<file name>`.
 * @type {Record<string, string>}
 */
export const ROUTES = {
  '/2025/07/04/trump-putin-no-progress/': 'reportultra-trump-putin-no-progress.html',
  // Written for the tests: reports a claim of the article above in other words (see the pages' README).
  '/2025/07/06/analysts-war-end-kremlin/': 'reportultra-analysts-only-putin.html',
};

/** The second article, which restates one claim of ARTICLE_URL in other words. */
export const SECOND_ARTICLE_URL = 'https://reportultra.com/2025/07/06/analysts-war-end-kremlin/';

/**
 * Scripts that dynamic fixture pages load (a real virtual-DOM renderer for re-render tests):
 * site path -> file under the project root.
 * @type {Record<string, string>}
 */
export const VENDOR = {
  '/vendor/preact.mjs': 'node_modules/preact/dist/preact.mjs',
};
const ROOT_DIR = fileURLToPath(new URL('../', import.meta.url));

/**
 * Resolves a request path to a file name in PAGES_DIR (or a VENDOR path).
 * @param {string} pathname URL path, e.g. `/2025/07/04/trump-putin-no-progress/`
 * @returns {string | undefined} file name, or undefined when nothing is served there
 */
export function routeFor(pathname) {
  if (VENDOR[pathname]) return pathname;
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (ROUTES[withSlash]) return ROUTES[withSlash];
  const m = /^\/pages\/([\w.-]+\.html)$/.exec(pathname);
  return m ? m[1] : undefined;
}

/**
 * Makes a self-signed certificate for FIXTURE_HOSTS (valid from yesterday for 30 days).
 * @returns {Promise<{ key: string, cert: string }>} PEM strings
 */
async function makeCertificate() {
  const notBeforeDate = new Date(Date.now() - 24 * 3600_000);
  const notAfterDate = new Date(Date.now() + 30 * 24 * 3600_000);
  const pems = await generate([{ name: 'commonName', value: FIXTURE_HOSTS[0] }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: FIXTURE_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

/**
 * @param {import('node:net').Server} server
 * @returns {Promise<number>} the port the server listens on (127.0.0.1, chosen by the OS)
 */
function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('server has no port'));
    });
  });
}

/**
 * Starts the HTTPS fixture server and the CONNECT proxy.
 * @param {{ log?: (line: string) => void }} [options] `log` receives one line per request
 * @returns {Promise<{ httpsPort: number, proxyPort: number, close: () => Promise<void> }>}
 *   `close` stops both servers and drops open connections.
 */
export async function startFixtureServer(options = {}) {
  const log = options.log ?? (() => {});
  const { key, cert } = await makeCertificate();

  const https = createHttpsServer({ key, cert }, async (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? FIXTURE_HOSTS[0]}`);
    const file = routeFor(url.pathname);
    log(`${req.method} ${url.href} -> ${file ?? 404}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    try {
      const vendor = VENDOR[file];
      const body = await readFile(vendor ? join(ROOT_DIR, vendor) : join(PAGES_DIR, file));
      res.writeHead(200, {
        'content-type': vendor ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Cannot read ${file}: ${error}\n`);
    }
  });
  const httpsPort = await listen(https);

  /** @type {Set<import('node:net').Socket>} */
  const tunnels = new Set();
  const proxy = createHttpServer((req, res) => {
    // Plain-HTTP proxy requests: send reportultra.com to its https:// address, refuse the rest.
    let target;
    try {
      target = new URL(req.url ?? '');
    } catch {
      target = undefined;
    }
    if (target && FIXTURE_HOSTS.includes(target.hostname)) {
      res.writeHead(301, { location: `https://${target.host}${target.pathname}${target.search}` }).end();
    } else {
      res.writeHead(502, { 'content-type': 'text/plain' }).end('Only reportultra.com is served\n');
    }
  });
  proxy.on('connect', (req, client, head) => {
    log(`CONNECT ${req.url}`);
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      tunnels.add(socket);
      socket.on('close', () => tunnels.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  const proxyPort = await listen(proxy);

  return {
    httpsPort,
    proxyPort,
    async close() {
      for (const socket of tunnels) socket.destroy();
      https.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([
        new Promise((resolve) => https.close(() => resolve(undefined))),
        new Promise((resolve) => proxy.close(() => resolve(undefined))),
      ]);
    },
  };
}

// `node scripts/fixture-server.mjs`: serve until Ctrl+C (handy for trying a page by hand).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const server = await startFixtureServer({ log: (line) => console.log(line) });
  console.log(`HTTPS on 127.0.0.1:${server.httpsPort}, CONNECT proxy on 127.0.0.1:${server.proxyPort}`);
  console.log(`curl -k -x http://127.0.0.1:${server.proxyPort} ${ARTICLE_URL}`);
  console.log(
    `chromium --host-resolver-rules="MAP reportultra.com 127.0.0.1:${server.httpsPort}, MAP www.reportultra.com 127.0.0.1:${server.httpsPort}" --ignore-certificate-errors ${ARTICLE_URL}`,
  );
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
}
