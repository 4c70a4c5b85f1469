import { readFileSync } from 'node:fs';

/** One labelled sentence of the ClaimBuster JSON format. */
export interface LabelledSentence {
  id: string;
  text: string;
  label: 0 | 1;
}

/**
 * Reads a ClaimBuster-format JSON array: objects with `sentence_id`, `text`, `label` (0 or 1).
 * @throws Error naming the file and item when the shape is wrong
 */
export function readLabelled(path: string): LabelledSentence[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of {sentence_id, text, label}`);
  return data.map((o: Record<string, unknown>, i) => {
    if (typeof o?.text !== 'string' || (o.label !== 0 && o.label !== 1 && o.label !== '0' && o.label !== '1')) {
      throw new Error(`${path}: item ${i} needs "text" and "label" 0 or 1`);
    }
    return { id: String(o.sentence_id ?? i), text: o.text, label: Number(o.label) as 0 | 1 };
  });
}

/**
 * The fixed dev part of the train file: ids whose FNV-1a hash falls in the last fifth. Deterministic,
 * so training never sees the dev sentences and anyone can reproduce the split.
 */
export function isDev(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 5 === 0;
}

/** F1, precision and recall of class 1. */
export function prf(gold: number[], predicted: boolean[]): { f1: number; precision: number; recall: number } {
  let tp = 0, fp = 0, fn = 0;
  gold.forEach((g, i) => {
    if (predicted[i] && g) tp++;
    else if (predicted[i]) fp++;
    else if (g) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
