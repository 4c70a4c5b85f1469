import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { handlers } from '../../entrypoints/background/handlers';

// A sentence of the fixture article that restates a starter-pack statement loosely: the shipped
// rule highlights it, the strict one does not.
const LOOSE =
  'With the war entering its fourth year and recent U.S. decisions to pause weapons shipments to Kyiv intensifying scrutiny, the lack of headway has fueled debate over Trump’s approach, leaving allies uneasy and critics questioning the feasibility of his 24-hour peace pledge.';
const page = { tabId: 3, fromContent: true, senderUrl: 'https://reportultra.com/a' };
const matches = async () => (await handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: LOOSE }] }, page)).matches.length;

describe('match sensitivity in the background', () => {
  it('follows the stored setting, and a change applies to the next request', async () => {
    expect(await matches()).toBe(1);
    await browser.storage.local.set({ matchSensitivity: 'strict' });
    expect(await matches()).toBe(0);
    await browser.storage.local.set({ matchSensitivity: 'nonsense' });
    expect(await matches()).toBe(1);
  });
});

describe('the page date in the background', () => {
  it('passes a page day through and ignores one that is not a day (a hostile page), without failing', async () => {
    const ask = (date: unknown) => handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: LOOSE }], date: date as string }, page);
    const none = await ask(undefined);
    expect((await ask('2025-07-04')).matches.map((m) => m.statement.id)).toEqual(none.matches.map((m) => m.statement.id));
    for (const bad of ['yesterday', '2025-02-30', 42, { toString: () => '2025-07-04' }]) {
      expect((await ask(bad)).matches).toEqual(none.matches);
    }
  });
});

describe('the page headline in the background', () => {
  it('reaches the matcher as context (it names the claimant: a higher score) and a hostile one fails nothing', async () => {
    await browser.storage.local.set({ matchSensitivity: 'balanced' });
    const ask = (headline: unknown) => handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text: LOOSE }], headline: headline as string }, page);
    const [plain] = (await ask(undefined)).matches;
    expect(plain?.statement.claimant).toBe('Donald Trump');
    const [named] = (await ask('Trump admits ‘no progress’ on ending Russia-Ukraine war')).matches;
    expect(named?.statement.id).toBe(plain!.statement.id);
    expect(named!.score).toBeGreaterThan(plain!.score);
    for (const bad of [42, { toString: () => 'Trump' }, 'Trump '.repeat(100_000), '']) {
      expect((await ask(bad)).matches.map((m) => m.statement.id)).toEqual([plain!.statement.id]);
    }
  });
});

describe('run-on sentences in the background', () => {
  it('matches a long sentence up to 5,000 UTF-16 units and skips a longer one, without failing the request', async () => {
    await browser.storage.local.set({ matchSensitivity: 'balanced' });
    const pad = 'and then the speaker talked about the roads, the schools and the river ';
    const padded = (n: number) => `${pad.repeat(n)}${LOOSE}`;
    const under = padded(Math.floor((5000 - LOOSE.length) / pad.length));
    const over = padded(Math.ceil((5001 - LOOSE.length) / pad.length));
    expect(under.length).toBeLessThanOrEqual(5000);
    expect(over.length).toBeGreaterThan(5000);
    const ask = (text: string) => handlers.match!({ url: page.senderUrl, sentences: [{ key: 'k', text }, { key: 'short', text: LOOSE }], checkworthy: true }, page);
    expect((await ask(under)).matches.map((m) => m.key).sort()).toEqual(['k', 'short']);
    const skipped = await ask(over);
    expect(skipped.matches.map((m) => m.key)).toEqual(['short']);
    expect(skipped.checkworthy, 'not scored for check-worthiness either').not.toContain('k');
  });
});
