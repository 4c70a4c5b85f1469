import { describe, expect, it } from 'vitest';
import { pickRevealed } from '../../entrypoints/content/reveal-pick';
import { SENTENCE_CHARS } from '../../entrypoints/background/tab-claims';

const claim = (id: string, sentence: string) => ({ statement: { id }, sentence });
const long = `Trump said ${'the talks went on, '.repeat(40)}and ended without progress.`;

describe('pickRevealed', () => {
  const painted = [claim('a', 'Short one.'), claim('b', long), claim('a', 'Short one.'), claim('c', 'Other.')];

  it('finds a sentence longer than the popup keeps, from its first characters', () => {
    expect(long.length).toBeGreaterThan(SENTENCE_CHARS);
    expect(pickRevealed(painted, { index: 1, statementId: 'b', sentence: long.slice(0, SENTENCE_CHARS) })).toBe(painted[1]);
  });

  it('takes the one at index when the claim is painted twice, else the first that fits', () => {
    expect(pickRevealed(painted, { index: 2, statementId: 'a', sentence: 'Short one.' })).toBe(painted[2]);
    expect(pickRevealed(painted, { index: 3, statementId: 'a', sentence: 'Short one.' })).toBe(painted[0]);
  });

  it('finds nothing once the page no longer paints the claim, and takes index alone without a statement', () => {
    expect(pickRevealed(painted, { index: 1, statementId: 'b', sentence: 'Trump said something else' })).toBeUndefined();
    expect(pickRevealed(painted, { index: 0, statementId: 'z', sentence: 'Short one.' })).toBeUndefined();
    expect(pickRevealed(painted, { index: 0, statementId: 'a', sentence: '' })).toBeUndefined();
    expect(pickRevealed(painted, { index: 3 })).toBe(painted[3]);
  });
});
