/**
 * The painted claim a popup `reveal` request names. The popup stores the first characters of each
 * sentence (tab-claims `SENTENCE_CHARS`), so a painted sentence that starts with the request's
 * `sentence` and has its statement is the one; the one at `index` when the page states the claim
 * more than once. A request without `statementId` takes `index` alone.
 * @param painted the page's painted claims, in painting order
 * @returns undefined when no painted claim fits (the page changed since the popup read it)
 */
export function pickRevealed<T extends { statement: { id: string }; sentence: string }>(
  painted: readonly T[],
  target: { index: number; statementId?: string; sentence?: string },
): T | undefined {
  if (target.statementId === undefined) return painted[target.index];
  const fits = (x: T | undefined): x is T => !!x && x.statement.id === target.statementId && !!target.sentence && x.sentence.startsWith(target.sentence);
  const at = painted[target.index];
  return fits(at) ? at : painted.find(fits);
}
