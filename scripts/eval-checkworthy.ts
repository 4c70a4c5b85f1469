/**
 * `npm run eval:checkworthy -- --data F [--split dev|all]`: F1, precision and recall of class 1 for
 * the shipped check-worthiness model on a ClaimBuster-format JSON file. `--split dev` (the default
 * for the train file) scores only its held-out fifth; any other file is scored whole.
 */
import { readFileSync } from 'node:fs';
import { compileCheckworthy, isCheckworthy, type CheckworthyModel } from '../lib/match/checkworthy';
import { parseArgs } from './eval-args';
import { isDev, prf, readLabelled } from './checkworthy-data';

const args = parseArgs(process.argv.slice(2), ['data'], { split: 'auto', model: 'assets/models/checkworthy.json' });
const model = JSON.parse(readFileSync(args.model, 'utf8')) as CheckworthyModel;
const all = readLabelled(args.data);
const dev = args.split === 'dev' || (args.split === 'auto' && /claimbuster-train\.json$/.test(args.data));
const data = dev ? all.filter((s) => isDev(s.id)) : all;
// Index the asset first (once per load in the extension too): ms/sentence is the scoring cost.
compileCheckworthy(model);
const t0 = performance.now();
const predicted = data.map((s) => isCheckworthy(model, s.text));
const ms = performance.now() - t0;
const r = prf(data.map((s) => s.label), predicted);
console.log(`F1 ${r.f1.toFixed(4)}`);
console.log(`precision ${r.precision.toFixed(4)}`);
console.log(`recall ${r.recall.toFixed(4)}`);
console.log(`sentences ${data.length}${dev ? ' (dev fifth of the train file)' : ''}`);
console.log(`ms/sentence ${(ms / Math.max(1, data.length)).toFixed(4)}`);
