/**
 * Collects a Chromium tab's console errors and warnings and uncaught exceptions from every script
 * world (the page's, and the isolated world of the extension's content script) through CDP
 * `Runtime.consoleAPICalled` / `Runtime.exceptionThrown`, which, unlike playwright's page events,
 * report all execution contexts.
 */
import type { Page } from 'playwright-core';

/** One console error, warning or uncaught exception. */
export interface ConsoleEntry {
  kind: 'error' | 'warning' | 'exception';
  text: string;
  /** Script URL when known (a chrome-extension:// URL for the content script). */
  url: string;
}

/**
 * Starts collecting; call before navigating.
 * @returns the live list and a function that stops collecting
 */
export async function collectConsole(page: Page): Promise<{ entries: ConsoleEntry[]; stop: () => Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  const entries: ConsoleEntry[] = [];
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'warning') return;
    const text = e.args.map((a) => a.value ?? a.description ?? '').join(' ');
    entries.push({ kind: e.type === 'error' ? 'error' : 'warning', text, url: e.stackTrace?.callFrames[0]?.url ?? '' });
  });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    entries.push({ kind: 'exception', text: d.exception?.description ?? d.text, url: d.url ?? d.stackTrace?.callFrames[0]?.url ?? '' });
  });
  await cdp.send('Runtime.enable');
  return { entries, stop: () => cdp.detach().catch(() => {}) };
}

/** Entries that come from ClaimLens: its extension's scripts, or text naming it. */
export function fromClaimLens(entries: ConsoleEntry[]): ConsoleEntry[] {
  return entries.filter((e) => e.url.startsWith('chrome-extension://') || /claimlens|extension context/i.test(e.text));
}
