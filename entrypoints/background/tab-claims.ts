import { browser } from 'wxt/browser';
import type { PageClaim, StatementView } from '../../lib/messages';

/** Per-tab claim lists live in session storage: they survive the service worker, not the browser. */
const key = (tabId: number) => `tab:${tabId}`;

/** Characters of a page sentence kept for the popup's list (it shows two lines of it). */
const SENTENCE_CHARS = 400;

/**
 * A tab's claims as stored: each statement once (a page often states one claim many times), the
 * sentences cut to what the popup shows. `storage.session` has 10 MB for all tabs together.
 */
interface StoredTabClaims {
  url: string;
  total: number;
  statements: Record<string, StatementView>;
  claims: Array<{ index: number; sentence: string; statementId: string; score: number }>;
}

/** Used when session storage refuses (quota): the popup still lists the claims while the worker lives. */
const fallback = new Map<number, StoredTabClaims>();

function compact(url: string, claims: PageClaim[], total: number): StoredTabClaims {
  const statements: Record<string, StatementView> = {};
  for (const c of claims) statements[c.statement.id] ??= c.statement;
  return {
    url,
    total,
    statements,
    claims: claims.map((c) => ({ index: c.index, sentence: c.sentence.slice(0, SENTENCE_CHARS), statementId: c.statement.id, score: c.score })),
  };
}

/**
 * Records the claims painted in a tab and shows their count on the toolbar badge.
 * @param total how many claims the page has painted (the badge), at least `claims.length`
 */
export async function setTabClaims(tabId: number, url: string, claims: PageClaim[], total = claims.length): Promise<void> {
  const stored = compact(url, claims, total);
  try {
    await browser.storage.session.set({ [key(tabId)]: stored });
    fallback.delete(tabId);
  } catch (e) {
    // Quota or a closed storage area: keep the list in memory rather than lose it.
    fallback.set(tabId, stored);
    await browser.storage.session.remove(key(tabId)).catch(() => undefined);
    console.warn('ClaimLens: the claim list of a tab is kept in memory only:', e instanceof Error ? e.message : e);
  }
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: total ? String(total) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#3b3f8f' });
}

/** The claims last reported for a tab (statements looked up again from the stored copy). */
export async function getTabClaims(tabId: number): Promise<{ url: string | null; claims: PageClaim[] }> {
  const got = fallback.get(tabId) ?? ((await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredTabClaims | undefined);
  if (!got?.claims || !got.statements) return { url: got?.url ?? null, claims: [] };
  const claims: PageClaim[] = [];
  for (const c of got.claims) {
    const statement = got.statements[c.statementId];
    if (statement) claims.push({ index: c.index, sentence: c.sentence, statement, score: c.score });
  }
  return { url: got.url, claims };
}

/** Forgets a closed tab. */
export async function dropTab(tabId: number): Promise<void> {
  fallback.delete(tabId);
  await browser.storage.session.remove(key(tabId));
}
