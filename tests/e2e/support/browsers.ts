/**
 * Where the e2e suites find their browsers and the built extension, and what happens when one is
 * missing: locally the suite is skipped with a message saying what to install or build; with `CI`
 * set the suite runs and fails with that message (a CI run that skips its browser tests proves nothing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root (absolute, with a trailing slash). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Debian's Chromium; override with CLAIMLENS_CHROMIUM. */
export const CHROMIUM_PATH = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';
/** Debian's Firefox ESR; override with CLAIMLENS_FIREFOX. */
export const FIREFOX_PATH = process.env.CLAIMLENS_FIREFOX ?? '/usr/bin/firefox-esr';

/** `wxt build` output; override with CLAIMLENS_CHROME_EXTENSION. */
export const CHROME_EXTENSION_DIR = process.env.CLAIMLENS_CHROME_EXTENSION ?? join(ROOT, '.output/chrome-mv3');
/** `wxt build -b firefox` output; override with CLAIMLENS_FIREFOX_EXTENSION. */
export const FIREFOX_EXTENSION_DIR = process.env.CLAIMLENS_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2');

/** Folder for screenshots and other artefacts a test run leaves behind (git-ignored). */
export const RESULTS_DIR = join(ROOT, 'test-results');

export type BrowserKind = 'chromium' | 'firefox';

/** Whether a suite can run, and what to do about it if not. */
export interface BrowserGate {
  /** True when the suite should be skipped (something is missing and `CI` is not set). */
  skip: boolean;
  /** What is missing and how to get it; null when everything is there. */
  missing: string | null;
  /** Throws the `missing` message; call it first in `beforeAll` so that in CI the suite fails. */
  assertReady(): void;
}

/**
 * Checks that the browser binary (and, when `extension` is true, the built extension) exist.
 * @param kind which browser the suite drives
 * @param options.extension whether the suite needs the built extension (default true)
 * @returns the gate; locally a missing piece makes `skip` true and prints why, in CI it never skips
 */
export function browserGate(kind: BrowserKind, options: { extension?: boolean } = {}): BrowserGate {
  const needExtension = options.extension ?? true;
  const problems: string[] = [];
  const binary = kind === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (!existsSync(binary)) {
    const pkg = kind === 'chromium' ? 'chromium' : 'firefox-esr';
    problems.push(
      `${binary} is missing: install it with \`apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${pkg}\`` +
        ` (or point CLAIMLENS_${kind.toUpperCase()} at a ${kind} binary)`,
    );
  }
  if (needExtension) {
    const dir = kind === 'chromium' ? CHROME_EXTENSION_DIR : FIREFOX_EXTENSION_DIR;
    if (!existsSync(join(dir, 'manifest.json'))) {
      const cmd = kind === 'chromium' ? 'npx wxt build' : 'npx wxt build -b firefox';
      problems.push(`${dir}/manifest.json is missing: build the extension with \`${cmd}\` (or \`npm run build:all\`)`);
    }
  }
  const missing = problems.length ? `${kind} e2e cannot run: ${problems.join('; ')}` : null;
  const inCi = !!process.env.CI;
  if (missing && !inCi) console.warn(`[e2e] SKIPPED (set CI=1 to make this an error): ${missing}`);
  return {
    skip: !!missing && !inCi,
    missing,
    assertReady() {
      if (missing) throw new Error(missing);
    },
  };
}

/** The manifest.json fields the tests read. */
export interface BuiltManifest {
  manifest_version: number;
  name: string;
  version: string;
  browser_specific_settings?: { gecko?: { id?: string } };
}

/**
 * Reads the built extension's manifest.
 * @param dir an `.output/<target>` folder
 * @returns the parsed manifest.json
 */
export function readManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Version of an installed npm package (for the "which browser, driven by what" line). */
export function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
  return String(pkg.version);
}
