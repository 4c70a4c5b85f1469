/* global Buffer */
// Loads a TypeScript module of the project in plain Node for the benchmark commands: bundles it
// with esbuild (vite's own bundler, already installed) in memory and imports the result.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * @param {string} path module path relative to the repository root, e.g. `lib/store/library-query.ts`
 * @returns {Promise<Record<string, unknown>>} the module's exports
 */
export async function loadTs(path) {
  const out = await build({ entryPoints: [`${ROOT}/${path}`], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
