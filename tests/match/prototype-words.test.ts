import { describe, expect, it } from 'vitest';
import { mapVerdict } from '../../lib/formats/verdict-labels';
import { StatementIndex } from '../../lib/match/statement-index';
import { canonicalEntity, numberValue, termOf } from '../../lib/match/terms';

// Words that name Object.prototype members: text from pages and imports must never reach it.
const NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];

describe('words that name Object.prototype members', () => {
  it('are ordinary words to the matcher', () => {
    for (const w of NAMES) {
      expect(numberValue(w.toLowerCase())).toBeUndefined();
      expect(typeof canonicalEntity(w.toLowerCase())).toBe('string');
      expect(typeof termOf(w.toLowerCase())).toBe('string');
    }
  });

  it('index, match and survive the structured clone IndexedDB makes', () => {
    const index = new StatementIndex([
      { id: 'c', text: 'The constructor of the bridge valueOf toString hasOwnProperty was paid 20 million dollars.' },
      { id: 'o', text: 'Other statement about the toString of Constructor Inc.' },
    ]);
    const copy = StatementIndex.load(structuredClone(index.serialise()));
    expect(copy.match('The constructor of the bridge valueOf toString hasOwnProperty was paid 20 million dollars.')?.statementId).toBe('c');
  });

  it('are unknown rating labels, not verdicts', () => {
    for (const w of NAMES) expect(mapVerdict(w)).toEqual({ verdict: 'unproven', known: 'none' });
  });
});
