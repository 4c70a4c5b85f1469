import { useEffect, useState } from 'preact/hooks';
import type { PageClaim, Response, SiteState } from '../lib/messages';
import type { Verdict } from '../lib/types';
import { POPUP_VERDICT_ORDER } from './popup/verdict-order';
import { PopupNotes, type NotesApi } from './PopupNotes';
import { VerdictBadge } from './VerdictBadge';
import { VERDICT_INFO } from './verdicts';

/** What the popup needs from the browser, injected so the component is testable. */
export interface PopupApi {
  tabId(): Promise<number>;
  tabUrl(tabId: number): Promise<string | null>;
  tabClaims(tabId: number): Promise<Response<'tabClaims'>>;
  siteState(host: string): Promise<SiteState>;
  setSiteEnabled(host: string, enabled: boolean): Promise<SiteState>;
  /** Asks for the host permission; must run in the click's user gesture. */
  requestSite(host: string): Promise<boolean>;
  reloadTab(tabId: number): Promise<void>;
  /** Scrolls the tab to a claim and opens its card; resolves false when the page no longer has it. */
  reveal(tabId: number, claim: PageClaim): Promise<boolean>;
  /** Personal notes of the tab; the notes part is left out without it. */
  notes?: NotesApi;
  /** The ClaimReview records in the tab's JSON-LD (empty when none or when the page cannot be read). */
  readClaimReviews?(tabId: number): Promise<unknown[]>;
  /** Saves ClaimReview records to the library (the user asked). */
  saveClaimReviews?(url: string, reviews: unknown[]): Promise<{ added: number; merged: number }>;
  /** How many statements and notes the library holds (asked only when the page lists no claim). */
  librarySize?(): Promise<number>;
  /** Opens the library page (the options page), where the starter pack is added and files imported. */
  openLibrary?(): Promise<void>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      tabId: number;
      url: string | null;
      host: string | null;
      claims: PageClaim[];
      total: number;
      site: SiteState | null;
      reviews: unknown[];
      /** The library holds nothing to match (after "Delete all data"): the page's empty list is no finding. */
      libraryEmpty: boolean;
    };

/** Groups claims by verdict, in the popup's order (false first, true last: {@link POPUP_VERDICT_ORDER}). */
export function groupByVerdict(claims: PageClaim[]): Array<[Verdict, PageClaim[]]> {
  return POPUP_VERDICT_ORDER.map((v) => [v, claims.filter((c) => c.statement.verdict === v)] as [Verdict, PageClaim[]]).filter(
    ([, list]) => list.length > 0,
  );
}

/**
 * A page sentence between quotation marks, unless it opens with its own (a quotation:
 * `“We will win,” Trump said.`), which would double them.
 */
export function quoted(sentence: string): string {
  return /^["“‘'«„]/.test(sentence) ? sentence : `“${sentence}”`;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The toolbar popup: the current tab's claims by verdict, and the per-site switch. */
export function PopupApp({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);

  async function load() {
    try {
      const tabId = await api.tabId();
      const data = await api.tabClaims(tabId);
      const url = data.url ?? (await api.tabUrl(tabId));
      const host = hostOf(url);
      const site = host ? await api.siteState(host) : null;
      const reviews = host && api.readClaimReviews ? await api.readClaimReviews(tabId).catch(() => []) : [];
      // an empty list means "nothing found" only when there was something to look for
      const librarySize = data.claims.length === 0 && api.librarySize ? await api.librarySize().catch(() => null) : null;
      const total = Math.max(data.total ?? 0, data.claims.length);
      setState({ kind: 'ready', tabId, url, host, claims: data.claims, total, site, reviews, libraryEmpty: librarySize === 0 });
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  useEffect(() => {
    void load();
  }, []);

  if (state.kind === 'loading') return <main data-claimlens-popup class="popup" aria-busy="true"><p class="muted">Loading…</p></main>;
  if (state.kind === 'error')
    return (
      <main data-claimlens-popup class="popup">
        <p role="alert">ClaimLens could not read this tab: {state.message}. Reload the page and open the popup again.</p>
      </main>
    );

  const { tabId, url, host, claims, total, site, reviews, libraryEmpty } = state;
  const groups = groupByVerdict(claims);

  async function toggle() {
    if (!host || !site) return;
    const next = await api.setSiteEnabled(host, !site.enabled);
    // off: the page's claims are gone with its highlights; on: the page reports them as it reads again
    setState({ ...state, site: next, claims: next.enabled ? claims : [], total: next.enabled ? total : 0 } as State);
    setNotice(next.enabled ? 'On for this site: the page is read again.' : 'Off for this site: its highlights are gone.');
    if (next.enabled) for (const ms of [700, 2000]) setTimeout(() => void refreshClaims(), ms);
  }

  async function refreshClaims() {
    const data = await api.tabClaims(tabId).catch(() => null);
    if (data) setState((s) => (s.kind === 'ready' ? { ...s, claims: data.claims, total: Math.max(data.total ?? 0, data.claims.length) } : s));
  }

  async function enableSite() {
    if (!host) return;
    const granted = await api.requestSite(host);
    if (!granted) {
      setNotice('Permission not given: ClaimLens cannot read this site.');
      return;
    }
    const next = await api.setSiteEnabled(host, true);
    setState({ ...state, site: next } as State);
    await api.reloadTab(tabId);
    setNotice('Enabled. The page is reloading.');
  }

  async function openLibrary() {
    try {
      await api.openLibrary?.();
    } catch (e) {
      setNotice(`The library did not open: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function capture() {
    try {
      if (!api.saveClaimReviews) return;
      const r = await api.saveClaimReviews(url ?? '', reviews);
      setNotice(r.added ? `Saved ${r.added} fact-check${r.added === 1 ? '' : 's'} to your library.` : 'Already in your library (updated).');
      setState({ ...state, reviews: [] } as State);
    } catch (e) {
      setNotice(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <main data-claimlens-popup class="popup">
      <header class="top">
        <h1>ClaimLens</h1>
        <span class="count" aria-label={`${total} claims on this page`}>{total}</span>
      </header>
      {host && site ? (
        <div class="site">
          <span class="host" title={host}>{host}</span>
          {site.permitted ? (
            <label class="switch">
              <input type="checkbox" role="switch" checked={site.enabled} onChange={() => void toggle()} />
              <span>{site.enabled ? 'On' : 'Off'}</span>
            </label>
          ) : (
            <button type="button" class="primary" onClick={() => void enableSite()}>
              Enable on this site
            </button>
          )}
        </div>
      ) : null}
      {reviews.length ? (
        <div class="capture" data-claimreviews={reviews.length}>
          <span>This page is a fact-check{reviews.length > 1 ? ` (${reviews.length} reviews)` : ''}.</span>
          <button type="button" class="primary" data-capture onClick={() => void capture()}>Save this fact-check</button>
        </div>
      ) : null}
      {notice ? <p class="notice" role="status">{notice}</p> : null}
      {total > claims.length ? (
        <p class="partial" data-partial>
          Listing the first {claims.length.toLocaleString()} of {total.toLocaleString()} claims on this page (all are highlighted).
        </p>
      ) : null}
      {groups.length === 0 && libraryEmpty ? (
        <div class="empty" data-library-empty>
          <p>Your ClaimLens library is empty: there is nothing to check this page against.</p>
          {api.openLibrary ? (
            <button type="button" class="primary" data-open-library onClick={() => void openLibrary()}>
              Open the library
            </button>
          ) : null}
          <p class="hint">Add the starter pack or import fact-checks there.</p>
        </div>
      ) : groups.length === 0 ? (
        <p class="empty">
          {host && site?.permitted && site.enabled
            ? 'No fact-checked claims found on this page.'
            : host
              ? 'ClaimLens is not reading this site.'
              : 'Open a news article to see its fact-checked claims.'}
        </p>
      ) : (
        groups.map(([verdict, list]) => (
          <section key={verdict} data-verdict={verdict} class="group">
            <h2>
              <span class="dot" style={{ backgroundColor: VERDICT_INFO[verdict].color }} />
              {VERDICT_INFO[verdict].label} <span class="n">({list.length})</span>
            </h2>
            <ul>
              {list.map((c) => (
                <li key={`${c.frameId ?? 0}:${c.index}`} data-statement-id={c.statement.id}>
                  <button type="button" class="claim" onClick={() =>
                      void api
                        .reveal(tabId, c)
                        .then((found) => {
                          if (!found) setNotice('That claim is no longer on the page. Reload the page to scan it again.');
                        })
                        .catch(() => setNotice('The page has changed or is still loading. Reload it, then open ClaimLens again.'))
                    }>
                    <span class="sentence">{quoted(c.sentence)}</span>
                    <span class="statement">
                      <VerdictBadge verdict={c.statement.verdict} label={c.statement.verdictLabel} /> {c.statement.text}
                    </span>
                    <span class="reviewer">{c.statement.reviewer}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
      {api.notes ? <PopupNotes api={api.notes} tabId={tabId} canAnnotate={!!host && !!site?.permitted && site.enabled} /> : null}
    </main>
  );
}
