import { browser } from 'wxt/browser';
import type { PageClaim } from '../../lib/messages';

/** Per-tab claim lists live in session storage: they survive the service worker, not the browser. */
const key = (tabId: number) => `tab:${tabId}`;

interface TabClaims {
  url: string;
  claims: PageClaim[];
}

/** Records the claims painted in a tab and shows their count on the toolbar badge. */
export async function setTabClaims(tabId: number, url: string, claims: PageClaim[]): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { url, claims } satisfies TabClaims });
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: claims.length ? String(claims.length) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#3b3f8f' });
}

/** The claims last reported for a tab. */
export async function getTabClaims(tabId: number): Promise<{ url: string | null; claims: PageClaim[] }> {
  const got = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabClaims | undefined;
  return got ? got : { url: null, claims: [] };
}

/** Forgets a closed tab. */
export async function dropTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
