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
const fromTab = (tabId: number, frameId = 0) => ({ tabId, frameId, fromContent: true, senderUrl: 'https://reportultra.com/a' });

afterEach(() => vi.restoreAllMocks());

describe('the claims a tab reports', () => {
  it('come back for the popup as reported, with each statement stored once and sentences cut for the list', async () => {
    await handlers.report!({ url: 'https://reportultra.com/a', claims: claims(5) }, fromTab(1));
    const stored = (await browser.storage.session.get('tab:1'))['tab:1'] as { statements: object; frames: Record<string, { claims: Array<{ sentence: string }> }> };
    expect(Object.keys(stored.statements)).toHaveLength(3);
    expect(stored.frames[0]!.claims[0]!.sentence.length).toBeLessThanOrEqual(400);
    const { url, claims: back } = await handlers.tabClaims!({ tabId: 1 }, {});
    expect(url).toBe('https://reportultra.com/a');
    expect(back.map((c) => [c.index, c.statement.id])).toEqual(claims(5).map((c) => [c.index, c.statement.id]));
    expect(back[4]!.statement.summary).toHaveLength(1500);
  });

  it(`list at most ${MAX_REPORTED_CLAIMS}, and the badge counts all`, async () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    const { count } = await handlers.report!({ url: 'https://reportultra.com/a', claims: claims(MAX_REPORTED_CLAIMS + 50), total: 18_000 }, fromTab(2));
    expect(count).toBe(MAX_REPORTED_CLAIMS);
    const back = await handlers.tabClaims!({ tabId: 2 }, {});
    expect(back.claims).toHaveLength(MAX_REPORTED_CLAIMS);
    expect(back.total, 'the popup can say how many it does not list').toBe(18_000);
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

  it('add up over the frames of a tab: the top frame first, each frame replacing only its own', async () => {
    const badge = vi.spyOn(browser.action, 'setBadgeText');
    const own = (id: string, n: number): PageClaim[] => claims(n, 1).map((c) => ({ ...c, statement: statement(id) }));
    await handlers.report!({ url: 'https://frame.example/embed', claims: own('f', 2) }, fromTab(5, 7));
    expect(badge).toHaveBeenLastCalledWith({ tabId: 5, text: '2' });
    await handlers.report!({ url: 'https://reportultra.com/a', claims: own('top', 3) }, fromTab(5));
    expect(badge).toHaveBeenLastCalledWith({ tabId: 5, text: '5' });
    let listed = await handlers.tabClaims!({ tabId: 5 }, {});
    expect(listed.url).toBe('https://reportultra.com/a');
    expect(listed.claims.map((c) => [c.statement.id, c.frameId])).toEqual([['top', undefined], ['top', undefined], ['top', undefined], ['f', 7], ['f', 7]]);
    // the frame scans again and finds one claim; then it is switched off (an empty report)
    await handlers.report!({ url: 'https://frame.example/embed', claims: own('g', 1) }, fromTab(5, 7));
    listed = await handlers.tabClaims!({ tabId: 5 }, {});
    expect(listed.claims.map((c) => c.statement.id)).toEqual(['top', 'top', 'top', 'g']);
    await handlers.report!({ url: 'https://frame.example/embed', claims: [], total: 0 }, fromTab(5, 7));
    expect(badge).toHaveBeenLastCalledWith({ tabId: 5, text: '3' });
    const stored = (await browser.storage.session.get('tab:5'))['tab:5'] as { statements: object };
    expect(Object.keys(stored.statements), 'statements no frame lists are dropped').toEqual(['top']);
  });

  it('lose no frame when frames report at the same time', async () => {
    await Promise.all([1, 2, 3, 4].map((f) => handlers.report!({ url: `https://f${f}.example/`, claims: claims(2) }, fromTab(6, f))));
    const { url, claims: back } = await handlers.tabClaims!({ tabId: 6 }, {});
    expect(url, 'no top-frame report yet').toBeNull();
    expect(back.map((c) => c.frameId)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('refuse a report that is not a list', async () => {
    await expect(handlers.report!({ url: 'x', claims: 'nope' as never }, fromTab(4))).rejects.toThrow(/list of claims/);
  });
});
