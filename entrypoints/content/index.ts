import './highlights.css';
import { browser } from 'wxt/browser';
import { isEnvelope } from '../../lib/messages';
import { CONTENT_MATCHES } from '../../lib/sites';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const got = await browser.storage.local.get(['disabledHosts', 'showCheckworthy']);
    const disabled = got.disabledHosts;
    if (Array.isArray(disabled) && disabled.includes(location.hostname)) return;
    const session = new PageSession(document, ctx, { showCheckworthy: got.showCheckworthy === true });
    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (ctx.isInvalid || !isEnvelope(msg) || msg.type !== 'reveal') return false;
      const { index } = msg.data as { index: number };
      sendResponse({ ok: true, data: { found: session.reveal(index) } });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    try {
      await session.scan();
    } catch (e) {
      if (!ctx.isInvalid) console.warn('ClaimLens: scan failed:', e instanceof Error ? e.message : e);
    }
  },
});
