import { describe, expect, it } from 'vitest';
import { headingToCard } from '../../entrypoints/content/hover-intent';

// a card below the claim: 300 px wide, from y 400 to 700
const card = { left: 500, top: 400, right: 800, bottom: 700 };

describe('heading for the card (safe triangle)', () => {
  it('a pointer moving from the claim down towards the card is on its way', () => {
    const from = { x: 650, y: 300 };
    expect(headingToCard(from, { x: 650, y: 350 }, card)).toBe(true);
    // diagonally towards the card's far corner
    expect(headingToCard({ x: 200, y: 300 }, { x: 400, y: 360 }, card)).toBe(true);
  });

  it('a pointer moving along the line, away from the card, or up is not', () => {
    expect(headingToCard({ x: 650, y: 300 }, { x: 300, y: 310 }, card), 'sideways').toBe(false);
    expect(headingToCard({ x: 650, y: 300 }, { x: 650, y: 250 }, card), 'up, away').toBe(false);
    expect(headingToCard({ x: 200, y: 300 }, { x: 200, y: 380 }, card), 'straight down, beside the card').toBe(false);
  });

  it('a diagonal that reaches the card round its corner, beside its top edge, is on its way', () => {
    const below = { left: 90, top: 375, right: 450, bottom: 748 };
    expect(headingToCard({ x: 770, y: 329 }, { x: 500, y: 380 }, below)).toBe(true);
    expect(headingToCard({ x: 770, y: 329 }, { x: 760, y: 420 }, below), 'down, past the card').toBe(false);
  });

  it('a few pixels of jitter where the pointer left counts as heading there', () => {
    expect(headingToCard({ x: 100, y: 300 }, { x: 103, y: 297 }, card)).toBe(true);
  });

  it('works for a card above, left of or right of the claim; not from inside the card', () => {
    const above = { left: 500, top: 50, right: 800, bottom: 250 };
    expect(headingToCard({ x: 650, y: 320 }, { x: 640, y: 280 }, above)).toBe(true);
    expect(headingToCard({ x: 650, y: 320 }, { x: 650, y: 360 }, above)).toBe(false);
    const right = { left: 600, top: 100, right: 900, bottom: 400 };
    expect(headingToCard({ x: 400, y: 250 }, { x: 500, y: 240 }, right)).toBe(true);
    expect(headingToCard({ x: 400, y: 250 }, { x: 300, y: 250 }, right)).toBe(false);
    const left = { left: 0, top: 100, right: 300, bottom: 400 };
    expect(headingToCard({ x: 500, y: 250 }, { x: 400, y: 260 }, left)).toBe(true);
    expect(headingToCard({ x: 650, y: 500 }, { x: 600, y: 500 }, card)).toBe(false);
  });
});
