import { describe, expect, it } from 'vitest';
import { GAP, placeCard } from '../../entrypoints/content/card-place';

const view = { width: 1000, height: 800 };
const card = { width: 360, height: 200 };
// A three-line sentence: lines at 100-120, 120-140, 140-160; the pointer on the first line.
const first = { top: 100, bottom: 120, left: 80 };
const sentence = { top: 100, bottom: 160, left: 40 };

describe('placeCard', () => {
  it('goes below the whole sentence, not below the hovered line, so the lines after it stay readable', () => {
    expect(placeCard(first, sentence, card, view)).toEqual({ left: 80, top: 160 + GAP });
  });

  it('goes above the sentence when there is no room below it', () => {
    const low = { top: 600, bottom: 620, left: 80 };
    expect(placeCard(low, { top: 600, bottom: 660, left: 40 }, card, view)).toEqual({ left: 80, top: 600 - GAP - 200 });
  });

  it('falls back to the hovered line when the sentence leaves no room on either side', () => {
    const tall = { top: 150, bottom: 700, left: 40 };
    expect(placeCard({ top: 300, bottom: 320, left: 80 }, tall, card, view).top).toBe(320 + GAP);
    expect(placeCard({ top: 650, bottom: 670, left: 80 }, tall, card, view).top).toBe(650 - GAP - 200);
  });

  it('stays inside the viewport horizontally and at the top', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900 }, sentence, card, view).left).toBe(1000 - 360 - GAP);
    const huge = { width: 360, height: 900 };
    expect(placeCard(first, sentence, huge, view)).toEqual({ left: 80, top: GAP });
  });

  it('treats a one-line sentence like the old placement: right under the line', () => {
    expect(placeCard(first, first, card, view)).toEqual({ left: 80, top: 120 + GAP });
  });
});
