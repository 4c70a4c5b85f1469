/**
 * ClaimLens's extraction (lib/page/extract) as a script for a page, so tests read exactly what the
 * content script would read without the extension exposing anything new: esbuild bundles it into
 * an IIFE that defines `window.__claimlensExtract()` -> block texts.
 */
import { build } from 'esbuild';
import { ROOT } from './browsers';

let cached: Promise<string> | undefined;

/** The bundled script text (built once per test run, in memory). */
export function extractBundle(): Promise<string> {
  cached ??= build({
    stdin: {
      contents: `import { extractBlocks } from './lib/page/extract';
        window.__claimlensExtract = () => extractBlocks(document).map((b) => b.text);`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  }).then((r) => r.outputFiles[0]!.text);
  return cached;
}

/**
 * A page function that runs the bundle and returns the block texts. Built from source text, so it
 * is self-contained when the driver sends it to the page.
 */
export async function extractInPage(): Promise<(arg: null) => string[]> {
  const code = await extractBundle();
  return new Function('arg', `${code}\nreturn window.__claimlensExtract();`) as (arg: null) => string[];
}
