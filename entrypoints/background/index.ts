import { browser } from 'wxt/browser';
import { isEnvelope, mayHandle, senderKind, type Reply } from '../../lib/messages';
import { registerAnnotateTriggers } from './annotate-triggers';
import { handlers, type HandlerContext } from './handlers';
import { injectIntoOpenTabs } from './reinject';
import { emptyOldTrash } from '../../lib/store/trash';
import { db, ensureStarterPack } from './statements';
import { dropTabNotes } from './annotations';
import { dropTab } from './tab-claims';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    ensureStarterPack().catch((e: unknown) => console.error('ClaimLens: could not load the starter pack', e));
    if (!import.meta.env.FIREFOX && (reason === 'install' || reason === 'update')) {
      injectIntoOpenTabs().catch((e: unknown) => console.warn('ClaimLens: open tabs keep the old version until reloaded:', e));
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropTab(tabId).catch(() => undefined));
  // A reload or navigation starts the tab's list afresh; the content script reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void dropTab(tabId).catch(() => undefined);
    void dropTabNotes(tabId).catch(() => undefined);
  });
  registerAnnotateTriggers();
  // A pack delete whose Undo was never used leaves its records in the trash: empty the expired ones.
  void db().then((d) => emptyOldTrash(d)).catch(() => undefined);

  // Callback style (sendResponse + return true) works in Chrome, Firefox and both test fakes.
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse: (r: Reply<never>) => void) => {
    if (!isEnvelope(msg)) return false;
    const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
    const handler = handlers[msg.type] as ((d: unknown, c: HandlerContext) => Promise<unknown>) | undefined;
    if (!handler) return false;
    if (!mayHandle(msg.type, kind)) {
      sendResponse({ ok: false, error: `"${msg.type}" is not allowed from this sender` });
      return false;
    }
    const fromContent = kind === 'content-script';
    handler(msg.data, { tabId: fromContent ? sender.tab?.id : undefined, fromContent, senderUrl: fromContent ? sender.url ?? sender.tab?.url : undefined, frameId: fromContent ? sender.frameId : undefined })
      .then((data) => sendResponse({ ok: true, data } as Reply<never>))
      .catch((e: unknown) => sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    return true;
  });
});
