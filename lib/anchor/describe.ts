import { CONTEXT_CHARS, type TextSelectors } from './types';

/** Longest quote ClaimLens stores, UTF-16 units (a few paragraphs; a note is about a claim). */
export const MAX_QUOTE_CHARS = 5000;

/**
 * Describes `text.slice(start, end)` as a TextQuoteSelector (exact + {@link CONTEXT_CHARS} units of
 * prefix and suffix) and a TextPositionSelector.
 * @param text the page text (UTF-16)
 * @param start first offset, inclusive
 * @param end last offset, exclusive
 * @returns `[quote, position]`
 * @throws RangeError when the span is empty, out of bounds, only whitespace, or longer than
 *   {@link MAX_QUOTE_CHARS}
 */
export function describeText(text: string, start: number, end: number): TextSelectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`The selection ${start}..${end} is empty or outside the page text (0..${text.length})`);
  }
  const exact = text.slice(start, end);
  if (!exact.trim()) throw new RangeError('The selection holds no text');
  if (exact.length > MAX_QUOTE_CHARS) {
    throw new RangeError(`The selection is ${exact.length} characters long; notes take at most ${MAX_QUOTE_CHARS}. Select less text.`);
  }
  return [
    { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * Narrows `[start, end)` so it neither starts nor ends with whitespace (a drag selection often takes
 * the space after a sentence).
 * @returns the trimmed span; `start === end` when it holds only whitespace
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
