import './highlights.css';
import { browser } from 'wxt/browser';
import { isEnvelope, type Request } from '../../lib/messages';
import { CONTENT_MATCHES } from '../../lib/sites';
import { PageSession } from './page-session';

export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    const got = await browser.storage.local.get('disabledHosts');
    const disabled = got.disabledHosts;
    if (Array.isArray(disabled) && disabled.includes(location.hostname)) return;
    const session = new PageSession(document, ctx);
    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (ctx.isInvalid || !isEnvelope(msg) || msg.type !== 'reveal') return false;
      sendResponse({ ok: true, data: { found: session.reveal(msg.data as Request<'reveal'>) } });
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await session.start();
  },
});
