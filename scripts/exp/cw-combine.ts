/** Experiment: combine out-of-fold margins of several models (Platt each, weighted mean of logits). */
import { readFileSync } from 'node:fs';
const files = process.argv.slice(2);
const runs = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as { y: number[]; oof: number[] });
const y = runs[0]!.y;
function platt(s: number[]): [number, number] {
  let a = 1, b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
    s.forEach((x, i) => { const p = 1 / (1 + Math.exp(-(a * x + b))); const g = p - y[i]!; const h = p * (1 - p); ga += g * x; gb += g; haa += h * x * x; hab += h * x; hbb += h; });
    const det = haa * hbb - hab * hab; a -= (hbb * ga - hab * gb) / det; b -= (haa * gb - hab * ga) / det;
  }
  return [a, b];
}
function best(s: number[]) {
  const o = s.map((v, i) => [v, y[i]!] as const).sort((a, b) => b[0] - a[0]);
  const P = y.filter(Boolean).length; let tp = 0; let b = 0;
  o.forEach(([, yy], k) => { if (yy) tp++; b = Math.max(b, (2 * tp) / (k + 1 + P)); });
  return b;
}
const cal = runs.map((r) => { const [a, b] = platt(r.oof); return r.oof.map((x) => a * x + b); });
cal.forEach((c, i) => console.log(`${files[i]}: F1 ${best(c).toFixed(4)}`));
if (cal.length === 2) for (let w = 0; w <= 1.0001; w += 0.1) console.log(`w ${w.toFixed(1)}: F1 ${best(cal[0]!.map((x, i) => (1 - w) * x + w * cal[1]![i]!)).toFixed(4)}`);
else console.log(`mean: F1 ${best(cal[0]!.map((_, i) => cal.reduce((s, c) => s + c[i]!, 0) / cal.length)).toFixed(4)}`);
