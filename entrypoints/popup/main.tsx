import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupApi } from '../../components/PopupApp';
import '../../components/popup.css';
import { claimReviewsIn } from '../../lib/formats/claimreview';
import { createClient, openAnnotateInTab, toTabFrames } from '../../lib/messages';
import { patternsForHost } from '../../lib/sites';

const send = createClient((m) => browser.runtime.sendMessage(m));
/** A typed client for the content script of one frame of tab `tabId` (0: the top frame). */
// A tab without the content script will not gain one by waiting: no retries.
const toTab = (tabId: number, frameId = 0) => createClient((m) => browser.tabs.sendMessage(tabId, m, { frameId }), []);

const api: PopupApi = {
  async tabId() {
    // ?tabId=N: the popup opened as a page for tab N (tests, and a pinned popup tab)
    const raw = new URLSearchParams(location.search).get('tabId');
    if (raw !== null) {
      const id = Number(raw);
      const tab = Number.isInteger(id) && id > 0 ? await browser.tabs.get(id).catch(() => undefined) : undefined;
      if (!tab) throw new Error(`there is no open tab "${raw.slice(0, 20)}" (?tabId= takes the number of an open tab)`);
      return id;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab.');
    return tab.id;
  },
  async tabUrl(tabId) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    return tab?.url ?? null;
  },
  tabClaims: (tabId) => send('tabClaims', { tabId }),
  siteState: (host) => send('siteState', { host }),
  setSiteEnabled: (host, enabled) => send('setSiteEnabled', { host, enabled }),
  async requestSite(host) {
    return browser.permissions.request({ origins: patternsForHost(host) });
  },
  async reloadTab(tabId) {
    await browser.tabs.reload(tabId);
  },
  async reveal(tabId, claim) {
    const data = { index: claim.index, statementId: claim.statement.id, sentence: claim.sentence };
    const { found } = await toTab(tabId, claim.frameId)('reveal', data);
    return found;
  },
  notes: {
    tabNotes: (tabId) => send('tabNotes', { tabId }),
    openAnnotate: (tabId) => openAnnotateInTab(toTabFrames(browser.tabs.sendMessage.bind(browser.tabs), tabId)),
    findAgain: async (tabId, annotationId, frameId) => (await toTab(tabId, frameId)('findAgain', { annotationId })).found,
    async revealNote(tabId, annotationId, frameId) {
      await toTab(tabId, frameId)('revealNote', { annotationId });
    },
    deleteNote: async (id) => (await send('deleteAnnotation', { id })).annotation,
    async restoreNote(annotation) {
      await send('restoreAnnotation', { annotation });
    },
  },
  async readClaimReviews(tabId) {
    // Runs in the tab (activeTab: granted by the click that opened the popup) and only reads.
    const [res] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''),
    });
    const blocks = Array.isArray(res?.result) ? (res.result as unknown[]) : [];
    return blocks.flatMap((text) => {
      try {
        return claimReviewsIn(JSON.parse(String(text)));
      } catch {
        return [];
      }
    });
  },
  saveClaimReviews: (url, reviews) => send('captureClaimReviews', { url, reviews }),
  // `size` counts every statement and note whatever the filter; no rows are asked for
  librarySize: async () => (await send('libraryQuery', { filter: { query: '' }, offset: 0, limit: 0 })).size,
  async openLibrary() {
    await browser.runtime.openOptionsPage();
    window.close();
  },
};

render(<PopupApp api={api} />, document.getElementById('app')!);
