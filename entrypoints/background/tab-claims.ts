import { browser } from 'wxt/browser';
import type { PageClaim, StatementView } from '../../lib/messages';
import { serial } from './tab-serial';

/** Per-tab claim lists live in session storage: they survive the service worker, not the browser. */
const key = (tabId: number) => `tab:${tabId}`;

/** Characters of a page sentence kept for the popup's list (it shows two lines of it). */
export const SENTENCE_CHARS = 400;

/** One frame's report: its URL, how many claims it painted, and the listed ones. */
interface StoredFrame {
  url: string;
  total: number;
  claims: Array<{ index: number; sentence: string; statementId: string; score: number }>;
}

/**
 * A tab's claims as stored: per frame (runtime.MessageSender `frameId`, 0 the top frame), each
 * statement once for the whole tab (a page often states one claim many times), the sentences cut
 * to what the popup shows. `storage.session` has 10 MB for all tabs together.
 */
interface StoredTabClaims {
  frames: Record<string, StoredFrame>;
  statements: Record<string, StatementView>;
}

/** Used when session storage refuses (quota): the popup still lists the claims while the worker lives. */
const fallback = new Map<number, StoredTabClaims>();

async function read(tabId: number): Promise<StoredTabClaims | undefined> {
  const got = fallback.get(tabId) ?? ((await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredTabClaims | undefined);
  return got?.frames && got.statements ? got : undefined;
}

/** Claims painted in a tab over all its frames. */
const totalOf = (t: StoredTabClaims) => Object.values(t.frames).reduce((n, f) => n + f.total, 0);

/** `before` with frame `frameId`'s report replaced; statements no frame lists any more are dropped. */
function merge(before: StoredTabClaims | undefined, frameId: number, url: string, claims: PageClaim[], total: number): StoredTabClaims {
  const frames = { ...before?.frames };
  if (claims.length || total) {
    frames[frameId] = { url, total, claims: claims.map((c) => ({ index: c.index, sentence: c.sentence.slice(0, SENTENCE_CHARS), statementId: c.statement.id, score: c.score })) };
  } else if (frameId === 0) frames[0] = { url, total: 0, claims: [] }; // the top frame's URL is the page's
  else delete frames[frameId];
  const fresh = new Map(claims.map((c) => [c.statement.id, c.statement]));
  const statements: Record<string, StatementView> = {};
  for (const f of Object.values(frames)) {
    for (const c of f.claims) {
      const s = fresh.get(c.statementId) ?? before?.statements[c.statementId];
      if (s) statements[c.statementId] ??= s;
    }
  }
  return { frames, statements };
}

/**
 * Records the claims painted in one frame of a tab and shows the tab's count (all frames) on the
 * toolbar badge. A frame's new report replaces its last one; other frames' reports stay.
 * @param frameId the reporting frame (runtime.MessageSender `frameId`; 0 the top frame)
 * @param total how many claims the frame has painted, at least `claims.length`
 * @returns the tab's count over all frames (the badge)
 */
export function setTabClaims(tabId: number, frameId: number, url: string, claims: PageClaim[], total = claims.length): Promise<number> {
  return serial(tabId, async () => {
    const stored = merge(await read(tabId).catch(() => undefined), frameId, url, claims, total);
    try {
      await browser.storage.session.set({ [key(tabId)]: stored });
      fallback.delete(tabId);
    } catch (e) {
      // Quota or a closed storage area: keep the list in memory rather than lose it.
      fallback.set(tabId, stored);
      await browser.storage.session.remove(key(tabId)).catch(() => undefined);
      console.warn('ClaimLens: the claim list of a tab is kept in memory only:', e instanceof Error ? e.message : e);
    }
    const count = totalOf(stored);
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: count ? String(count) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#3b3f8f' });
    return count;
  });
}

/**
 * The claims last reported for a tab: the top frame's in page order, then each frame's (by frame
 * id), statements looked up again from the stored copy. A frame's claims carry its `frameId`.
 * @returns `url`: the top frame's URL, null before it reported; `total`: claims painted over all
 *   frames (each frame lists at most MAX_REPORTED_CLAIMS of them)
 */
export async function getTabClaims(tabId: number): Promise<{ url: string | null; claims: PageClaim[]; total: number }> {
  const got = await read(tabId);
  if (!got) return { url: null, claims: [], total: 0 };
  const claims: PageClaim[] = [];
  const frameIds = Object.keys(got.frames).map(Number).sort((a, b) => a - b);
  for (const frameId of frameIds) {
    for (const c of got.frames[frameId]!.claims) {
      const statement = got.statements[c.statementId];
      if (!statement) continue;
      const claim: PageClaim = { index: c.index, sentence: c.sentence, statement, score: c.score };
      if (frameId !== 0) claim.frameId = frameId;
      claims.push(claim);
    }
  }
  const total = totalOf(got);
  return { url: got.frames[0]?.url ?? null, claims, total: Math.max(total, claims.length) };
}

/** Forgets a closed tab, or a tab's page before the next one reports. */
export function dropTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    fallback.delete(tabId);
    await browser.storage.session.remove(key(tabId));
  });
}
