import { browser } from 'wxt/browser';
import { openAnnotateInTab, toTabFrames } from '../../lib/messages';
import { dropTabNotes } from './annotations';

/** Context-menu item id and the manifest command (wxt.config.ts `commands`). */
export const MENU_ID = 'claimlens-annotate';
export const ANNOTATE_COMMAND = 'annotate-selection';

/**
 * Asks a tab to open the annotate form for its selection: the frame `frameId` (the context menu
 * knows it), or the frame whose selection it is.
 */
async function openAnnotate(tabId: number, frameId?: number): Promise<void> {
  try {
    await openAnnotateInTab(toTabFrames(browser.tabs.sendMessage.bind(browser.tabs), tabId, frameId));
  } catch (e) {
    // Pages where ClaimLens does not run (new tab, a site it is off for) have no one to answer.
    console.warn('ClaimLens: cannot annotate in this tab:', e instanceof Error ? e.message : e);
  }
}

/**
 * The background's ways into the annotate form: the context-menu item "Annotate with ClaimLens" on a
 * selection, and the Alt+Shift+A command (the content script also handles that key in the page,
 * for when the browser does not route the command). Also drops a closed tab's note list.
 */
export function registerAnnotateTriggers(): void {
  const menus = browser.contextMenus;
  if (menus) {
    // Menus persist across service-worker restarts in Chrome: recreate rather than add twice.
    void menus.removeAll().then(() =>
      menus.create({ id: MENU_ID, title: 'Annotate with ClaimLens', contexts: ['selection'] }),
    );
    menus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === MENU_ID && tab?.id !== undefined) void openAnnotate(tab.id, info.frameId);
    });
  }
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== ANNOTATE_COMMAND) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await openAnnotate(id);
    })();
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropTabNotes(tabId).catch(() => undefined));
}
