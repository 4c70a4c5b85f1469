// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PopupApp, groupByVerdict, quoted, type PopupApi } from '../../components/PopupApp';
import { POPUP_VERDICT_ORDER, inPopupOrder } from '../../components/popup/verdict-order';
import type { PageClaim, StatementView } from '../../lib/messages';
import { VERDICTS, type Verdict } from '../../lib/types';

function claim(index: number, verdict: Verdict): PageClaim {
  const statement: StatementView = {
    id: `s${index}`, text: `Statement ${index}`, verdict, verdictLabel: verdict, summary: '', reviewer: 'R', origin: 'starter', notes: [],
  };
  return { index, sentence: `Sentence ${index}.`, statement, score: 1 };
}

function api(claims: PageClaim[], over: Partial<PopupApi> = {}): PopupApi {
  return {
    tabId: async () => 7,
    tabUrl: async () => 'https://reportultra.com/a',
    tabClaims: async () => ({ url: 'https://reportultra.com/a', claims }),
    siteState: async (host) => ({ host, permitted: true, enabled: true }),
    setSiteEnabled: async (host, enabled) => ({ host, permitted: true, enabled }),
    requestSite: async () => true,
    reloadTab: async () => undefined,
    reveal: async () => true,
    ...over,
  };
}

async function mount(a: PopupApi): Promise<HTMLElement> {
  const el = document.createElement('div');
  document.body.appendChild(el);
  render(<PopupApp api={a} />, el);
  await vi.waitFor(() => expect(el.querySelector('[aria-busy]')).toBeNull());
  return el;
}

describe('PopupApp', () => {
  it('lists claims grouped by verdict with counts', async () => {
    const el = await mount(api([claim(0, 'false'), claim(1, 'true'), claim(2, 'false')]));
    const groups = [...el.querySelectorAll('section[data-verdict]')];
    expect(groups.map((g) => g.getAttribute('data-verdict'))).toEqual(['false', 'true']);
    expect(groups[0]!.querySelector('h2')!.textContent).toContain('(2)');
    expect(el.querySelectorAll('li[data-statement-id]')).toHaveLength(3);
  });

  it('reveals a claim in its tab on click', async () => {
    const reveal = vi.fn(async () => true);
    const c = claim(4, 'mixed');
    const el = await mount(api([c], { reveal }));
    (el.querySelector('li[data-statement-id="s4"] button') as HTMLButtonElement).click();
    expect(reveal).toHaveBeenCalledWith(7, c);
  });

  it('says what to do when the claim or the page is gone', async () => {
    const el = await mount(api([claim(1, 'false')], { reveal: async () => false }));
    (el.querySelector('li[data-statement-id="s1"] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('[role=status]')?.textContent).toContain('no longer on the page'));
    const gone = await mount(api([claim(2, 'false')], { reveal: async () => Promise.reject(new Error('Receiving end does not exist')) }));
    (gone.querySelector('li[data-statement-id="s2"] button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(gone.querySelector('[role=status]')?.textContent).toContain('Reload it'));
  });

  it('says when it lists only the first claims of a page that has more', async () => {
    const listed = [claim(0, 'false'), claim(1, 'true')];
    const el = await mount(api(listed, { tabClaims: async () => ({ url: 'https://reportultra.com/a', claims: listed, total: 18_000 }) }));
    expect(el.querySelector('.count')!.textContent).toBe('18000');
    expect(el.querySelector('[data-partial]')!.textContent).toMatch(/first 2 of 18,000 claims/);
    expect((await mount(api(listed))).querySelector('[data-partial]')).toBeNull();
  });

  it('quotes a sentence once, even when it opens with a quotation of its own', async () => {
    expect(quoted('Trump said the war would end.')).toBe('“Trump said the war would end.”');
    expect(quoted('“We will win,” Trump said.')).toBe('“We will win,” Trump said.');
    expect(quoted('"No deal," he said.')).toBe('"No deal," he said.');
    const c = { ...claim(3, 'false'), sentence: '“It was productive,” he said.' };
    const el = await mount(api([c]));
    expect(el.querySelector('.sentence')!.textContent).toBe('“It was productive,” he said.');
  });

  it('explains an empty page and a site ClaimLens does not read', async () => {
    expect((await mount(api([]))).textContent).toContain('No fact-checked claims found');
    const off = await mount(api([], { siteState: async (host) => ({ host, permitted: false, enabled: true }) }));
    expect(off.textContent).toContain('Enable on this site');
  });

  it('says the library is empty, not that the page has no claims, and opens the library', async () => {
    const openLibrary = vi.fn(async () => undefined);
    const el = await mount(api([], { librarySize: async () => 0, openLibrary }));
    const empty = el.querySelector('[data-library-empty]')!;
    expect(empty.textContent).toContain('Your ClaimLens library is empty');
    expect(empty.textContent).toContain('Add the starter pack or import fact-checks');
    expect(el.textContent).not.toContain('No fact-checked claims found');
    (empty.querySelector('button[data-open-library]') as HTMLButtonElement).click();
    expect(openLibrary).toHaveBeenCalledTimes(1);
  });

  it('keeps "no claims on this page" when the library has statements, and asks its size only for an empty page', async () => {
    const librarySize = vi.fn(async () => 42);
    const el = await mount(api([], { librarySize, openLibrary: async () => undefined }));
    expect(el.textContent).toContain('No fact-checked claims found on this page.');
    expect(el.querySelector('[data-library-empty]')).toBeNull();
    expect(librarySize).toHaveBeenCalledTimes(1);
    const listed = await mount(api([claim(0, 'false')], { librarySize }));
    expect(listed.querySelector('[data-library-empty]')).toBeNull();
    expect(librarySize).toHaveBeenCalledTimes(1);
    // a size that cannot be read is no reason to claim the library is empty
    const unknown = await mount(api([], { librarySize: async () => Promise.reject(new Error('No answer')) }));
    expect(unknown.textContent).toContain('No fact-checked claims found on this page.');
  });

  it('says when the library did not open', async () => {
    const el = await mount(api([], { librarySize: async () => 0, openLibrary: async () => Promise.reject(new Error('No window')) }));
    (el.querySelector('button[data-open-library]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(el.querySelector('[role=status]')?.textContent).toContain('The library did not open: No window'));
  });

  it('asks for the permission, enables the site and reloads the tab', async () => {
    const requestSite = vi.fn(async () => true);
    const reloadTab = vi.fn(async () => undefined);
    const el = await mount(api([], { siteState: async (host) => ({ host, permitted: false, enabled: true }), requestSite, reloadTab }));
    (el.querySelector('button.primary') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(reloadTab).toHaveBeenCalledWith(7));
    expect(requestSite).toHaveBeenCalledWith('reportultra.com');
  });

  it('empties the list when the site is switched off, and lists the claims again when it is back on', async () => {
    let listed = [claim(0, 'false'), claim(1, 'true')];
    const el = await mount(api([], { tabClaims: async () => ({ url: 'https://reportultra.com/a', claims: listed }) }));
    expect(el.querySelectorAll('li[data-statement-id]')).toHaveLength(2);
    (el.querySelector('input[role=switch]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(el.querySelector('[role=status]')?.textContent).toContain('Off for this site'));
    expect(el.querySelectorAll('li[data-statement-id]')).toHaveLength(0);
    expect(el.querySelector('.count')!.textContent).toBe('0');
    expect(el.textContent).toContain('ClaimLens is not reading this site.');
    listed = [claim(2, 'mixed')];
    (el.querySelector('input[role=switch]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(el.querySelectorAll('li[data-statement-id]')).toHaveLength(1), { timeout: 3000 });
  });

  it('shows an actionable error when the background does not answer', async () => {
    const el = await mount(api([], { tabClaims: async () => Promise.reject(new Error('No answer')) }));
    expect(el.querySelector('[role=alert]')!.textContent).toContain('Reload the page');
  });

  it('orders groups by what a reader most needs to see: false first, true last', () => {
    expect(groupByVerdict([claim(0, 'unproven'), claim(1, 'true')]).map(([v]) => v)).toEqual(['unproven', 'true']);
    expect(POPUP_VERDICT_ORDER).toEqual(['false', 'mostly-false', 'needs-context', 'mixed', 'unproven', 'mostly-true', 'true']);
    // every verdict has exactly one place
    expect([...POPUP_VERDICT_ORDER].sort()).toEqual([...VERDICTS].sort());
    const all = [...VERDICTS].reverse().map((v, i) => claim(i, v));
    expect(groupByVerdict(all).map(([v]) => v)).toEqual(POPUP_VERDICT_ORDER);
    expect(inPopupOrder(['true', 'mixed', 'false', 'true'])).toEqual(['false', 'mixed', 'true']);
  });

  it('lists the one false claim above twelve true ones', async () => {
    const claims = [...Array.from({ length: 12 }, (_, i) => claim(i, 'true')), claim(12, 'false'), claim(13, 'mostly-true')];
    const el = await mount(api(claims));
    const groups = [...el.querySelectorAll('section[data-verdict]')];
    expect(groups.map((g) => g.getAttribute('data-verdict'))).toEqual(['false', 'mostly-true', 'true']);
    expect(el.querySelector('li[data-statement-id]')!.getAttribute('data-statement-id')).toBe('s12');
    expect(groups[2]!.querySelector('h2')!.textContent).toContain('(12)');
  });
});
