import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { handlers } from '../../entrypoints/background/handlers';
import { MAX_REPORTED_CLAIMS, type PageClaim, type StatementView } from '../../lib/messages';

const statement = (id: string): StatementView => ({
  id, text: `Statement ${id}`, verdict: 'false', verdictLabel: 'False', summary: 'S'.repeat(1500), reviewer: 'R', origin: 'import', notes: [],
});
const claims = (n: number, distinct = 3): PageClaim[] =>
  Array.from({ length: n }, (_, i) => ({ index: i, sentence: `Sentence ${i} `.padEnd(2000, 'x'), statement: statement(`s${i % distinct}`), score: 0.9 }));
const fromTab = (tabId: number) => ({ tabId, fromContent: true, senderUrl: 'https://reportultra.com/a' });

afterEach(() => vi.restoreAllMocks());

describe('the claims a tab reports', () => {
  it('come back for the popup as reported, with each statement stored once and sentences cut for the list', async () => {
    await handlers.report!({ url: 'https://reportultra.com/a', claims: claims(5) }, fromTab(1));
    const stored = (await browser.storage.session.get('tab:1'))['tab:1'] as { statements: object; claims: Array<{ sentence: string }> };
    expect(Object.keys(stored.statements)).toHaveLength(3);
    expect(stored.claims[0]!.sentence.length).toBeLessThanOrEqual(400);
    const { url, claims: back } = await handlers.tabClaims!({ tabId: 1 }, {});
    expect(url).toBe('https://reportultra.com/a');
    expect(back.map((c) => [c.index, c.statement.id])).toEqual(claims(5).map((c) => [c.index, c.statement.id]));
    expect(back[4]!.statement.summary).toHaveLength(1500);
  });

  it(`list at most ${MAX_REPORTED_CLAIMS}, and the badge counts all`, async () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    const { count } = await handlers.report!({ url: 'https://reportultra.com/a', claims: claims(MAX_REPORTED_CLAIMS + 50), total: 18_000 }, fromTab(2));
    expect(count).toBe(MAX_REPORTED_CLAIMS);
    expect((await handlers.tabClaims!({ tabId: 2 }, {})).claims).toHaveLength(MAX_REPORTED_CLAIMS);
    expect(badge).toHaveBeenLastCalledWith({ tabId: 2, text: '18000' });
  });

  it('stay listed when session storage refuses them (quota), while the worker lives', async () => {
    vi.spyOn(browser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded. Values were not stored.'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await handlers.report!({ url: 'https://reportultra.com/big', claims: claims(40) }, fromTab(3));
    const { url, claims: back } = await handlers.tabClaims!({ tabId: 3 }, {});
    expect(url).toBe('https://reportultra.com/big');
    expect(back).toHaveLength(40);
  });

  it('refuse a report that is not a list', async () => {
    await expect(handlers.report!({ url: 'x', claims: 'nope' as never }, fromTab(4))).rejects.toThrow(/list of claims/);
  });
});
