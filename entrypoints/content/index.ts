import './highlights.css';
import { browser } from 'wxt/browser';
import { isEnvelope } from '../../lib/messages';
import { CONTENT_MATCHES } from '../../lib/sites';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  // Frames of a matched site are scanned by their own copy of the script (hard case 15); a frame's
  // script reads only its own document, so nothing ever reaches across origins.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const got = await browser.storage.local.get('disabledHosts');
    const disabled = got.disabledHosts;
    if (Array.isArray(disabled) && disabled.includes(location.hostname)) return;
    const top = window === window.top;
    const session = new PageSession(document, ctx, top);
    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      // `reveal` indexes the top frame's list (the one the popup shows): frames stay out of it.
      if (!top || ctx.isInvalid || !isEnvelope(msg) || msg.type !== 'reveal') return false;
      const { index } = msg.data as { index: number };
      sendResponse({ ok: true, data: { found: session.reveal(index) } });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await session.start();
  },
});
